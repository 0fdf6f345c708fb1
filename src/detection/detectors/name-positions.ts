import type { Candidate } from './detector';
import { PostStarts, StartGated } from '../start-gated';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear } from '../text-utils';
import { isFirstName, notAPersonsName, readName } from './name-tokens';

/**
 * Names placed by what surrounds them, for person-name.ts: a role or an identifier right after
 * the name ("kyle bennett wanted on recall", "Callum Ridgway DOB 1/4/1986"), or an officer's
 * action or a piece of case work right before it ("Chased Connor Bates", "warrant for Darren Boulton").
 */

/** A rank or collar number right before a name: an officer. */
/** Judges sit in office as officers serve (HHJ: His or Her Honour Judge; DJ: District Judge): their names are not the public's. */
// On the name's line (thirteenth session): a rank and collar number ending the row before ("| DC 4410" over "Bradley Sant |
// ...") rank no one on this line.
export const RANK_BEFORE = /\b(?:pc|dc|ps|ds|di|dci|sgt|insp|inspector|sergeant|supt|pcso|officer|colleague|hhj|judge|dj|recorder)[ \t]*\d*[ \t]*$/;

/** "tyler marsh wanted on warrant", "Dean Price arrested": the role comes after the name. */
/** Court outcomes too ("Dale Hancock, pleaded guilty", "... was sentenced"): only a defendant's name stands before them. */
/** And offender management (dev set 9 round): only someone on licence or bail is recalled to prison or breaches its terms
 * ("kieran doyle recalled to prison", "Dean Price breached his licence", "... released on licence"). */
