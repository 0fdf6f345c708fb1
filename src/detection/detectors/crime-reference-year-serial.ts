import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import type { NumberRun } from '../number-runs';
import { eachMatch } from '../text-utils';
import { caseSentence } from './crime-reference-case';
import { labelledAsOtherThing } from './crime-reference-codes';

/**
 * A two-digit year, a slash and a serial of five to seven digits ("24/200451") is how forces number crimes and
 * occurrences (dev set 13 round: "IIOC case 24/200451", "24/210077 filed yet?? cps chasing"): the older rule read it only
 * after a reference word, and the next writer puts "case", a charge or nothing before it. No date, score, fraction or
 * page has the shape (a date's second group has at most two digits; a fraction's denominator is no five-digit serial
 * after a year), so the shape is enough: the year 10-39, no digit, slash or letter joined on either side (then it is part
 * of a longer code, which the context rule reads), and not a reference the sentence gives to something else (an
 * invoice, an order, a job, a ticket).
 */
// Dev set 16 round: also a force's code before them, the year last ("11/203847/23": code, serial, year), in the same pass,
// when the sentence names the case or its file before it ("VPS updated on the file for 11/203847/23"): the shape alone
// is also a figure ("the figures were 16/88231/24"), and the dev set 15 rule read it only after a crime word or "case".
// Eighth session: Niche prints the same year and serial with an asterisk ("24*118452"), which writers paste with any
// word or none before it (a subject line, a table cell, "most recent:"); a sum is told apart by its other operators.
// Nineteenth session: or a job, as control rooms call an incident ("of the three jobs the most serious is 14/52203/25"):
// only this shape (a code, a serial, a year) is read after it, which no trade's job number has.
const CASE_OR_FILE_BEFORE = /(?<!\bin )\b(?:cases?|(?:case )?files?)\b(?! of\b)[^.!?\n]*$/;
// Review of the nineteenth session: "job" is also work of any trade and HR's word ("job share ... HR form 13/10442/25",
// "odd jobs ... quote 13/55102/24"), so after a job word alone a number right after another thing's label is that thing's.
const JOB_BEFORE = /(?<!\bin )\bjobs?\b(?! of\b)[^.!?\n]*$/;
// Ninth session: the force code may carry a division's letters in capitals ("13MM/117803/24": force 13, division MM).
const YEAR_SERIAL = /(?<![\w/.*-])(?:\d{1,3}[A-Z]{0,3}\/(\d{5,7})\/(?:[1-3]\d|20[1-3]\d)|([1-3]\d)([/*])(\d{5,7}))(?![\w/*]|\.\d)/g;
/**
 * Ninth session: what is filed, logged, reported or stolen "under" a number is filed under its reference ("logged under
 * 13/55980/24", "passed to the DA team under 41/30221/23"): the preposition names the number as the case's, as a case
 * word in the sentence does; no figure or fraction is "under" a force code, serial and year.
 */
const UNDER_BEFORE = /\bunder\s*$/;
/**
 * Thirteenth session: work done for, on or about a number is done for its case ("CCTV review for 13/48217/24 done",
 * "Operator note for 40/35521/24: ...", "enquiries into 41/30221/23"): the preposition names what the work is about, as
 * "under" names what is filed. A figure is "were" or "was" ("the figures were 16/88231/24"), not reviewed "for" a code.
 */
const WORK_FOR_BEFORE = /\b(?:for|re|regarding|about|into|on)\s*:?\s*$/;
const OTHER_THING_BEFORE =
  /\b(?:invoice|order|po|purchase|job|vacancy|ticket|service ?desk|helpdesk|account|policy|claim|parcel|tracking|booking|course|pension|payroll|estates|fleet|code|stock|part|model|serial|sku|item|product|catalogue|ratio|scale|odds)\b[^.!?\n]{0,24}$/;
/**
 * "=24*118452", "(24*118452)+10", "24*118452 = ...": a product in a sum or a spreadsheet formula, not a reference
 * ("ref=24*118452" is a label: a word before the '=').
 */
const SUM_BEFORE = /(?:(?<![a-z])=|[+×^(])$|[\d)][ ]?[-x+×=][ ]?$/;
/** "IT" the department vetoes in capitals only: "it" the pronoun ("new crime for it: 24*118452") names no ticket. */
const IT_DEPARTMENT = /\bIT\b[^.!?\n]{0,24}$/;
const SUM_AFTER = /^[ ]?[=+×^)]|^[ ]?[-x][ ]?\d/;

export function yearSerialReferences(ctx: ScanContext, out: Candidate[]): void {
  eachMatch(YEAR_SERIAL, ctx.text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((c) => c.type === 'crime_reference' && c.start < end && start < c.end)) return;
    if (OTHER_THING_BEFORE.test(ctx.before(start, 40)) || IT_DEPARTMENT.test(ctx.text.slice(Math.max(0, start - 40), start))) return;
    if (m[3] === '*' && (SUM_BEFORE.test(ctx.before(start, 6)) || SUM_AFTER.test(ctx.after(end, 3)))) return;
    // A round serial ("20/10000") is a quantity or a ratio; forces' serials run on.
    if (/^[1-9]0+$/.test(m[1] ?? m[4])) return;
    // Dev set 17 round: or when its sentence is about a police case ("Victim in 41/12993/24 wants updates").
    if (m[1] !== undefined && !UNDER_BEFORE.test(ctx.before(start, 12)) && !WORK_FOR_BEFORE.test(ctx.before(start, 12)) && !CASE_OR_FILE_BEFORE.test(ctx.before(start, 90)) && !(JOB_BEFORE.test(ctx.before(start, 90)) && !labelledAsOtherThing(ctx.before(start, 30))) && !caseSentence(ctx, start, end)) return;
    out.push({ type: 'crime_reference', start, end, confidence: 0.7, rule: 'crime_reference.year_serial' });
  });
}

