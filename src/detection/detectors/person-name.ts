import { reachedOnExtension } from './name-extension';
import { namesABusiness } from './name-business';
import { namesSurnameFirst } from './name-surname-first';
import { namesInBrackets } from './name-bracketed';
import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear } from '../text-utils';
import { healthDetector } from './health';
import { isFirstName, mayBeFirstName, notAPersonsName, readName } from './name-tokens';
import { namesOfDescribedPeople, namesWithTheirVehicle } from './name-identified';
import { initialledNamesUnderGroups, namesAfterCellCodes } from './name-records';
import { departmentAfter, namesAfterRoles } from './name-roles';
import { namesInRecordFormat } from './name-record-format';
import { namesBeforeApposedAges } from './name-apposed-age';
import { namesSigningOwnContact, signsOff } from './name-signatures';
import { namesBeforeOwnDetails } from './name-possessives';
import { addressFollows, detailFollows, detailPrecedes, detailStarts, PLACES, sentenceStart } from './name-details';
import { readNamesInAnyCase, SIGHTINGS_AND_ORDERS } from './name-any-case';
import { eachCapitalisedWordBeforeCapital } from './name-pairs';
import { OPERATIONAL } from './case-words';
import { namesBesideHealth } from './name-beside-health';
import { namesInNameColumns } from './name-table-column';
import { namesListedUnderGroups } from './name-group-lists';
import { inMediaTalk, MEDIA } from './name-media';
import { loneNamesAfterCaseWork, namesAfterHandling, namesBeforeAges, DATE_OR_YEAR_HINT, namesBeforeBirthDatesOrYears, namesBeforeIdentifiers, namesBeforeRoles, RANK_BEFORE } from './name-positions';

/**
 * Members of the public named in an operational context: "Victim is Jane Whitfield",
 * "arrested Dean Price", "gave her name as kerry bolton", "reckons Gavin Pryce is dealing",
 * "Mr Kowalski at number 14". Colleagues named in thanks, welcomes, leaving posts and
 * HR notices ("Ms Tranter (Criminal Justice)") are not flagged.
 * Three ways in, from strongest to weakest evidence:
 * - a role word or verb right before the name (name-roles.ts; lower-case names count here when
 *   the first word is a known first name, see name-tokens.ts);
 * - a title (Mr/Mrs/Ms/Miss/Mx) in a post that is not about staff;
 * - a known first name plus a capitalised surname anywhere in a post with operational words.
 */
/** Typed in lower case too ("update on mr Hollis"); not "ms" ("ms Excel" is Microsoft) or "miss" (a verb) in lower case. */
const TITLE = /\b(?:[Mm]rs?|Ms|Miss|Mx)\.? (?=[A-Z])/g;
const STAFF =
  /\b(?:thanks?|thank you|cheers|congrat\w*|welcome|well done|great work|good work|brilliant|retir\w*|leaving|farewell|collection|colleague|our|shout ?out|kudos|pc|dc|ds|di|dci|sgt|insp\w*|supt|superintendent|ch ?supt|chief|acc|dcc|officer|pcso|staff|hr|payroll|team|manager|head of|director|speaker|trainer|presented|hosted|led|joins|joined|occupational health|flexible working|expenses|maternity|phased return|welfare update)\b/;
export { OPERATIONAL };
/** Members of the public by their part in a case. */
// Fourteenth session: the other side of a claim or collision ("third party is Ms ...", "the claimant").
const PUBLIC_ROLE = /\b(?:victim|witness|complainant|suspect|misper|caller|informant|injured party|offender|nominal|defendant|third party|claimant)s?\b/;
/** Posts about colleagues: thanks, welcomes, leaving, HR and welfare notices. */
const STAFF_POST =
  /\b(?:thanks?|thank you|congrat\w*|welcome|well done|great work|good work|retir\w*|leaving do|farewell|shout ?out|kudos|joins|joined the|occupational health|flexible working|expenses|maternity|phased return|welfare update|get well|happy birthday)\b/;
const OPERATIONAL_ALL = new RegExp(OPERATIONAL.source, 'g');
const ANY_CASE_CUES = ['title', 'operational', 'identifier'];
const PERSON_OR_GROUP = ['person', 'group'];
/** Details that make a name beside them personal data: the registry runs these detectors before this one. */
const LINKED_DATA: ReadonlySet<string> = new Set(['phone', 'email', 'address', 'postcode', 'date_of_birth', 'nino', 'passport', 'driving_licence', 'nhs_number', 'bank_account', 'payment_card', 'iban', 'health', 'crime_reference', 'pnc_id', 'cro_number']);
// Fourteenth session (names27): and a doctor's or professor's title, a professional named in their work ("Dr Amira Hassan from Keele presents").
const TITLE_BEFORE = /\b(?:mr|mrs|ms|miss|mx|dr|prof)\.? $/;
const MID_SENTENCE_CAPITAL_BEFORE = /[A-Za-z0-9,;'’)] +[A-Z][A-Za-z'’-]* $/;

