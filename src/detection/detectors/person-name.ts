import { namesSurnameFirst } from './name-surname-first';
import { namesInBrackets } from './name-bracketed';
import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { healthDetector } from './health';
import { namesOfDescribedPeople, namesWithTheirVehicle } from './name-identified';
import { initialledNamesUnderGroups, namesAfterCellCodes } from './name-records';
import { namesAfterRoles } from './name-roles';
import { namesInRecordFormat } from './name-record-format';
import { namesBeforeApposedAges } from './name-apposed-age';
import { namesSigningOwnContact } from './name-signatures';
import { namesBeforeOwnDetails } from './name-possessives';
import { readNamesInAnyCase } from './name-any-case';
import { hasOperationalWord, OPERATIONAL } from './case-words';
import { namesBesideHealth } from './name-beside-health';
import { namesInNameColumns } from './name-table-column';
import { namesListedUnderGroups } from './name-group-lists';
import { CASE_WORK_START_CUES, loneNamesAfterCaseWork, namesAfterHandling, namesBeforeAges, DATE_OR_YEAR_HINT, namesBeforeBirthDatesOrYears, namesBeforeIdentifiers, namesBeforeRoles } from './name-positions';
import { caseWords, isLinkedData, isOwnedDetail, isStaffPost, STAFF_POST, type PostFacts } from './name-post-facts';
import { namesAfterTitles } from './name-titles';
import { knownFirstNames } from './name-known-first';
import { namesOfReferrals } from './name-referral';
import { namesWithQuotedNicknames } from './name-nicknamed';
import { namesAfterQualifiedRoles } from './name-role-qualified';

/**
 * Members of the public named in an operational context: "Victim is Jane Whitfield",
 * "arrested Dean Price", "gave her name as kerry bolton", "reckons Gavin Pryce is dealing",
 * "Mr Kowalski at number 14". Colleagues named in thanks, welcomes, leaving posts and
 * HR notices ("Ms Tranter (Criminal Justice)") are not flagged.
 * Three ways in, from strongest to weakest evidence:
 * - a role word or verb right before the name (name-roles.ts; lower-case names count here when
 *   the first word is a known first name, see name-tokens.ts);
 * - a title (Mr/Mrs/Ms/Miss/Mx) in a post that is not about staff (name-titles.ts);
 * - a known first name plus a capitalised surname anywhere in a post with operational words (name-known-first.ts).
 * This file runs the rules in order; what they learn about the whole post is shared through name-post-facts.ts.
 */
export { OPERATIONAL };
const ANY_CASE_CUES = ['title', 'operational', 'identifier'];
const PERSON_OR_GROUP = ['person', 'group'];

