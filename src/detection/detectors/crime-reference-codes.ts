import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear } from '../text-utils';

/**
 * Eighteenth session (issue 14, branch core18): references in the formats other forces use.
 *
 * 1. A police business code inside the reference. Many forces' systems put the crime type or the unit into the reference
 *    itself, between a year and a serial ("24/BUR/00391", "POCA/24/0117", "FRAUD-24-330871", "22/7714/MIT"): burglary,
 *    robbery, a Proceeds of Crime Act case, a major investigation team. The code names police business as the words
 *    "crime ref" do, so such a token counts with no reference word before it. Only codes that name a crime type, a
 *    police unit or a police act are listed (no two-letter codes: "HR/24/0193", "OT/24/17" are any organisation's), and
 *    the rest of the token must be a year (two or four digits) and a serial of three to seven digits, the same separator
 *    twice; a word right before that gives the number to something else (an invoice, a stock code) still vetoes it.
 *    Forces with other codes add their formats as customPatterns (config.ts).
 * 2. A Crown Court case number ("T20247719": T, the year, a four-digit serial) in a sentence about a trial or a court.
 *    Alone the shape is any part number ("toner part T20241188"), so the sentence must name the court or the trial.
 * 3. A police record prefix with a date stamp (DATE_STAMPED below).
 */
export const POLICE_CODES: ReadonlySet<string> = new Set([
  // Crime types as forces abbreviate them in references.
  // fix18 review: VAP, SXO, CAIT, MCIT and OCG dropped (no dev post used them and no public source was named).
  'BUR', 'BURG', 'ROB', 'DOM', 'VIO', 'ASB', 'THF', 'HATE', 'SEX', 'RAPE', 'CYB', 'CYBER', 'DRG', 'DRUGS',
  'ARSON', 'HOM', 'CSE', 'FRAUD', 'FRD', 'RTC',
  // Police units and acts that number their own cases (not CID: a department, whose numbers are its admin's too).
  'POCA', 'MIT', 'MIR', 'MCT', 'SCU', 'ROCU', 'PVP',
  // An incident with the year as its own field ("INC-26-0091234"): service desks number theirs in one run ("INC0012345").
  'INC',
]);
/**
 * Codes that are also words or everyday acronyms ("DOM" a name, "MIT" a university, "VIO" a fleet's, "INC" any service
 * desk's, "RTC" a training centre): alone they count only in a sentence about police business (POLICE_SENTENCE), so
 * "Project MIT-24-00391 kicks off" and "raise DOM-25-0412 against the budget line" stay clean (fix18 review).
 */
const WORD_CODES: ReadonlySet<string> = new Set(['DOM', 'MIT', 'VIO', 'SEX', 'HATE', 'INC', 'RTC', 'ROB', 'HOM']);
const POLICE_SENTENCE =
  /\b(?:police|crimes?|criminal|case|ref|reference|incident|job|suspects?|victims?|offenders?|arrest\w*|oic|dc|ds|pc|dash|investigation|enquiry|inquiry|op|operation|charged|cps|court|witness\w*|safeguarding|niche|occurrence|custody|detained|stolen|assault\w*|burglary|robbery|theft|stabbing|domestic|abuse|warrant|intel\w*|exhibits?|statements?|disclosure|mg\d+)\b/;
/** The number's sentence (lower case): from the last sentence end before to the first after. */
function sentenceOf(ctx: ScanContext, start: number, end: number): string {
  return `${clause(ctx.before(start, 120), true)} ${clause(ctx.after(end, 120), false)}`;
}

/**
 * A word right before that gives the number to something other than a case: an invoice, an order, a stock or asset
 * code, a form ("stock code 26/ROB/00311" is a product's). Not "job": a control room calls an incident a job.
 */
