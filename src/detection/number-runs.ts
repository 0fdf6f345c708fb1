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
  /** Digits only, capped: runs beyond MAX_RUN_DIGITS keep only the count. */
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

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** space, -, ., (, ), non-breaking space */
const isSep = (c: number): boolean => c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 160;

export function findNumberRuns(text: string): NumberRun[] {
  const runs: NumberRun[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) {
      i++;
      continue;
    }
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
    let digitCount = 0;
    const groups: number[] = [];
    let seps = '';
    let g = 0;
    let j = i;
    let end = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        if (digitCount < MAX_RUN_DIGITS) digits += text[j];
        digitCount++;
        g++;
        j++;
        end = j;
        continue;
      }
      // Up to two separator chars are allowed between groups when a digit follows.
      if (isSep(d)) {
        let k = j + 1;
        if (k < n && isSep(text.charCodeAt(k)) && text.charCodeAt(k) !== d) k++;
        if (k < n && isDigit(text.charCodeAt(k))) {
          // "12. 5" style sentence breaks are not joins: ". " followed by digit ends the run.
          if (d === 46 && k === j + 2) break;
          groups.push(g);
          seps += text[j];
          g = 0;
          j = k;
          continue;
        }
      }
      break;
    }
    groups.push(g);
    // Short runs (times, counts, collar numbers) are no detector's business.
    if (digitCount >= MIN_RUN_DIGITS) runs.push({ start, end, digits, digitCount, groups, seps, plus });
    i = j > i ? j : i + 1;
  }
  return runs;
}