export const ROLE_AFTER = /\b(?:is |was |has been |been |now )?(?:wanted (?:on|for|by)|arrested|charged (?:with|for)|remanded|nicked for|ple(?:aded|ads|d) (?:not )?guilty|convicted|sentenced|jailed|acquitted|found (?:not )?guilty|recalled (?:to (?:prison|custody|jail)|on (?:his |her |their )?licen[cs]e)|breached (?:his |her |their )?(?:licen[cs]e|bail|order|conditions)|released on (?:licen[cs]e|bail))\b/g;
/** What may stand between a name and its identifier: "Callum Ridgway DOB 1/4/1986", "Anita Bourne NINO ...", "Kayden Wright 04/05/2005". */
const ID_GAP = /^[\s,:(–-]*(?:(?:dob|d\.o\.b\.?|date of birth|born|pnc(?: id)?|cro(?: no)?|nino|ni(?: no| number)?)[\s:,(–-]*)?$/;
const ID_WORD = /\b(?:dob|birth|born|pnc|cro|nino|ni)\b/;
const IDENTIFIERS: ReadonlySet<string> = new Set(['date_of_birth', 'nino', 'pnc_id', 'cro_number']);
/** Two or three words ending where the role or identifier starts; a comma may close the name ("..., Dale Hancock, pleaded guilty"). */
const TWO_WORDS_BEFORE = /(?:^|[^A-Za-z'’-])([A-Za-z][a-z'’-]+(?: [A-Za-z][A-Za-z'’-]+){1,2}),?\s*$/;

export function nameEndingAt(text: string, at: number, lowerCase: boolean): { start: number; end: number } | undefined {
  const m = TWO_WORDS_BEFORE.exec(text.slice(Math.max(0, at - 50), at));
  if (!m) return undefined;
  const start = at - m[0].length + m[0].indexOf(m[1]);
  const name = readName(text, start, lowerCase);
  // The whole name must reach the cue: "the lad Tyler Marsh" is read from its last two words.
  const end = start + m[1].length;
  if (name && name.words >= 2 && name.end === end) return name;
  const second = m[1].indexOf(' ') + 1;
  const shorter = second > 0 && m[1].split(' ').length === 3 ? readName(text, start + second, lowerCase) : undefined;
  return shorter && shorter.words >= 2 && shorter.end === end ? shorter : undefined;
}

export function namesBeforeRoles(ctx: ScanContext, out: Candidate[]): void {
  eachMatchNear(ROLE_AFTER, ctx.lower, ctx.cueStarts('role'), 12, 24, (m) => {
    const name = nameEndingAt(ctx.text, m.index, true);
    if (!name || RANK_BEFORE.test(ctx.before(name.start, 16))) return;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.75, rule: 'person_name.before_role' });
  });
}

export function namesBeforeIdentifiers(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const c = out[i];
    if (!IDENTIFIERS.has(c.type) || c.confidence < 0.5) continue;
    // "kyle marsh (pnc 03/...)": the identifier's word may open a bracket after the name.
    const gap = /[\s,:(–-]*(?:date of birth|[a-z]{0,5})[^a-z]{0,4}$/.exec(ctx.lower.slice(Math.max(0, c.start - 22), c.start));
    const at = c.start - (gap && ID_GAP.test(gap[0]) ? gap[0].length : 0);
    if (!ID_GAP.test(ctx.lower.slice(at, c.start))) continue;
    // "daniel mcbride date of birth ...": a lower-case name needs the identifier's own word between (its cue
    // family 'identifier' lets the prefilter see it); a bare date after two words vouches only for capitals.
    const named = ID_WORD.test(ctx.lower.slice(at, c.start));
    if (!named && !ctx.hasUpper) continue;
    // A bare date after a colleague's name in a staff post is a birthday or a start date, not a record's identifier.
    if (!named && staffPost()) continue;
    const name = nameEndingAt(ctx.text, at, named);
    if (!name || RANK_BEFORE.test(ctx.before(name.start, 16))) continue;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.7, rule: 'person_name.before_identifier' });
  }
}

/**
 * What officers do to someone, or a piece of case work for someone: "Chased Connor Bates",
 * "Sprayed Dwayne Ellis", "Court warrant for Darren Boulton", "doing the file for Jade Hulme";
 * or what a check says is someone's: "account belongs to Kieran Bould", "comes back to ...",
 * "registered to ...", "owned by ...", "in the name of ...".
 * These are everyday words too ("file for Travel Expenses"; "transport for" is left out: Transport for
 * West Midlands), so the name must be two
 * capitalised words starting with a known first name.
 */
/** The words alone (exported for the prefilter test, which samples every alternative). */
// Dev set 13 round: "chase" and "chasing" as well as "chased" ("asked me to chase Lisa Brennan about the CCTV").
export const HANDLING_WORDS = /\b(?:belong(?:s|ed|ing)? to|registered to|(?:comes|came|come) back to|owned by|name of|chas(?:e|ed|ing)|searched|tasered|tased|sprayed|cuffed|restrained|interviewed|conveyed|transported|booked in|(?:warrants?|file|referral|summons|remand|paperwork|interview|statement)(?: (?:done|booked|issued|needed|outstanding|cancelled|arranged|sorted))? for|statements? (?:taken )?from)/i;
const HANDLING = new RegExp(`${HANDLING_WORDS.source}\\s+(?=[A-Z])`, 'gi');

const OWNERSHIP = /^(?:belong|registered|comes|came|come|owned|name)/i;

/**
 * `linked` says whether the post is about police business or carries someone's details (an identifier, contact
 * details, an IP address, a plate): ownership is everyday talk too ("the blue mug belongs to Sarah Jones"), so
 * it counts only there ("IP logged: ..., account belongs to Kieran Bould").
 */
export function namesAfterHandling(ctx: ScanContext, out: Candidate[], linked: () => boolean): void {
  const { text } = ctx;
  eachMatchNear(HANDLING, text, ctx.cueStarts('handling'), 0, 60, (m) => {
    // "in the name of" is read from its cue "name": the words before it must be "in the".
    if (/^name/i.test(m[0]) && !/\bin the $/i.test(text.slice(Math.max(0, m.index - 7), m.index))) return;
    if (OWNERSHIP.test(m[0]) && !linked()) return;
    const start = m.index + m[0].length;
    const name = readName(text, start, false);
    if (!name || name.words < 2 || !isFirstName(text.slice(start, text.indexOf(' ', start)))) return;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.7, rule: 'person_name.after_handling' });
  });
}

/**
 * A name followed by its age or school year in brackets, as logs, appeals and school e-mails describe
 * young people and members of the public: "Callum Reid (Year 9)", "(aged 15)", "(14 yrs old)", "(15yo)".
 * The age word vouches for the name, so the first name need not be in a list. A bare "(30)" or "(30 years)"
 * is left out: long-service and quiz posts write counts that way. Not in posts about staff.
 */
const AGE_IN_BRACKETS = / ?\((?:(?:year|yr|aged?) ?\d{1,2}|y\d{1,2}|\d{1,2} ?(?:(?:yrs?|years?) old|yo|y\/o))\)/gi;

export function namesBeforeAges(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const { text } = ctx;
  if (text.indexOf('(') < 0) return;
  eachMatch(AGE_IN_BRACKETS, text, (m) => {
    const name = nameEndingAt(text, m.index, false);
    if (!name || RANK_BEFORE.test(ctx.before(name.start, 16)) || notAPersonsName(text, ctx.lower, name.start, name.end)) return;
    if (staffPost()) return;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.7, rule: 'person_name.before_age' });
  });
}

