import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear } from '../text-utils';
import { isFirstName, readName } from './name-tokens';
import { detectDatesAfterNames, SPAN_AFTER } from './date-after-name';

/**
 * Dates of birth: a date with a year, next to birth context (DOB, born, date of
 * birth). Meeting dates and deadlines have no such context and are left alone.
 */
const CONTEXT_BEFORE = /(?:\bdob|\bd\.o\.b\.?|\bdate of birth|\bborn(?: on)?|\bbirth ?date|\bdate-of-birth|\bb\.)[\s:;,\-–()]*(?:is|was|on|of|as|=)?[\s:]*$/;
// Fourteenth session (core27): or the sentence names it after "is"/"was" ("03.03.87 is the dob on the custody record").
// Eighteenth session: or the date is given "as" the birth date ("gave 4/7/99 as his DOB", "provided 11/9/97 as her date of birth").
const CONTEXT_AFTER = /^[\s,]*(?:\(|(?:is|was|as) (?:the |his |her |their |my |your |a )?)?(?:dob|d\.o\.b|date of birth|born)\b/;
/**
 * "As the DOB" only after a giving verb ("he gave 4/7/99 as his DOB"): "Use 01/01/1900 as the DOB placeholder" is a
 * system's default, no one's birth (fix18 review).
 */
const GIVING_VERB_BEFORE = /\b(?:gave|gives|given|giving|give|offered|offers|provided|provides|stated|states|quoted|claimed|claims)\s+(?:\S+\s+){0,2}$/;
function contextAfter(after: string, before: string): boolean {
  const m = CONTEXT_AFTER.exec(after);
  return m !== null && (!/^[\s,]*as\b/.test(m[0]) || GIVING_VERB_BEFORE.test(before));
}
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMERIC = /\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})\b/g;
// Fourteenth session (core27): year first with dots or slashes too, the same separator twice ("dob 1999.02.11").
const ISO = /\b(\d{4})([-./])(\d{2})\2(\d{2})\b/g;
// Fourteenth session (core27): or with hyphens or slashes, as systems print it ("23-Nov-1984", "05/Mar/91").
const TEXT_DMY = new RegExp(`\\b(\\d{1,2})(?:(?:st|nd|rd|th)?(?: of)? (${MONTHS})\\.?,? (\\d{4}|'?\\d{2})|([-/])(${MONTHS})\\4(\\d{4}|\\d{2}))\\b`, 'gi');
/**
 * Fifteenth session: the day as an ordinal word ("date of birth twelfth of June 1990", "born on the twenty-first of March
 * 1984"), as people write a date out in full; the year in digits (a spoken year is read by the spoken-number view).
 */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ...ORDINAL_WORDS.map((w, i) => [w, i + 1] as const),
  ['twentieth', 20], ['thirtieth', 30],
  ...ORDINAL_WORDS.slice(0, 9).flatMap((w, i) => [[`twenty ${w}`, 21 + i], [`twenty-${w}`, 21 + i]] as const),
  ['thirty first', 31], ['thirty-first', 31],
]);
const ORDINAL_DMY = new RegExp(`\\b(${[...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).join('|')})(?: of)? (${MONTHS})\\.?,? (\\d{4})\\b`, 'g');
const TEXT_MDY = new RegExp(`\\b(${MONTHS})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi');

/**
 * "Tyler Hammersley (30.01.2003)": a date in brackets right after a person's name is how police write a DOB.
 */
const AFTER_NAME = /\b([A-Z][a-z]+) (?=((?:[A-Z][a-z'’-]+ |[A-Z]+ ){1,2})\(((\d{1,2})[/.\-](\d{1,2})[/.\-](?:\d{4}|\d{2}))\))/g;
/**
 * "Kayden Wright 04/05/2005": a full date (slashes or dots) right after two capitalised words, in a
 * year at least four years past (the dates of events people post about are recent), reads as the person's DOB.
 */
const NAME_THEN_DATE = /\b[A-Z][a-z'’-]+ (?:[A-Z][a-z'’-]+|[A-Z]{2,}) [-–,(]?\s?(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})\b/g;
/** "dob22 7 98", "dob: 22 7 98": right after a birth word, a date may be typed with spaces, even against the word. */
const SPACED_AFTER_CUE = /(?:dob|d\.o\.b\.?|date of birth|born)[\s:;,.\-]*(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})\b/g;
/**
 * "dob 120388", "DOB:12031988": right after the birth word, a date may be typed as one run of digits (DDMMYY,
 * DDMMYYYY), or with its separators against the word ("DOB03/04/1990").
 */
// Fifteenth session: or after "is", "was" or "given as" ("date of birth given as 07111964").
const RUN_AFTER_CUE = /(?:dob|d\.o\.b\.?|date of birth|born)[\s:;,.\-]*(?:(?:is|was|(?:given|recorded|stated|shown|listed) as)[\s:]+)?(\d{2})(\d{2})(\d{2}|(?:19|20)\d{2})(?![\d/.\-])/g;
const GLUED_AFTER_CUE = /(?:dob|d\.o\.b\.?|born)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])/g;
const GLUED_ISO_AFTER_CUE = /(?:dob|d\.o\.b\.?|born)((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\d/-])/g;

export function detectDatesOfBirth(ctx: ScanContext, out: Candidate[]): void {
  if (!ctx.hasDigit) return;
  if (ctx.hasUpper && ctx.text.includes('(')) {
    eachMatch(AFTER_NAME, ctx.text, (m) => {
      if (!isFirstName(m[1])) return;
      const day = Number(m[4]);
      const month = Number(m[5]);
      if (day < 1 || day > 31 || month < 1 || month > 12) return;
      // Only the first word is consumed (the rest is a lookahead), so "Victim Sarah Nolan (...)" is retried at "Sarah".
      const start = m.index + m[0].length + m[2].length + 1;
      out.push({ type: 'date_of_birth', start, end: start + m[3].length, confidence: 0.8, rule: 'date_of_birth.after_name' });
    });
  }
  // NAME_THEN_DATE's date needs a '/' or '.' right after a digit, which the pre-pass counted: most posts skip the regex.
  if (ctx.hasUpper && (!ctx.prefilter || ctx.digitSlashes > 0 || ctx.digitDots > 0)) {
    const year = new Date().getUTCFullYear();
    eachMatch(NAME_THEN_DATE, ctx.text, (m) => {
      const day = Number(m[1]);
      const month = Number(m[3]);
      if (day < 1 || day > 31 || month < 1 || month > 12 || Number(m[4]) > year - 4 || Number(m[4]) < year - 110) return;
      // The two words must read as a person's name ("Crown Court 12/03/2019" does not).
      const name = readName(ctx.text, m.index, false);
      if (!name || name.words < 2) return;
      // "Amy Shore 03/05/2001 to 2026": the start of a span (service, a tenancy), not a birth.
      if (SPAN_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return;
      const start = m.index + m[0].length - (m[1].length + m[3].length + m[4].length + 2);
      out.push({ type: 'date_of_birth', start, end: m.index + m[0].length, confidence: 0.7, rule: 'date_of_birth.after_name' });
    });
  }
  detectDatesAfterNames(ctx, out);
  if (!ctx.has('birth')) return;
  const cues = ctx.cueStarts('birth');
  const { text } = ctx;
  // Fifteenth session: eight characters back, so "date of birth" (whose cue is "birth") opens its match too.
  eachMatchNear(SPACED_AFTER_CUE, ctx.lower, cues, 8, 40, (m) => {
    const start = m.index + m[0].length - (m[1].length + m[2].length + m[3].length + 2);
    check(ctx, out, start, m.index + m[0].length, Number(m[1]), Number(m[2]), true);
  });
  eachMatchNear(RUN_AFTER_CUE, ctx.lower, cues, 8, 40, (m) => {
    const start = m.index + m[0].length - (m[1].length + m[2].length + m[3].length);
    check(ctx, out, start, m.index + m[0].length, Number(m[1]), Number(m[2]), true);
  });
  eachMatchNear(GLUED_AFTER_CUE, ctx.lower, cues, 0, 20, (m) => {
    const start = m.index + m[0].length - (m[1].length + m[3].length + m[4].length + 2);
    check(ctx, out, start, m.index + m[0].length, Number(m[1]), Number(m[3]), true);
  });
  // Eleventh session: the same for a date written year first, as systems print it ("dob2007-02-11").
  eachMatchNear(GLUED_ISO_AFTER_CUE, ctx.lower, cues, 0, 20, (m) => {
    check(ctx, out, m.index + m[0].length - 10, m.index + m[0].length, Number(m[3]), Number(m[2]), true);
  });
  eachMatchNear(NUMERIC, text, cues, 25, 50, (m) => check(ctx, out, m.index, m.index + m[0].length, Number(m[1]), Number(m[2])));
  eachMatchNear(ISO, text, cues, 25, 50, (m) => check(ctx, out, m.index, m.index + m[0].length, Number(m[4]), Number(m[3])));
  // Dev set 16 round: a date with the month in words and a four-digit year is a full date too, read later in the birth
  // word's sentence like the numeric ones ("DOB for the victim on the system is 7th August 2001"), in the same pass; not a
  // date after "on" (not "born on"): when something happened ("DOB corrected on 7 August 2026").
  const textDate = (start: number, end: number, day: number, year: number): void => {
    if (!check(ctx, out, start, end, day, 1) && day <= 31 && !EVENT_ON_BEFORE.test(ctx.before(start, 12))) sameSentence(start, end, year);
  };
  eachMatchNear(TEXT_DMY, text, cues, 25, TOPIC_REACH, (m) => {
    const year = m[3] ?? m[6];
    if (year.length === 4) textDate(m.index, m.index + m[0].length, Number(m[1]), Number(year));
    else check(ctx, out, m.index, m.index + m[0].length, Number(m[1]), 1);
  });
  eachMatchNear(TEXT_MDY, text, cues, 25, TOPIC_REACH, (m) => textDate(m.index, m.index + m[0].length, Number(m[2]), Number(m[3])));
  // Only where a month is named (the month cue family, a native pre-pass search).
  if (ctx.has('month')) eachMatchNear(ORDINAL_DMY, ctx.lower, cues, 25, TOPIC_REACH, (m) => textDate(m.index, m.index + m[0].length, ORDINAL_DAYS.get(m[1]) ?? 0, Number(m[3])));
  // "DOB for the misper from earlier is 21.07.1961", "DOB mismatch - DP says 4/9/1990": a full date
  // later in the same sentence as the birth word.
  eachMatchNear(NUMERIC_FULL_YEAR, text, cues, 0, TOPIC_REACH, (m) => {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return;
    sameSentence(m.index, m.index + m[0].length, Number(m[0].slice(-4)));
  });
  // Dev set 13 round: the same for a two-digit year ("dob for the shoplifter is 12/05/96"): people type a birth date's
  // year short as often as long, and the birth word earlier in the sentence says what the date is.
  eachMatchNear(NUMERIC_SHORT_YEAR, text, cues, 0, TOPIC_REACH, (m) => {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return;
    // "checks done on 12/05/24": a date after "on" (not "born on") is when something happened.
    if (EVENT_ON_BEFORE.test(ctx.before(m.index, 12))) return;
    sameSentence(m.index, m.index + m[0].length);
  });
  // The same for a date written year first, as systems print it ("dob for the grandad is 1941-05-30").
  eachMatchNear(ISO, text, cues, 0, TOPIC_REACH, (m) => {
    const day = Number(m[4]);
    const month = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) return;
    sameSentence(m.index, m.index + m[0].length, Number(m[1]));
  });

  /**
   * Ninth session: `year` (a four-digit year) lets the date be given in the sentence after the birth word's, as its value
   * ("the DOB we had was wrong. Correct is 5 May 1978", "DOB on niche is out. It should be 03/04/1969"): right after "is",
   * "be", "now" or a colon, with no further sentence between, and ten to 110 years back (a birth, not an event).
   */
  function sameSentence(start: number, end: number, year?: number): void {
    const cue = lastCueBefore(cues, start);
    if (cue < 0 || start - cue > TOPIC_REACH) return;
    const between = text.slice(cue + 4, start);
    const ends = SENTENCE_END.exec(between);
    if (ends) {
      const now = new Date().getUTCFullYear();
      if (year === undefined || year > now - 10 || year < now - 110 || SENTENCE_END.test(between.slice(ends.index + 1)) || !GIVEN_BEFORE.test(ctx.before(start, 12))) return;
      out.push({ type: 'date_of_birth', start, end, confidence: 0.7, rule: 'date_of_birth.next_sentence' });
      return;
    }
    out.push({ type: 'date_of_birth', start, end, confidence: 0.75, rule: 'date_of_birth.same_sentence' });
  }
}

const NUMERIC_FULL_YEAR = /\b(\d{1,2})[/.\-](\d{1,2})[/.\-](?:19|20)\d{2}\b/g;
const NUMERIC_SHORT_YEAR = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]\d{2}(?![\d/.])/g;
const EVENT_ON_BEFORE = /(?<!born )\b(?:on|since|from|until|till|by)\s+(?:the\s+)?$/;
const TOPIC_REACH = 100;
/** The date given as the value of what the sentence names ("Correct is ...", "it should be ...", "now: ..."). */
const GIVEN_BEFORE = /(?:\b(?:is|be|now)|:)\s*$/;
const SENTENCE_END = /[.!?\n](?:\s|$)/;

/** Cue offsets are in text order: a binary search keeps a post of many dates and cues linear (a scan per date was quadratic). */
function lastCueBefore(cues: readonly number[], at: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? cues[lo - 1] : -1;
}

/** Pushes the date when the birth word is right before or after it; true when it did. */
function check(ctx: ScanContext, out: Candidate[], start: number, end: number, day: number, month: number, cueRead = false): boolean {
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const ok = cueRead || CONTEXT_BEFORE.test(ctx.before(start, 30)) || contextAfter(ctx.after(end, 30), ctx.before(start, 30));
  if (!ok) return false;
  out.push({ type: 'date_of_birth', start, end, confidence: 0.92, rule: 'date_of_birth.context' });
  return true;
}

/** The date of birth detector: its types, cue words and entry point (collected by registry.ts). */
export const dateOfBirthDetector = defineDetector({
  id: 'date_of_birth',
  types: {
    date_of_birth: { label: 'a date of birth', severity: 'high', topic: 'personal_information', mask: [2, 2] },
  },
  cues: {
    birth: [
      'dob', 'born', 'birth', 'b',
    ],
    // Month names open a date in words after a name ("Liam Doherty 12 Sept 1988"; date-after-name.ts).
    month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  },
  // The after-name rules need a bracket, a '/' or '.' after a digit, a dash or a month name; every other rule a birth cue.
  needs: (c) => c.hasDigit && (c.has('birth') || c.has('month') || c.digitSlashes > 0 || c.digitDots > 0 || c.text.indexOf('(') >= 0 || c.text.indexOf('-') >= 0),
  run: detectDatesOfBirth,
});