export function detectPersonNames(ctx: ScanContext, out: Candidate[]): void {
  // Computed only when a rule needs it: most posts have no role word, title or capitalised pair.
  const post: PostFacts = { staffPost: undefined, operational: undefined };
  // Speed14c: one closure for every rule that asks, not one per call site.
  const staffPost = (): boolean => isStaffPost(post, ctx.lower);
  namesAfterRoles(ctx, out);
  if (ctx.has('role')) namesBeforeRoles(ctx, out);
  if (ctx.hasUpper && ctx.has('handling')) namesAfterHandling(ctx, out, () => hasOperationalWord(ctx) || out.some(isOwnedDetail));
  namesBeforeIdentifiers(ctx, out, staffPost);
  if (ctx.hasDigit && DATE_OR_YEAR_HINT.test(ctx.lower)) namesBeforeBirthDatesOrYears(ctx, out, staffPost);
  namesInAnyCase(ctx, out, post);
  // Sixteenth session: a nickname quoted inside a name, "Shane 'Dinky' Calloway", in any case (name-nicknamed.ts).
  namesWithQuotedNicknames(ctx, out, staffPost, () => caseWords(post, ctx) || out.some(isLinkedData));
  if (!ctx.hasUpper) return;
  if (ctx.hasDigit) {
    namesBeforeAges(ctx, out, staffPost);
    namesBeforeApposedAges(ctx, out, (sentence) => STAFF_POST.test(sentence));
    namesAfterCellCodes(ctx.text, ctx.letterDigitPositions, (start, end) => {
      if (!isStaffPost(post, ctx.lower)) out.push({ type: 'person_name', start, end, confidence: 0.75, rule: 'person_name.after_cell_code' });
    });
  }
  namesSigningOwnContact(ctx, out);
  namesInRecordFormat(ctx, out, staffPost);
  // Fourteenth session (names27): "Harris, Liam (16); Nowak, Zuzanna (14)" in ordinary case (name-surname-first.ts).
  namesSurnameFirst(ctx, out, () => caseWords(post, ctx) || out.some(isLinkedData), staffPost);
  initialledNamesUnderGroups(ctx.lower, ctx.text, (start, end) => out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.initials_under_group' }));
  if (ctx.has('person')) namesOfDescribedPeople(ctx, out, staffPost);
  if (ctx.hasDigit) namesWithTheirVehicle(ctx, out, staffPost);
  namesBeforeOwnDetails(ctx, out, staffPost, () => caseWords(post, ctx));
  if (ctx.has('role')) loneNamesAfterCaseWork(ctx, out, staffPost);
  namesAfterTitles(ctx, out, post);
  // The first-name rule needs an operational word (its cue family) or linked details already found.
  if (ctx.has('operational') || out.some(isLinkedData)) knownFirstNames(ctx, out, post);
  // Twelfth session, after the older rules (a name they read stays theirs): the person a health disclosure is about
  // (name-beside-health.ts), and names in a table's name column (name-table-column.ts).
  namesBesideHealth(ctx, out);
  namesInNameColumns(ctx, out);
  // Thirteenth session: full names listed under a heading that names a group of the public (name-group-lists.ts).
  if (ctx.hasUpper) namesListedUnderGroups(ctx.text, ctx.lower, out);
  // Fourteenth session: a full name in brackets after the person word it names (name-bracketed.ts).
  if (ctx.hasUpper && ctx.text.indexOf('(') >= 0) namesInBrackets(ctx, out);
  // Fifteenth session: a referral named by its family's surname (name-referral.ts).
  namesOfReferrals(ctx.text, staffPost, out);
  // Sixteenth session, last (a name the older rules read stays theirs): a role with its complement before the name,
  // "owner of the off licence, Marek Zielinski" (name-role-qualified.ts).
  if (ctx.has('role')) namesAfterQualifiedRoles(ctx, out, staffPost);
}

/** Names typed in lower case or capitals (name-any-case.ts): only in posts with operational words or someone's details. */
function namesInAnyCase(ctx: ScanContext, out: Candidate[], post: PostFacts): void {
  let operational: boolean | undefined;
  readNamesInAnyCase(ctx, out, {
    operational: () => (operational ??= caseWords(post, ctx) || out.some(isLinkedData)),
    // The 'operational' cue family has a word of every OPERATIONAL and SIGHTINGS_AND_ORDERS alternative but 's35' (see caseWords).
    mayBeOperational: () => !ctx.prefilter || ctx.has('operational') || ctx.lower.indexOf('s35') >= 0 || out.some(isLinkedData),
    staffPost: () => isStaffPost(post, ctx.lower),
  });
}

/** The person name detector: its types, cue words and entry point (collected by registry.ts). */
export const personNameDetector = defineDetector({
  id: 'person_name',
  types: {
    person_name: { label: "someone's name", severity: 'medium', topic: 'personal_information' },
  },
  cues: {
    ...CASE_WORK_START_CUES,
    role: [
      'victim', 'suspect', 'missing', 'mfh', 'arrest', 'wanted', 'offender', 'witness', 'complainant', 'misper', 'informant',
      'nominal', 'detained', 'dp$', 'ip$', 'injured', 'deceased', 'subject$', 'named$', 'name$', 'known$', 'aka', 'casualty',
      'prisoner', 'perp', 'accused', 'defendant', 'nfa', 'charged', 'mother', 'father', 'stepdad', 'stepfather', 'partner',
      'ex$', 'girlfriend', 'boyfriend', 'wife$', 'husband', 'son$', 'daughter', 'neighbour', 'resident', 'occupant', 'owner$',
      'driver', 'passenger', 'patient', 'youth', 'juvenile', 'teenager', 'male$', 'female', 'man$', 'woman', 'boy$', 'girl$',
      'child', 'elderly', 'vulnerable', 'sex$', 'rso', 'sus$', 'caller', 'mum$', 'dad$', 'mom$', 'stepmum', 'stepmother', 'nan$',
      'nana$', 'gran$', 'grandma', 'grandad', 'grandmother', 'grandfather', 'brother', 'sister', 'aunt', 'uncle', 'cousin', 'carer',
      'guardian', 'detain', 'vic$', 'nicked$', 'locked$',
      // Fourteenth session (names27, name-roles.ts): licensing, housing and trade.
      'landlord', 'landlady', 'licensee', 'licence$', 'premises$', 'tenant', 'leaseholder', 'lodger', 'farmer', 'shopkeeper', 'door$', 'doorman',
      'bouncer', 'sales$', 'cashier',
      'gave$', 'goes$', 'shoplifter', 'says$', 'said$', 'reckons$', 'states$', 'reports$', 'reporting$', 'dealt$', 'address$', 'addy$', 'bail$', 'intel$',
      'check$', 'cell$', 'remand', 'booked$', 'recalled$', 'breached$', 'released$', 'pleaded', 'pled$', 'pleads', 'convicted', 'sentenced', 'jailed', 'acquitted', 'guilty', 'keeper', 'registered$', 'person$', 'family', 'families', 'relatives',
    ],
    // Everyday words for a person a name may be put to ("the fella from last night, Dean Shaw", name-identified.ts).
    person: [
      'fella', 'fellow', 'guy$', 'bloke', 'lad$', 'lass$', 'chap$', 'geezer', 'man$', 'woman', 'lady$', 'girl$', 'boy$', 'kid$',
      'male$', 'female', 'youth',
    ],
    // Headings of lists of the public that are not role or operational words ("IOM tasking: D. Hughes, ...", name-records.ts).
    group: ['iom', 'integrated', 'poi$', 'pois$'],
    title: [
      'mr', 'mrs', 'ms', 'miss', 'mx', 'master',
    ],
    // The first word of every HANDLING alternative.
    handling: [
      'chas', 'searched', 'tasered', 'tased', 'sprayed', 'cuffed', 'restrained', 'interviewed', 'conveyed', 'transported', 'booked$',
      'warrant', 'file$', 'referral', 'summons', 'remand$', 'paperwork', 'interview$', 'statement$', 'statements$', 'belong',
      'registered$', 'comes$', 'came$', 'come$', 'owned$', 'name$',
      // name-handling-lower.ts: "statement off gemma wright" ("statement$" above covers it; listed for the reader).
    ],
    // Words of the identifiers a lower-case name may stand before ("daniel mcbride dob ...", see name-positions.ts).
    identifier: [
      'dob$', 'birth$', 'born$', 'pnc$', 'cro$', 'nino$', 'ni$', 'nhs$', 'passport', 'licence',
    ],
    // A word every OPERATIONAL alternative starts with (a stem reads as a prefix, so "arrest" covers arrest\w*):
    // without one the first-name rule cannot fire, so the prefilter may skip it.
    operational: [
      'victim', 'vic', 'suspect', 'missing', 'mfh', 'arrest', 'offender', 'witness', 'complainant', 'custody', 'detained',
      'misper', 'address', 'lives', 'resides', 'report', 'assault', 'burglar', 'theft', 'stolen', 'harass', 'domestic', 'dv',
      'da', 'safeguard', 'vulnerable', 'risk', 'warrant', 'bail', 'charge', 'interview', 'statement', 'incident', 'crime',
      'nominal', 'intel', 'sighting', 'seen', 'wanted', 'concern', 'welfare', 'ppn', 'mash', 'social', 'court', 'sentenced',
      'convicted', 'injur', 'overdose', 'deceased', 'sudden', 'call', 'neighbour', 'asb', 'threat', 'stalk', 'source',
      'dealing', 'drugs', 'county', 'shoplift', 'storing', 'weapon', 'knife', 'knives', 'dealt', 'ringing', 'pnc', 'cro',
      'fingerprints', 'dob', 'nicked', 'stopped', 'seized', 'drunk', 'fight', 'prisoner', 'stop$', 'stop-search',
      'marac', 'mappa', 'refuge', 'barred', 'banned', 'chis', 'groom', 'cse$', 'cce$', 'exploit', 'official$', 'solicitor', 'remand', 'bailed', 'rebailed', 'cautioned', 'summonsed', 'door', 'doorknock', 'house',
      // SIGHTINGS_AND_ORDERS, for the names read in any case.
      'spotted', 'sighted', 'dispers', 'section', 'cpn', 'curfew', 'tagged', 'probation', 'move$', 'moved$',
      // Fourteenth session (names27, case-words.ts): the specialist desks' business.
      'drug$', 'seiz', 'breach', 'fraud', 'abus', 'disorder$', 'collision$', 'rtc$', 'recalled$',
      'restraint$', 'confiscation$', 'poca$', 'money$', 'yot$', 'youth$', 'referral$', 'exclu', 'truant', 'sectioned$', 'approved$',
      'licence$', 'racial', 'graffiti$', 'criminal$', 'cps$', 'punch', 'spat$', 'test$', 'closure$', 'hare$', 'cold$',
    ],
  },
  // A role word, or (with a capital) a title, or an operational word or linked details for the first-name rule
  // (a digit or an '@': the linked details of the first-name rule all have one).
  // A health disclosure (found by the health detector, which runs first) links a name too.
  // Names in any case (name-any-case.ts) need a title, an identifier's word, an operational word or linked details, whatever the case.
  needs: (c) => c.has('role') || c.hasAny(ANY_CASE_CUES) || c.hasDigit || c.text.indexOf('@') >= 0 || healthDetector.needs!(c) || (c.hasUpper && (c.hasAny(PERSON_OR_GROUP) || c.has('handling'))),
  run: detectPersonNames,
});
