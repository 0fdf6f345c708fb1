import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import type { NumberRun } from '../number-runs';
import { ACCOUNT_CONTEXT, NEGATIVE_REF, SORT_CONTEXT } from './number-context';

/**
 * Passport numbers read from the shared number runs (number-ids.ts calls this for every bounded run): nine digits with
 * the passport named near (the UK form), eight digits in the passport word's sentence (other countries), and eight to
 * ten digits in groups right after the passport's name. Letter-led series are pattern-ids.ts's.
 */
export function passportFromRun(ctx: ScanContext, run: NumberRun, out: Candidate[]): void {
  const g = run.groups;
  if (run.digitCount === 8 && g.length === 1) passportOfEightDigits(ctx, run, out);
  if (run.digitCount >= 8 && run.digitCount <= 10 && g.length > 1 && ctx.has('passport')) groupedPassport(ctx, run, out);
  if (run.digitCount === 9 && g.length === 1 && (PASSPORT_CONTEXT.test(ctx.before(run.start, 80)) || PASSPORT_CONTEXT.test(ctx.fieldBefore(run.start)) || passNoLabel(ctx, run.start) || PP_LABEL.test(ctx.before(run.start, 12)) || PASSPORT_NAMED_AFTER.test(ctx.after(run.end, 24)))) {
    out.push({ type: 'passport', start: run.start, end: run.end, confidence: 0.9, rule: 'passport.uk_context' });
  }
}

// Ninth session: the plural too ("passports recovered: ..."), which `\bpassport\b` missed.
// Thirteenth session: and the word as staff shorten it on forms and in notes ("p/port", "P/ports seized", "pport").
/**
 * Fifteenth session: the word in the languages of the documents staff copy from ("German Reisepass number ...",
 * "paszport nr ..."): German, French, Spanish, Polish, Italian, Dutch, Romanian and Turkish.
 */
// Twentieth session: a "travel document" (ICAO 9303's name for a passport and the papers that stand for one: a refugee's,
// a stateless person's travel document), also cut short ("travel doc was ZP1184520").
export const PASSPORT_WORD = '(?:passports?|travel doc(?:ument)?s?|reisepass|passeport|pasaporte|paszport|passaporto|paspoort|pasaport)';
const PASSPORT_CONTEXT = new RegExp(`\\b(?:${PASSPORT_WORD}|p\\/ports?|pports?)\\b`);
/**
 * "pass no:209836451": the short form of "passport number" as a field's label, opening the post, a line or a field
 * (after punctuation); "bus pass no", "staff pass number" name other passes.
 */
const PASS_NO_LABEL = /[\n,;|(\-–•]\s*pass ?(?:no|num|number|#)\.?[\s:#.-]*$/;
/**
 * Fourteenth session: the word right after the number, bracketed or after a dash ("530918226 (passport)", "- UK passport",
 * "PB4817263 (passport)": pattern-ids.ts reads it too).
 */
// Fifteenth session: or the sentence names it after "is"/"was" ("EC5523079 is the passport number", "was her Polish passport").
export const PASSPORT_NAMED_AFTER = /^ ?(?:[([\-–] ?|(?:is|was) (?:the |his |her |their |my |a )?(?:[a-z]+ )?)?(?:uk |british |irish )?passport\b/;
/**
 * Fourteenth session: "pp" is how staff shorten passport on forms and in notes ("UK pp 533401872", "pp no: ..."), read
 * only right before nine digits, the UK passport's own form: "pp" for pages or per procurationem is not written so.
 */
const PP_LABEL = /\bpp(?: ?(?:no|num|number|#))?\.?[\s:#.-]*$/;

/**
 * Ninth session: many countries number passports with eight digits (Lithuania, Romania, ...), which writers give with
 * the nationality or a verb between ("Passport says Lithuanian - 28321474"). Eight digits in the passport word's
 * sentence, within 60 characters, count: not a date run together (DDMMYYYY), not a number another label names right
 * before (account, reference, phone ...).
 */
const PASSPORT_IN_SENTENCE = new RegExp(`\\b${PASSPORT_WORD}\\b[^.!?\\n]{0,60}$`);
const DDMMYYYY = /^(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}$/;
function passportOfEightDigits(ctx: ScanContext, run: NumberRun, out: Candidate[]): void {
  if (!ctx.has('passport') && ctx.prefilter) return;
  const before = ctx.before(run.start, 70);
  if (!PASSPORT_IN_SENTENCE.test(before) || DDMMYYYY.test(run.digits)) return;
  if (NEGATIVE_REF.test(ctx.before(run.start, 25)) || ACCOUNT_CONTEXT.test(ctx.before(run.start, 25)) || SORT_CONTEXT.test(ctx.before(run.start, 25))) return;
  out.push({ type: 'passport', start: run.start, end: run.end, confidence: 0.75, rule: 'passport.eight_digits' });
}

/**
 * Nineteenth session: right after the passport's name ("passport 533 401 872", "passport no: 5334 01872", "Russian
 * passport 72 1234567"), eight to ten digits typed in groups of two or more are its number, as a form or a foreign
 * passport groups them; not a date's shape (day, month, year), and only with the name right before, so "passport
 * office 0300 ..." and "passport expires 12 03 2026" stay unread.
 */
const PASSPORT_NAMED_RIGHT_BEFORE = new RegExp(`\\b(?:${PASSPORT_WORD}|p\\/ports?|pports?)(?: (?:no|num|number|#|nbr|nr))?\\.?(?: (?:is|was))?[\\s:#.-]*$`);
const DATE_GROUPS = /^(?:0?[1-9]|[12]\d|3[01])[ .-](?:0?[1-9]|1[0-2])[ .-](?:19|20)?\d{2}$/;
/**
 * Review of the nineteenth session: after "passport" as a heading, grouped figures are often hours ("passport 0800 1600"),
 * years ("passport 2024 2025 figures") or amounts with their unit ("passport 120 150 180 day rules"): every group a clock
 * time or every group a year, or a unit right after, is not a number printed in groups.
 */
const QUANTITY_AFTER = /^ ?(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|mins?|minutes?|percent|%|applications?|pages?)\b/;
function timesOrYears(run: NumberRun): boolean {
  if (!run.groups.every((n) => n === 4)) return false;
  const groups = run.groups.map((_, i) => run.digits.slice(i * 4, i * 4 + 4));
  return groups.every((g) => /^(?:[01]\d|2[0-3])[0-5]\d$/.test(g)) || groups.every((g) => /^(?:19|20)\d{2}$/.test(g));
}
function groupedPassport(ctx: ScanContext, run: NumberRun, out: Candidate[]): void {
  if (run.groups.some((n) => n < 2) || run.plus || !PASSPORT_NAMED_RIGHT_BEFORE.test(ctx.fieldBefore(run.start, 30))) return;
  if (DATE_GROUPS.test(ctx.text.slice(run.start, run.end))) return;
  if (timesOrYears(run) || QUANTITY_AFTER.test(ctx.after(run.end, 12))) return;
  out.push({ type: 'passport', start: run.start, end: run.end, confidence: 0.85, rule: 'passport.grouped_digits' });
}

/** The post's own start opens a field; a window cut from the middle of the post does not. */
function passNoLabel(ctx: ScanContext, start: number): boolean {
  return PASS_NO_LABEL.test((start <= 24 ? '\n' : '') + ctx.before(start, 24));
}