export function detectPersonNames(ctx: ScanContext, out: Candidate[]): void {
  // Computed only when a rule needs it: most posts have no role word, title or capitalised pair.
  const post: PostFacts = { staffPost: undefined, operational: undefined };
  // Speed14c: one closure for every rule that asks, not one per call site.
  const staffPost = (): boolean => isStaffPost(post, ctx.lower);
  namesAfterRoles(ctx, out);
  if (ctx.has('role')) namesBeforeRoles(ctx, out);
  if (ctx.hasUpper && ctx.has('handling')) namesAfterHandling(ctx, out, () => OPERATIONAL.test(ctx.lower) || out.some(isOwnedDetail));
  namesBeforeIdentifiers(ctx, out, staffPost);
  if (ctx.hasDigit && DATE_OR_YEAR_HINT.test(ctx.lower)) namesBeforeBirthDatesOrYears(ctx, out, staffPost);
  namesInAnyCase(ctx, out, post);
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

/** What the title and first-name rules learn about the whole post, once. Module-level functions, not closures: nothing is allocated per post but this. */
interface PostFacts {
  staffPost: boolean | undefined;
  /** Offsets of operational words (a post of many titles must not rescan per title). */
  operational: number[] | undefined;
  caseWords?: boolean; // OPERATIONAL or SIGHTINGS_AND_ORDERS in the post (caseWords)
  /** Starts of the addresses and postcodes found, sorted (read once, for the same reason). */
  addresses?: number[];
  /** Starts of the titled-name rule's own details (publicPart), sorted. */
  ownDetails?: number[];
}
function isStaffPost(post: PostFacts, lower: string): boolean {
  return (post.staffPost ??= STAFF_POST.test(lower));
}
/** Speed14c: the case words read once per post; without an 'operational' cue (or 's35', cues are letters) neither regex matches. */
function caseWords(post: PostFacts, ctx: ScanContext): boolean {
  return (post.caseWords ??= (!ctx.prefilter || ctx.has('operational') || ctx.lower.indexOf('s35') >= 0) && (OPERATIONAL.test(ctx.lower) || SIGHTINGS_AND_ORDERS.test(ctx.lower)));
}
/** Details a check can find to be someone's: the linked details, an IP address or a plate. */
function isOwnedDetail(c: Candidate): boolean {
  return isLinkedData(c) || (c.confidence >= 0.5 && (c.type === 'ip_address' || c.type === 'vehicle_registration'));
}

function isLinkedData(c: Candidate): boolean {
  return c.confidence >= 0.5 && LINKED_DATA.has(c.type);
}

function operationalNear(post: PostFacts, lower: string, from: number, to: number): boolean {
  if (!post.operational) {
    const found: number[] = [];
    eachMatch(OPERATIONAL_ALL, lower, (o) => found.push(o.index));
    post.operational = found;
  }
  const operational = post.operational;
  let lo = 0;
  let hi = operational.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (operational[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < operational.length && operational[lo] < to;
}

/** A title (Mr/Mrs/Ms/Miss/Mx) and a name, less likely in a post about staff. */
function namesAfterTitles(ctx: ScanContext, out: Candidate[], post: PostFacts): void {
  const { text, lower } = ctx;
  eachMatchNear(TITLE, text, ctx.cueStarts('title'), 0, 8, (m) => {
    const start = m.index;
    const name = readName(text, start + m[0].length, false);
    if (!name) return;
    const end = name.end;
    // Staff words of an earlier sentence ("... by a fake police officer. If you know Mr Harold Pyke") say nothing of this name.
    const before = sentenceStart(lower, start).slice(-40);
    let confidence = 0.6;
    if (operationalNear(post, lower, start - 80, end + 80)) confidence += 0.2;
    // "spoke to Mr Baxter at 31 Ash Grove": people are placed at their home address, colleagues are not.
    const placed = addressFollows((post.addresses ??= detailStarts(out, PLACES)), lower, end);
    if (placed) confidence = 0.8;
    // Praise words ("brilliant") mark thanks to colleagues, not when the sentence names the person's public role ("Witness ... was brilliant, Ms ...").
    // Thirteenth session: nor when the sentence goes on to the person's own detail or public part ("Mrs Hollis ... had a
    // tendon repair", "a Mr Arthur Pemberton, says he's a witness", "Ms Fiona Leckie rang about her stalking case (CR/...)"):
    // the staff words are then about someone else in the post (a rank the message is for, thanks to the officer who helped).
    if (((STAFF.test(before) && !placed && !PUBLIC_ROLE.test(sentenceStart(lower, start))) || isStaffPost(post, lower)) && !publicPart(post, out, lower, start, end)) confidence -= 0.35;
    if (departmentAfter(text, end)) confidence -= 0.4;
    out.push({ type: 'person_name', start, end, confidence, rule: 'person_name.title' });
  });
}

/** Details a titled person's sentence may go on to that make them the one they belong to (a work phone or e-mail would not). */
const OWN_DETAILS: ReadonlySet<string> = new Set(['health', 'nino', 'date_of_birth', 'nhs_number', 'pnc_id', 'cro_number', 'passport', 'driving_licence', 'crime_reference']);
const SENTENCE_REST = /^[^.!?\n]{0,80}/;

/** The titled name's sentence goes on to their own detail or their part in a case ("..., says he's a witness"). */
function publicPart(post: PostFacts, out: readonly Candidate[], lower: string, start: number, end: number): boolean {
  if (detailFollows((post.ownDetails ??= detailStarts(out, OWN_DETAILS)), lower, end)) return true;
  const rest = SENTENCE_REST.exec(lower.slice(end, end + 80));
  return rest !== null && PUBLIC_ROLE.test(rest[0]);
}

/**
 * A known first name and a surname in a post about operational matters, or in a post that
 * also carries someone's contact or identity details (found by the detectors before this one).
 */
function knownFirstNames(ctx: ScanContext, out: Candidate[], post: PostFacts): void {
  const { text, lower } = ctx;
  let operationalPost: boolean | undefined;
  let media: boolean | undefined;
  // Starts of the details found before this detector, sorted once: each name then looks only at those just after it.
  let details: number[] | undefined;
  // The capitalised words before another capital (`/\b[A-Z][a-z]{1,15} (?=(?:Mc|Mac|O'|O’)?[A-Z])/g`), read off the post's words.
  eachCapitalisedWordBeforeCapital(text, (start, space) => {
    // Most capitalised words are no first name: their hash says so without a slice (the match has no hyphen).
    if (!mayBeFirstName(lower, start, space) || !isFirstName(text.slice(start, space))) return;
    const name = readName(text, start, false);
    if (!name || name.words < 2) return;
    // "Mr Peter Quinn": the title rule reads the name with its title.
    if (TITLE_BEFORE.test(lower.slice(Math.max(0, start - 6), start))) return;
    // Inside a run of capitalised words ("Rue Al Imam Al Bakri", "Cite Belle Vue") it is a place; a capitalised
    // first word of the sentence before the name ("Seriously Gavin Shaw") is not part of it.
    if (MID_SENTENCE_CAPITAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
    if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start))) return;
    if (departmentAfter(text, name.end) || namesABusiness(text, name.end)) return;
    // "Regards,\nSarah Pike | Victim Care Officer": the writer (see name-signatures.ts).
    if (notAPersonsName(text, lower, start, name.end) || signsOff(text, start)) return;
    details ??= detailStarts(out);
    if (detailFollows(details, lower, name.end) || detailPrecedes(details, lower, start)) {
      out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.with_detail' });
      return;
    }
    // Read once, at the first name that needs it (it reads the whole post); names pushed above are no linked data.
    // Fourteenth session (names27): and the orders officers enforce (curfews, tags, probation: SIGHTINGS_AND_ORDERS), as for names in any case.
    operationalPost ??= !isStaffPost(post, lower) && (caseWords(post, ctx) || out.some(isLinkedData));
    if (!operationalPost) return;
    if (STAFF.test(lower.slice(Math.max(0, start - 40), start)) || reachedOnExtension(lower, name.end)) return;
    // An actor or a character in talk about a film or a programme (name-media.ts).
    if (inMediaTalk(lower, start, () => (media ??= MEDIA.test(lower)))) return;
    out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.first_name' });
  }, ctx.words);
}

/** The person name detector: its types, cue words and entry point (collected by registry.ts). */
export const personNameDetector = defineDetector({
  id: 'person_name',
  types: {
    person_name: { label: "someone's name", severity: 'medium', topic: 'personal_information' },
  },
  cues: {
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
