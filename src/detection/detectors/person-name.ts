import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear, isRegexSpace } from '../text-utils';
import { healthDetector } from './health';
import { isFirstName, notAPersonsName, readName } from './name-tokens';
import { AD_BEFORE_WANTED, describedName, joinedFullName, placedLowerCase } from './name-role-carry';
import { namesOfDescribedPeople, namesWithTheirVehicle } from './name-identified';
import { initialledNamesUnderGroups, readRecordName } from './name-records';
import { namesInRecordFormat } from './name-record-format';
import { namesBeforeApposedAges } from './name-apposed-age';
import { namesSigningOwnContact, signsOff } from './name-signatures';
import { namesBeforeOwnDetails } from './name-possessives';
import { addressFollows, detailFollows, detailPrecedes, detailStarts, PLACES, sentenceStart } from './name-details';
import { readNamesInAnyCase, SIGHTINGS_AND_ORDERS } from './name-any-case';
import { loneNamesAfterCaseWork, namesAfterHandling, namesBeforeAges, DATE_OR_YEAR_HINT, namesBeforeBirthDatesOrYears, namesBeforeIdentifiers, namesBeforeRoles, RANK_BEFORE } from './name-positions';

/**
 * Members of the public named in an operational context: "Victim is Jane Whitfield",
 * "arrested Dean Price", "gave her name as kerry bolton", "reckons Gavin Pryce is dealing",
 * "Mr Kowalski at number 14". Colleagues named in thanks, welcomes, leaving posts and
 * HR notices ("Ms Tranter (Criminal Justice)") are not flagged.
 * Three ways in, from strongest to weakest evidence:
 * - a role word or verb right before the name (lower-case names count here when the first
 *   word is a known first name, see name-tokens.ts);
 * - a title (Mr/Mrs/Ms/Miss/Mx) in a post that is not about staff;
 * - a known first name plus a capitalised surname anywhere in a post with operational words.
 */
const ROLE =
  /\b(?:victims?|vic|suspects?|missing from home|mfh|arrest enquiry|wanted male|wanted female|offenders?|witness(?:es)?|complainants?|booked (?:[a-z]+ ){0,2}in as|misper|missing person|missing|informant|nominals?|detained person|detainees?|arrestee|dp|ip|injured party|deceased|subject|arrested|nicked|locked up|named as|name is|names? of|name|known as|aka|a\.k\.a\.?|goes by|gave (?:his |her |their )?(?:name|details) as|gave (?:his |her |their )?name|gave details|casualty|casualties|caller|registered keeper|(?:keeper|person)(?=\s*[:|])|famil(?:y|ies)(?= of )|relatives(?= of )|prisoners?|perpetrator|perp|accused|defendants?|wanted|nfa'?d|charged|mother|father|mum|mom|dad|stepdad|stepfather|stepmum|stepmother|nan|nana|gran|grandma|grandad|grandmother|grandfather|brother|sister|aunt|auntie|uncle|cousin|carer|guardian|partner|ex-partner|ex|girlfriend|boyfriend|wife|husband|son|daughter|neighbour|resident|occupant|owner|driver|passenger|patient|youth|juvenile|teenager|male|female|man|woman|boy|girl|child|elderly|vulnerable adult|sex offender|rso|sus|shoplifter|says|said|reckons|states|reports|reporting|dealt with|(?:address|addy) for|bail for|intel on|intel|check on|pnc check on|cell \d{1,2})\b(?:\s*[:,\-–(|]\s*|\s+details?(?=\s*[:|\-–])|\s+(?:is|was|named|called|being|now|as|of|=|are|were|that|(?:he|she)(?:'s|’s| is| was)|hes|shes)\s+|\s+(?:believed|thought|understood|suspected|said|known) to be\s+|\s+(?:identified|confirmed) as\s+|\s+){1,2}/g;