/**
 * Ninth session: the same year and serial with a dash ("24-118739 - bike taken from the train"), as systems print it and
 * writers head a post with it; the number runs of the pre-pass (number-runs.ts) hold the shape, so no regex reads the
 * post: a run of exactly two groups, two digits (a year 10-39), a dash and five to seven digits, joined to nothing on
 * either side. A range is the other reading of a number, a dash and a number ("20-25000 people", "£10-12500"): its end is
 * round and it follows a currency sign or a word of range or amount; neither is a serial's.
 */
const RANGE_BEFORE = /(?:\b(?:between|from|approx\w*|around|about|roughly|circa|nearly|almost|aged?|ages|est\w*)|[~£$€#+])\s*$/;
const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function dashedRunSpan(ctx: ScanContext, r: NumberRun): [number, number] | undefined {
  if (r.groups.length !== 2 || r.seps !== '-' || r.groups[0] !== 2 || r.groups[1] < 5 || r.groups[1] > 7) return undefined;
  const { text } = ctx;
  const start = text.charCodeAt(r.start) === 40 ? r.start + 1 : r.start; // a run may open at its '('
  const year = Number(r.digits.slice(0, 2));
  if (year < 10 || year > 39) return undefined;
  const b = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (isWord(b) || b === 47 || b === 46 || b === 42 || b === 45 || b === 8211) return undefined;
  const a = r.end < text.length ? text.charCodeAt(r.end) : 32;
  if (isWord(a) || a === 47 || a === 42 || a === 45 || (a === 46 && /\d/.test(text.charAt(r.end + 1)))) return undefined;
  return [start, r.end];
}

/** Whether the post has a dashed year and serial at all (the detector's prefilter asks it). */
export function hasDashedYearSerial(ctx: ScanContext): boolean {
  return ctx.runs.some((r) => dashedRunSpan(ctx, r) !== undefined);
}

export function dashedYearSerialReferences(ctx: ScanContext, out: Candidate[]): void {
  // References the other rules found, in order: runs come left to right, so one pointer walks them (no rescan per run).
  let found: Candidate[] | undefined;
  let k = 0;
  for (const r of ctx.runs) {
    const span = dashedRunSpan(ctx, r);
    if (!span) continue;
    const [start, end] = span;
    if (Number(r.digits.slice(2)) % 100 === 0 || RANGE_BEFORE.test(ctx.before(start, 16))) continue;
    if (OTHER_THING_BEFORE.test(ctx.before(start, 40)) || IT_DEPARTMENT.test(ctx.text.slice(Math.max(0, start - 40), start))) continue;
    found ??= out.filter((c) => c.type === 'crime_reference').sort((a, b) => a.end - b.end);
    while (k < found.length && found[k].end <= start) k++;
    if (k < found.length && found[k].start < end) continue;
    out.push({ type: 'crime_reference', start, end, confidence: 0.7, rule: 'crime_reference.year_serial' });
  }
}