/**
 * A first name alone after case work for someone, in a post about a child or a member of the public: "pls update the
 * misper report for Jade", "the dad's waiting for an update on Callum", "referral done for Kayden". Parents, carers
 * and case workers call a child by the first name only. The post must name the family or the person's part in a case
 * (mum, dad, carer, misper, victim ...): "any update on Steve? his wife says ..." is a colleague. The name must be a
 * known first name, capitalised after the preposition (so "Jade" is a name there, not the stone), and end its phrase
 * (no surname: the two-word rules read those).
 */
const CASE_WORK_FOR = /\b(?:updates? on|(?:report|referral|file|warrant|appeal|search|paperwork|statement)s? (?:done |needed |sent )?for)\s+(?=[A-Z])/g;
const ABOUT_THE_PUBLIC = /\b(?:mum|mam|mom|dad|mother|father|parents?|nan|nana|gran|grandma|grandad|grandparents?|carers?|guardian|misper|missing|victim|witness|suspect|complainant|child|son|daughter|foster)\b/;

/** Fifteenth session (speed): the first word of every CASE_WORK_FOR alternative, so it is read only where one starts (start-gated.ts). */
export const CASE_WORK_START_CUES = { caseWorkAt: ['update', 'report', 'referral', 'file', 'warrant', 'appeal', 'search', 'paperwork', 'statement'] };
export const CASE_WORK_AT = new StartGated(CASE_WORK_FOR, 'caseWorkAt');

export function loneNamesAfterCaseWork(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const { text, lower } = ctx;
  const each = (fn: (m: RegExpExecArray) => void): void => {
    if (!ctx.prefilter) return eachMatch(CASE_WORK_FOR, text, fn);
    const starts = new PostStarts(ctx, text);
    for (let m = starts.exec(CASE_WORK_AT); m !== null; m = starts.exec(CASE_WORK_AT, m.index + m[0].length)) fn(m);
  };
  each((m) => {
    const start = m.index + m[0].length;
    const name = readName(text, start, false);
    if (!name || name.words !== 1 || !isFirstName(text.slice(start, name.end))) return;
    // The name ends its phrase: "update on Callum", "report for Jade." (not "report for Jade Hulme", nor "for Monday's").
    if (/^[A-Za-z0-9'’]/.test(text.slice(name.end, name.end + 1))) return;
    if (!ABOUT_THE_PUBLIC.test(lower) || staffPost()) return;
    out.push({ type: 'person_name', start, end: name.end, confidence: 0.55, rule: 'person_name.after_case_work' });
  });
}

/**
 * A name followed straight away by a birth date or a school year, as notes and school e-mails identify a person
 * (dev set 9 round): "marc evans 3/4/91 tested ...", "Harvey Doyle 2009-10-30 excluded today", "rhys o'connor y10, ...",
 * "pupil with autism (Oscar Lyle, Y7)". The DOB detector's own finds are read by namesBeforeIdentifiers; this reads
 * the dates it leaves (two-digit years, ISO order). A date vouches only when its year is a birth year: 1900-2019, or
 * two digits but 20-29 ("Dave Smith 3/4/25" is this decade's shift or meeting). The first word must be a known first
 * name (in lower case no everyday word); not after a rank, not in posts about staff.
 */
const DATE_OR_YEAR = /(?<![\w/.-])(?:\d{1,2}[/.]\d{1,2}[/.](\d{2}|\d{4})|(\d{4})-\d{2}-\d{2}|(?:y|yr|year) ?(?:[1-9]|1[0-3]))(?![\w/.-]*\d)/gi;

function isBirthYear(digits: string): boolean {
  const year = Number(digits);
  return digits.length === 2 ? year < 20 || year > 29 : year >= 1900 && year <= 2019;
}

export function namesBeforeBirthDatesOrYears(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const { text, lower } = ctx;
  eachMatch(DATE_OR_YEAR, text, (m) => {
    const year = m[1] ?? m[2];
    if (year !== undefined && !isBirthYear(year)) return;
    // Right after the name: a space, or a comma inside a bracket or a note ("(Oscar Lyle, Y7)", "rhys o'connor, y10").
    if (!/[A-Za-z'’],? $/.test(text.slice(Math.max(0, m.index - 3), m.index))) return;
    const name = nameEndingAt(text, m.index, true);
    if (!name || !isFirstName(text.slice(name.start, text.indexOf(' ', name.start)))) return;
    if (RANK_BEFORE.test(ctx.before(name.start, 16)) || notAPersonsName(text, lower, name.start, name.end) || staffPost()) return;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.65, rule: 'person_name.before_birth_date_or_year' });
  });
}

/** A date or a school year ("3/4/91", "2009-10-30", "y10"), which may follow a name in lower case (namesBeforeBirthDatesOrYears). */
export const DATE_OR_YEAR_HINT = /\d[/.-]\d{1,2}[/.-]\d|\by(?:r|ear)? ?\d/i;