/** Role words strong enough that a lower-case first name after them is a name. */
const STRONG = /^(?:victims|suspects|offenders|witnesses|nominals|complainants|detainees|prisoners|defendants|casualties|booked|cell \d|driver|passenger|occupant|victim|vic|suspect|misper|missing|nominal|detainee|arrestee|arrested|nicked|locked up|named as|name is|name|known as|aka|goes by|gave|offender|witness|complainant|informant|ip|injured party|deceased|shoplifter|dp|detained person|wanted|charged|prisoner|casualty)/;
const NAMING = /^(?:gave (?:his |her |their )?(?:name|details)|named as|name is|known as|aka|goes by)/;
/** Weak openers ("says", "reckons", "intel") need a capitalised name and a second word. */
const WEAK = /^(?:says|said|reckons|states|reports|reporting|dealt with|(?:address|addy) for|bail for|intel|check on|pnc check on)/;
/** A title right after a role word: read with the name ("owner Dr Anita Shaw": after a role, a doctor is the member of the public the role names). */
const ROLE_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?=[A-Z])/;
/** Typed in lower case too ("update on mr Hollis"); not "ms" ("ms Excel" is Microsoft) or "miss" (a verb) in lower case. */
const TITLE = /\b(?:[Mm]rs?|Ms|Miss|Mx)\.? (?=[A-Z])/g;
/** The surname is a lookahead: "Seriously Gavin Shaw" must be retried at "Gavin", so nothing past the first word is consumed. */
const FIRST_AND_SURNAME = /\b[A-Z][a-z]{1,15} (?=(?:Mc|Mac|O'|O’)?[A-Z])/g;
const STAFF =
  /\b(?:thanks?|thank you|cheers|congrat\w*|welcome|well done|great work|good work|brilliant|retir\w*|leaving|farewell|collection|colleague|our|shout ?out|kudos|pc|dc|ds|di|dci|sgt|insp\w*|supt|superintendent|ch ?supt|chief|acc|dcc|officer|pcso|staff|hr|payroll|team|manager|head of|director|speaker|trainer|presented|hosted|led|joins|joined|occupational health|flexible working|expenses|maternity|phased return|welfare update)\b/;
/**
 * Exported for the prefilter test: the 'operational' cue family below must cover it.
 * Safeguarding and exclusion work names the public too: MARAC and MAPPA lists, refuges, pub and club bans
 * ("barred", "banned"), covert sources (CHIS), grooming and child sexual or criminal exploitation (CSE, CCE).
 * A post marked OFFICIAL-SENSITIVE (the marking opening a line, not a post about the marking) is police business
 * (dev set 12 round).
 */
export const OPERATIONAL =
  /\b(?:victim|vic|suspect|missing from home|mfh|arrest enquiry|offender|witness|complainant|arrest\w*|custody|detained|missing|misper|address|lives|resides|reported|report|reporting|reports|assault\w*|burglar\w*|theft|stolen|harass\w*|domestic|dv|da|safeguard\w*|vulnerable|risk|warrant|bail|charged|charge|interview\w*|statement|incident|crime|nominal|intel\w*|sighting|seen|wanted|concern|welfare check|ppn|mash|social services|court|sentenced|convicted|injur\w*|overdose|deceased|sudden death|called in|calling|caller|neighbour|asb|threat\w*|stalk\w*|source|dealing|drugs|county lines|shoplift\w*|storing|weapon|knife|knives|dealt with|ringing in|pnc|cro|fingerprints|dob|nicked|stopped|seized|drunk|fight|prisoners?|stop (?:and |& )?search(?:ed)?|stop-search|marac|mappa|refuge|barred|banned|chis|groom(?:ed|ing)|cse|cce|exploit\w*|(?<![a-z][^\n]{0,200})official[- ]sensitive)\b/;
/** Members of the public by their part in a case. */
const PUBLIC_ROLE = /\b(?:victim|witness|complainant|suspect|misper|caller|informant|injured party|offender|nominal|defendant)s?\b/;
/** Posts about colleagues: thanks, welcomes, leaving, HR and welfare notices. */
const STAFF_POST =
  /\b(?:thanks?|thank you|congrat\w*|welcome|well done|great work|good work|retir\w*|leaving do|farewell|shout ?out|kudos|joins|joined the|occupational health|flexible working|expenses|maternity|phased return|welfare update|get well|happy birthday)\b/;
const OPERATIONAL_ALL = new RegExp(OPERATIONAL.source, 'g');
/** "(Finance)", "(Control Room)": a department after a name marks a colleague. */
const DEPARTMENT_AFTER = /^\s*\((?:[A-Z][A-Za-z&]*\s?){1,4}\)/;
/** DEPARTMENT_AFTER on the 30 characters after `end`, run only when a '(' follows white space there. */
function departmentAfter(text: string, end: number): boolean {
  let i = end;
  while (i < end + 30 && isRegexSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 40 && i < end + 30 && DEPARTMENT_AFTER.test(text.slice(end, end + 30));
}
/** Whether the character at `at` is one of `letters` in either case (a regex of alternatives opening with them can only match there). */
function mayOpenWith(text: string, at: number, letters: string): boolean {
  const c = text.charCodeAt(at) | 32;
  for (let i = 0; i < letters.length; i++) if ((letters.charCodeAt(i) | 32) === c) return true;
  return false;
}
/** ', ", ‘ or “ (`/['"‘“]/`). */
function isOpeningQuote(c: number): boolean {
  return c === 39 || c === 34 || c === 0x2018 || c === 0x201c;
}

/** Weak openers are everyday words ("said", "check"): their cue counts only before a capitalised word, so most posts skip the role regex. */
const WEAK_CUE = /(?:says|said|reckons|states|reports|reporting|dealt|address|addy|bail|intel|check|goes|gave)\b[^A-Za-z]{0,24}/y;
const WEAK_CUE_WORDS: ReadonlySet<string> = new Set(['says', 'said', 'reckons', 'states', 'reports', 'reporting', 'dealt', 'address', 'addy', 'bail', 'intel', 'check', 'goes', 'gave']);
function weakCueAt(lower: string, p: number): RegExpExecArray | null {
  WEAK_CUE.lastIndex = p; // sticky: read at the cue, no slice per cue
  return WEAK_CUE.exec(lower);
}
/** The end of the run of `\w` characters from `p`. */
function wordCharsEnd(s: string, p: number): number {
  let i = p;
  for (let c = s.charCodeAt(i); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = s.charCodeAt(++i));
  return i;
}
function roleCues(ctx: ScanContext): number[] {
  const all = ctx.cueStarts('role');
  const { text, lower } = ctx;
  return all.filter((p) => {
    // WEAK_CUE's words end at \b: only a cue word that is one of them can match, so the others skip the regex.
    const w = WEAK_CUE_WORDS.has(lower.slice(p, wordCharsEnd(lower, p))) ? weakCueAt(lower, p) : null;
    if (!w) return true;
    // "gave his name as", "bail address for", "intel on", "check on": allow the small words that lead to a name.
    const rest = text.slice(p + w[0].length, p + 60);
    // A place or bail address may be read for a lower-case name when the address follows (see placedLowerCase).
    return /^(?:(?:his|her|their|name|details|as|of|for|on|with|a|an|the|address|is|was|named|called|that|(?:he|she)(?:'s|’s)?|hes|shes)\b[\s:,-]*){0,4}[A-Za-z]/.test(rest) && (/[A-Z]/.test(rest) || /^(?:address|addy|bail)/.test(w[0])) || /^gave|^goes/.test(w[0]);
  });
}

const ANY_CASE_CUES = ['title', 'operational', 'identifier'];
const PERSON_OR_GROUP = ['person', 'group'];
/** Details that make a name beside them personal data: the registry runs these detectors before this one. */
const LINKED_DATA: ReadonlySet<string> = new Set(['phone', 'email', 'address', 'postcode', 'date_of_birth', 'nino', 'passport', 'driving_licence', 'nhs_number', 'bank_account', 'payment_card', 'iban', 'health', 'crime_reference', 'pnc_id', 'cro_number']);
const TITLE_BEFORE = /\b(?:mr|mrs|ms|miss|mx)\.? $/;
const MID_SENTENCE_CAPITAL_BEFORE = /[A-Za-z0-9,;'’)] +[A-Z][A-Za-z'’-]* $/;

export function detectPersonNames(ctx: ScanContext, out: Candidate[]): void {
  // Computed only when a rule needs it: most posts have no role word, title or capitalised pair.
  const post: PostFacts = { staffPost: undefined, operational: undefined };
  namesAfterRoles(ctx, out);
  if (ctx.has('role')) namesBeforeRoles(ctx, out);
  if (ctx.hasUpper && ctx.has('handling')) namesAfterHandling(ctx, out, () => OPERATIONAL.test(ctx.lower) || out.some(isOwnedDetail));
  namesBeforeIdentifiers(ctx, out, () => isStaffPost(post, ctx.lower));
  if (ctx.hasDigit && DATE_OR_YEAR_HINT.test(ctx.lower)) namesBeforeBirthDatesOrYears(ctx, out, () => isStaffPost(post, ctx.lower));
  namesInAnyCase(ctx, out, post);
  if (!ctx.hasUpper) return;
  if (ctx.hasDigit) {
    namesBeforeAges(ctx, out, () => isStaffPost(post, ctx.lower));
    namesBeforeApposedAges(ctx, out, (sentence) => STAFF_POST.test(sentence));
  }
  namesSigningOwnContact(ctx, out);
  namesInRecordFormat(ctx, out, () => isStaffPost(post, ctx.lower));
  initialledNamesUnderGroups(ctx.lower, ctx.text, (start, end) => out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.initials_under_group' }));
  if (ctx.has('person')) namesOfDescribedPeople(ctx, out, () => isStaffPost(post, ctx.lower));
  if (ctx.hasDigit) namesWithTheirVehicle(ctx, out, () => isStaffPost(post, ctx.lower));
  namesBeforeOwnDetails(ctx, out, () => isStaffPost(post, ctx.lower));
  if (ctx.has('role')) loneNamesAfterCaseWork(ctx, out, () => isStaffPost(post, ctx.lower));
  namesAfterTitles(ctx, out, post);
  // The first-name rule needs an operational word (its cue family) or linked details already found.
  if (ctx.has('operational') || out.some(isLinkedData)) knownFirstNames(ctx, out, post);
}

/** Names typed in lower case or capitals (name-any-case.ts): only in posts with operational words or someone's details. */
function namesInAnyCase(ctx: ScanContext, out: Candidate[], post: PostFacts): void {
  let operational: boolean | undefined;
  readNamesInAnyCase(ctx, out, {
    operational: () => (operational ??= OPERATIONAL.test(ctx.lower) || SIGHTINGS_AND_ORDERS.test(ctx.lower) || out.some(isLinkedData)),
    // The 'operational' cue family has a word of every OPERATIONAL and SIGHTINGS_AND_ORDERS alternative but 's35'
    // (cue words are letters only): without one, and without linked details, operational() is false.
    mayBeOperational: () => !ctx.prefilter || ctx.has('operational') || ctx.lower.indexOf('s35') >= 0 || out.some(isLinkedData),
    staffPost: () => isStaffPost(post, ctx.lower),
  });
}

/** What the title and first-name rules learn about the whole post, once. Module-level functions, not closures: nothing is allocated per post but this. */
interface PostFacts {
  staffPost: boolean | undefined;
  /** Offsets of operational words (a post of many titles must not rescan per title). */
  operational: number[] | undefined;
  /** Starts of the addresses and postcodes found, sorted (read once, for the same reason). */
  addresses?: number[];
}

function isStaffPost(post: PostFacts, lower: string): boolean {
  return (post.staffPost ??= STAFF_POST.test(lower));
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

/** Role words and verbs: the name follows, read from the original-case text. */
function namesAfterRoles(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  eachMatchNear(ROLE, lower, roleCues(ctx), 0, 60, (m) => {
    let start = m.index + m[0].length;
    const role = m[0].trim().toLowerCase();
    // "suspect is a Jamie Simmons", "dealt with a Shannon Riley": skip the article.
    const article = mayOpenWith(text, start, 'at') ? /^(?:an?|the) (?=\S)/i.exec(text.slice(start, start + 5)) : null;
    if (article) start += article[0].length;
    // "booked in as 'Jon Smyth'", "gave her name as “Kerry Bolton”": a quoted name.
    if (isOpeningQuote(text.charCodeAt(start))) start++;
    // "complainant Ms Tracey Lowe": the title is part of the name the role introduces.
    const title = mayOpenWith(text, start, 'MD') ? ROLE_TITLE.exec(text.slice(start, start + 6)) : null;
    const weak = WEAK.test(role);
    // After "gave name as", "name is", "known as" the next words are a name whatever they are.
    const lowerCase = NAMING.test(role) ? 'any' : !weak && STRONG.test(role);
    const at = start + (title ? title[0].length : 0);
    // "Caller: PEARCE Linda", "Victim details: Greaves, Ruth": a name as police systems print it.
    // "car share wanted: Stone to Stafford", "tickets wanted: ...": a thing before "wanted:" heads an advert, not a wanted person.
    if (role.startsWith('wanted') && /^wanted\s*:/.test(role) && AD_BEFORE_WANTED.test(lower.slice(Math.max(0, m.index - 20), m.index))) return;
    let read = (!weak && !title && readRecordName(text, at)) || readName(text, at, title ? false : lowerCase) || (!weak && !title ? describedName(text, at, article !== null) : undefined);
    const placed = !read && weak ? placedLowerCase(ctx, out, role, at) : undefined;
    read ??= placed;
    if (!read) return;
    const name = title ? { ...read, start } : read;
    // "said Jayden and Reece Stokes", "victims Amy and Josh Green": a first name joined to a full name shares its role.
    const joined = !title && name.words === 1 && name.capitalised ? joinedFullName(text, name.start, name.end) : undefined;
    if (weak && !joined && !placed && (name.words < 2 || !name.capitalised)) return;
    let confidence = name.words >= 2 ? 0.85 : 0.55;
    if (!name.capitalised) confidence = name.words >= 2 ? 0.75 : 0.5;
    if (/^(?:male|female|man|woman|boy|girl|child|son|daughter|ex|owner|driver|passenger|resident|occupant|youth|subject|sus|name)\b/.test(role)) confidence -= 0.15;
    if (weak) confidence = 0.65;
    if (departmentAfter(text, name.end)) confidence -= 0.4;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence, rule: 'person_name.role' });
    if (joined) out.push({ type: 'person_name', start: joined.start, end: joined.end, confidence, rule: 'person_name.role' });
    // "Nominals are Dean Hollis and Lee Platt": a second full name joined to the first shares its role.
    const and = / (?:and|&) (?=[A-Z])/y;
    and.lastIndex = name.end;
    if (name.capitalised && name.words >= 2 && and.test(text)) {
      const second = readName(text, and.lastIndex, false);
      if (second && second.words >= 2) out.push({ type: 'person_name', start: second.start, end: second.end, confidence, rule: 'person_name.role' });
    }
  });
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
    if ((STAFF.test(before) && !placed && !PUBLIC_ROLE.test(sentenceStart(lower, start))) || isStaffPost(post, lower)) confidence -= 0.35;
    if (departmentAfter(text, end)) confidence -= 0.4;
    out.push({ type: 'person_name', start, end, confidence, rule: 'person_name.title' });
  });
}

/**
 * A known first name and a surname in a post about operational matters, or in a post that
 * also carries someone's contact or identity details (found by the detectors before this one).
 */
function knownFirstNames(ctx: ScanContext, out: Candidate[], post: PostFacts): void {
  const { text, lower } = ctx;
  let operationalPost: boolean | undefined;
  // Starts of the details found before this detector, sorted once: each name then looks only at those just after it.
  let details: number[] | undefined;
  eachMatch(FIRST_AND_SURNAME, text, (m) => {
    const start = m.index;
    operationalPost ??= !isStaffPost(post, lower) && (OPERATIONAL.test(lower) || out.some(isLinkedData));
    const first = text.slice(start, text.indexOf(' ', start));
    if (!isFirstName(first)) return;
    const name = readName(text, start, false);
    if (!name || name.words < 2) return;
    // "Mr Peter Quinn": the title rule reads the name with its title.
    if (TITLE_BEFORE.test(lower.slice(Math.max(0, start - 6), start))) return;
    // Inside a run of capitalised words ("Rue Al Imam Al Bakri", "Cite Belle Vue") it is a place; a capitalised
    // first word of the sentence before the name ("Seriously Gavin Shaw") is not part of it.
    if (MID_SENTENCE_CAPITAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
    if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start))) return;
    if (departmentAfter(text, name.end)) return;
    // "Regards,\nSarah Pike | Victim Care Officer": the writer (see name-signatures.ts).
    if (notAPersonsName(text, lower, start, name.end) || signsOff(text, start)) return;
    details ??= detailStarts(out);
    if (detailFollows(details, lower, name.end) || detailPrecedes(details, lower, start)) {
      out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.with_detail' });
      return;
    }
    if (!operationalPost) return;
    if (STAFF.test(lower.slice(Math.max(0, start - 40), start))) return;
    out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.first_name' });
  });
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
      'chased', 'searched', 'tasered', 'tased', 'sprayed', 'cuffed', 'restrained', 'interviewed', 'conveyed', 'transported', 'booked$',
      'warrant', 'file$', 'referral', 'summons', 'remand$', 'paperwork', 'interview$', 'statement$', 'statements$', 'belong',
      'registered$', 'comes$', 'came$', 'come$', 'owned$', 'name$',
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
      'marac', 'mappa', 'refuge', 'barred', 'banned', 'chis', 'groom', 'cse$', 'cce$', 'exploit', 'official$',
      // SIGHTINGS_AND_ORDERS, for the names read in any case.
      'spotted', 'sighted', 'dispers', 'section', 'cpn', 'curfew', 'tagged', 'probation', 'move$', 'moved$',
    ],
  },
  // A role word, or (with a capital) a title, or an operational word or linked details for the first-name rule
  // (a digit or an '@': the linked details of the first-name rule all have one).
  // A health disclosure (found by the health detector, which runs first) links a name too.
  // Names in any case (name-any-case.ts) need a title, an identifier's word, an operational word or linked details, whatever the case.
  needs: (c) => c.has('role') || c.hasAny(ANY_CASE_CUES) || c.hasDigit || c.text.indexOf('@') >= 0 || healthDetector.needs!(c) || (c.hasUpper && (c.hasAny(PERSON_OR_GROUP) || c.has('handling'))),
  run: detectPersonNames,
});
