import { isAsciiDigit as isDigit } from './text-utils';
/**
 * Groups of digits joined by single separators ("07700 900215", "40-47-84",
 * "+44 (0)7700 900 215"), found in one linear pass. Phone, NHS, card and bank
 * detectors share these instead of each running its own digit regex, and a run
 * longer than any identifier (a 1 MB wall of digits) is rejected by its length
 * alone, never handed to a parser.
 */
export interface NumberRun {
  start: number;
  end: number;
  /** Digits only, capped at MAX_RUN_DIGITS (the count is exact). */
  digits: string;
  digitCount: number;
  /** Lengths of the digit groups, e.g. [5, 6] for "07700 900215". */
  groups: number[];
  /** Separators used between groups (first char of each). */
  seps: string;
  plus: boolean;
}

export const MAX_RUN_DIGITS = 24;
/** The shortest identifier read from runs is a six-digit sort code. */
export const MIN_RUN_DIGITS = 6;

/** space, -, ., (, ), non-breaking space */
const isSep = (c: number): boolean => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 160;

/**
 * Index just past the separator(s) at j when they join two digit groups, else -1.
 * Up to two different separator chars are allowed ("7700 (0)", ") 9"); ". " ends a sentence.
 */
function joinAt(text: string, j: number): number {
  const d = text.charCodeAt(j);
  if (!isSep(d)) return -1;
  let k = j + 1;
  if (k < text.length && isSep(text.charCodeAt(k)) && text.charCodeAt(k) !== d) k++;
  if (k >= text.length || !isDigit(text.charCodeAt(k))) return -1;
  if (d === 46 && k === j + 2) return -1;
  return k;
}

const NEXT_DIGIT = /\d/g;

/** `starts` (optional) are the offsets where digit groups begin, when the caller already knows them. */
export function findNumberRuns(text: string, starts?: readonly number[]): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  let s = 0;
  while (i < n) {
    if (starts) {
      while (s < starts.length && starts[s] < i) s++;
      if (s >= starts.length) break;
      i = starts[s];
    } else {
      // The regex engine finds the next digit faster than a JS loop over letters.
      NEXT_DIGIT.lastIndex = i;
      const m = NEXT_DIGIT.exec(text);
      if (!m) break;
      i = m.index;
    }
    // First pass: extent and digit count only, so the many short runs cost no allocation.
    let j = i;
    let digitCount = 0;
    for (;;) {
      while (j < n && isDigit(text.charCodeAt(j))) {
        j++;
        digitCount++;
      }
      const k = j < n ? joinAt(text, j) : -1;
      if (k < 0) break;
      j = k;
    }
    if (digitCount >= MIN_RUN_DIGITS) runs.push(describe(text, i, j, digitCount));
    i = j;
  }
  return runs;
}

function describe(text: string, i: number, end: number, digitCount: number): NumberRun {
  let start = i;
  let plus = false;
  if (start > 0) {
    const p = text.charCodeAt(start - 1);
    if (p === 43) {
      plus = true;
      start--;
    } else if (p === 40) {
      start--;
    }
  }
  let digits = '';
  const groups: number[] = [];
  let seps = '';
  let g = 0;
  // Over-long runs are rejected by count; only their head is described.
  const stop = digitCount > MAX_RUN_DIGITS ? Math.min(end, i + MAX_RUN_DIGITS * 3) : end;
  for (let j = i; j < stop; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      if (digits.length < MAX_RUN_DIGITS) digits += text[j];
      g++;
    } else if (g > 0) {
      groups.push(g);
      seps += text[j];
      g = 0;
    }
  }
  groups.push(g);
  return { start, end, digits, digitCount, groups, seps, plus };
}