const OTHER_THING_BEFORE =
  /\b(?:invoices?|orders?|po|purchase|projects?|budgets?|foi|requests?|tickets?|vacanc\w*|course|training|policy|pension|payroll|estates|fleet|stock|parts?|model|serial|sku|items?|product|batch|lot|asset|codes?|forms?|sheets?|booking|tracking|fuse|permits?|units?|pass(?:es)?|badges?|cards?|tags?|devices?)\b(?:\s+(?:no\.?|number|ref(?:erence)?|codes?))?[\s:#.,-]*$/;
/** The cue stems of POLICE_CODES (exact words), declared by the crime reference detector. */
export const POLICE_CODE_CUES = [...POLICE_CODES].map((c) => `${c.toLowerCase()}$`);

// Code, year, serial | year, code, serial | year, serial, code; one separator ('/' or '-') used throughout.
// Nineteenth session: after the code and the year the serial may be printed in two groups ("INC-26-1204-0391": a day stamp
// and a count), with the same separator.
const CODED =
  /(?<![\w/-])(?:([A-Za-z]{3,5})([/-])(?:\d{2}|(?:19|20)\d{2})\2\d{3,7}(?:\2\d{3,6})?|(?:\d{2}|(?:19|20)\d{2})([/-])([A-Za-z]{3,5})\3\d{3,7}|(?:\d{2}|(?:19|20)\d{2})([/-])\d{3,7}\5([A-Za-z]{3,5}))(?![\w/]|-\w)/g;

/** Whether a whole token is a reference carrying a police code (POLICE_CODES) in one of its fields. */
// Not INC: whether an INC number is an incident's or a service desk ticket's depends on the words around it (itTicket).
export function policeCodedToken(tok: string): boolean {
  CODED.lastIndex = 0;
  const m = CODED.exec(tok);
  const code = m === null ? '' : (m[1] ?? m[4] ?? m[6]).toUpperCase();
  return m !== null && m.index === 0 && m[0].length === tok.length && code !== 'INC' && POLICE_CODES.has(code);
}
/**
 * Words that qualify "ref" as police business in crime-reference.ts (its QUALIFIED_REF): an operation, an investigation or
 * a major incident room numbers its case ("op ref 21/5530/MCT", "MIR ref 2025/MIT/0016"). Not "for": "the interpreter for
 * ref B-20931" is a booking's reference; after "for", "of" or "to ref" only a three-field reference with a year is a
 * case's ("the file for ref 24/ABC/00391", PREPOSITION_REF and yearFieldReference).
 */
export const INVESTIGATION_QUALIFIERS = ['op', 'operation', 'investigation', 'enquiry', 'inquiry', 'mir', 'mit', 'poca', 'trial', 'court'];
export const PREPOSITION_REF = /\b(?:for|of|to) ref(?:erence)?(?: no| number)?[\s:#.=-]*$/;
/**
 * Three fields, one of them a two- or four-digit year at an end, five digits or more in all ("24/ABC/00391",
 * "ABC/24/00391", "22/7714/XYZ"): a case reference's shape; a booking's or a letter's is shorter ("B-20931", "BWL/2291").
 */
const YEAR_FIELD = /^(?:(?:\d{2}|(?:19|20)\d{2})([/-])[A-Za-z\d]{2,8}\1[A-Za-z\d]{2,8}|[A-Za-z]{2,5}([/-])(?:\d{2}|(?:19|20)\d{2})\2\d{3,8})$/;
export function yearFieldReference(tok: string): boolean {
  return YEAR_FIELD.test(tok) && (tok.match(/\d/g)?.length ?? 0) >= 5;
}
/**
 * Forces print the codes in capitals; in lower case several are words or names ("rob", "dom", "sex"), so a lower-case code
 * counts only right after a reference word ("ref fraud-24-771203"), not alone ("rob/24/01177 was the one").
 */
const REFERENCE_WORD_BEFORE = /\b(?:ref(?:erence)?|crime(?: ref| no| number)?|case(?: ref| no| number)?|occurrence|incident|crn)\b[\s:#.-]*(?:no\.?|number)?[\s:#.-]*$/;

export function policeCodedReferences(ctx: ScanContext, out: Candidate[]): void {
  if (!ctx.has('policeCode')) return;
  // A separator after a digit or before one is needed ('/' counted by the pre-pass; '-' searched natively).
  if (ctx.prefilter && ctx.digitSlashes === 0 && ctx.text.indexOf('-') < 0) return;
  let found: Candidate[] | undefined;
  // Near the code words only (the code is inside the token: at most a year, a serial and two separators before it).
  eachMatchNear(CODED, ctx.text, ctx.cueStarts('policeCode'), 20, 20, (m) => {
    const code = m[1] ?? m[4] ?? m[6];
    if (!POLICE_CODES.has(code.toUpperCase())) return;
    const start = m.index;
    if (code !== code.toUpperCase() && !REFERENCE_WORD_BEFORE.test(ctx.before(start, 24))) return;
    const end = start + m[0].length;
    found ??= out.filter((c) => c.type === 'crime_reference');
    if (found.some((c) => c.start < end && start < c.end)) return;
    if (OTHER_THING_BEFORE.test(ctx.before(start, 30)) || itTicket(ctx, start, end)) return;
    if (WORD_CODES.has(code.toUpperCase()) && !POLICE_SENTENCE.test(sentenceOf(ctx, start, end))) return;
    // Review of the nineteenth session: a serial in two groups ("INC-25-0903-1187") is how service desks print tickets
    // too, so a ticket, fault or request named anywhere earlier in its sentence says whose it is, not only right before.
    if (countDashGroups(m[0]) === 4 && TICKET_IN_SENTENCE.test(sentenceOf(ctx, start, start))) return;
    out.push({ type: 'crime_reference', start, end, confidence: 0.8, rule: 'crime_reference.police_code' });
  });
}

const TICKET_IN_SENTENCE = /\b(?:tickets?|faults?|requests?|orders?|invoices?|assets?|bookings?|stock)\b/;
const countDashGroups = (tok: string): number => tok.split(/[/-]/).length;

/**
 * Review of the nineteenth session: with only a plural record word or "job(s)" earlier in the post, a reference-shaped
 * number right after a document's own label ("stats pack version 13/4492/24", "quote 13/55102/24", "HR form ...") is
 * that document's number: the other-thing labels above, and the numbered documents of office work.
 */
const DOCUMENT_LABEL_BEFORE = /\b(?:versions?|editions?|quotes?|quotations?|estimates?|packs?|dashboards?)\b[\s:#.,-]*$/;
export function labelledAsOtherThing(before: string): boolean {
  return OTHER_THING_BEFORE.test(before) || DOCUMENT_LABEL_BEFORE.test(before);
}

/** The IT department ("IT" in capitals) or its tools near the number: a service desk's ticket ("IT raised INC-26-0012"). */
// A change request and its board, a release or an upgrade are IT's too ("Change CR2025110400127 for the Niche upgrade").
export const IT_WORDS = /\b(?:service ?desk|servicenow|helpdesk|help desk|ict|laptop|printer|outlook|password|login|change|cab|release|deploy\w*|upgrades?|go[ -]live)\b/;
export function itTicket(ctx: ScanContext, start: number, end: number): boolean {
  return /\bIT\b/.test(ctx.text.slice(Math.max(0, start - 40), end + 20)) || IT_WORDS.test(ctx.before(start, 40)) || IT_WORDS.test(ctx.after(end, 40));
}

/**
 * 3. A police record prefix and the day the system stamped it ("CR2025110400127": crime report, 4 Nov 2025, serial 127;
 *    PSNI's "CC2026113000233"; "OCC-20250412-0031"): the prefix names a police record and the stamp a real date, which
 *    no price, phone number or count has. Only the record prefixes (CR crime report, CC the PSNI's crime and incident
 *    numbers, OCC occurrence, INC incident, CAD dispatch, CRN crime number); INC not with IT words near (itTicket).
 */
const DATE_STAMPED = /(?<![\w/-])(CR|CC|OCC|INC|CAD|CRN)-?(20[0-4]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?\d{3,6}(?![\w/]|-\w)/g;

/** Whether some "20" has a capital letter right before it, or a capital and a dash (a native loop; the shape's precondition). */
export function hasDateStampShape(text: string): boolean {
  for (let i = text.indexOf('20', 1); i > 0; i = text.indexOf('20', i + 1)) {
    let c = text.charCodeAt(i - 1);
    if (c === 45 && i > 1) c = text.charCodeAt(i - 2);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

export function dateStampedReferences(ctx: ScanContext, out: Candidate[]): void {
  if (!hasDateStampShape(ctx.text)) return;
  eachMatch(DATE_STAMPED, ctx.text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (OTHER_THING_BEFORE.test(ctx.before(start, 30)) || itTicket(ctx, start, end)) return;
    if (out.some((c) => c.type === 'crime_reference' && c.start < end && start < c.end)) return;
    out.push({ type: 'crime_reference', start, end, confidence: 0.8, rule: 'crime_reference.date_stamped' });
  });
}

/** T, a year of this century or the last, a four-digit serial, with no spaces (the Crown Court prints none). */
const TRIAL_NUMBER = /(?<![\w/-])T(?:19|20)\d{2}\d{4}(?![\w/-])/g;
/**
 * The sentence names the court or the trial (read in lower case, both sides of the number). Not "case", "listed" or
 * "plea": "the case of toner is T20251188" is a part's (fix18 review).
 */
const COURT_WORDS = /\b(?:trials?|court|crown court|cps|jury|judge|indictment|defendants?|hearing|sentencing|ptph)\b/;

/** Whether the post has the shape at all: a 'T' then "19" or "20" (native searches; most posts have neither). */
export function hasTrialNumberShape(text: string): boolean {
  return text.indexOf('T20') >= 0 || text.indexOf('T19') >= 0;
}

export function trialNumbers(ctx: ScanContext, out: Candidate[]): void {
  if (!hasTrialNumberShape(ctx.text)) return;
  eachMatch(TRIAL_NUMBER, ctx.text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (OTHER_THING_BEFORE.test(ctx.before(start, 30))) return;
    if (!COURT_WORDS.test(clause(ctx.before(start, 80), true)) && !COURT_WORDS.test(clause(ctx.after(end, 60), false))) return;
    if (out.some((c) => c.type === 'crime_reference' && c.start < end && start < c.end)) return;
    out.push({ type: 'crime_reference', start, end, confidence: 0.8, rule: 'crime_reference.trial_number' });
  });
}

/** The part of `s` inside the number's sentence: after the last sentence end (before it) or up to the first (after it). */
function clause(s: string, before: boolean): string {
  if (before) {
    const from = Math.max(s.lastIndexOf('. '), s.lastIndexOf('\n'), s.lastIndexOf('? '), s.lastIndexOf('! '));
    return s.slice(from + 1);
  }
  const stop = /[.!?](?:\s|$)|\n/.exec(s);
  return stop ? s.slice(0, stop.index) : s;
}
