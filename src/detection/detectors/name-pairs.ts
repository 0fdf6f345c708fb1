/**
 * Word pairs for the any-case name rules (name-any-case.ts), found by one loop over char codes instead of a
 * regex run per pair. Each function yields exactly the pairs its regex (quoted above it) yields with a global
 * exec loop, in the same order; test/detection/name-pairs.test.ts compares them on random text. Why: a regex
 * exec per word pair was about 24 of a typical post's 88 regex runs (30 Nov, dev set 10 round).
 */
import { isRegexSpace } from '../text-utils';

export type PairFn = (start: number, firstEnd: number, secondEnd: number) => void;

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;
const SPACE = 32;
const MAX_WORD = 25;

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** Character classes by char code, one table read per character (a predicate passed to a shared loop was not inlined). */
const LOWER = 1;
const UPPER = 2;
const JOINER = 4;
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
CLASS[APOSTROPHE] = JOINER;
CLASS[HYPHEN] = JOINER;

function classOf(c: number): number {
  return c < 128 ? CLASS[c] : c === CURLY_APOSTROPHE ? JOINER : 0;
}
/** [a-z'’-] */
const inLowerWord = (c: number): boolean => (classOf(c) & (LOWER | JOINER)) !== 0;
/** [A-Za-z'’-] */
const inAnyWord = (c: number): boolean => classOf(c) !== 0;

/** The end of the run of [a-z'’-] from `from`. */
function lowerRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && (classOf(text.charCodeAt(i)) & (LOWER | JOINER)) !== 0) i++;
  return i;
}
/** The end of the run of [A-Z'’-] from `from`. */
function upperRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && (classOf(text.charCodeAt(i)) & (UPPER | JOINER)) !== 0) i++;
  return i;
}
/** The end of the run of [A-Za-z'’-] from `from`. */
function anyRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && classOf(text.charCodeAt(i)) !== 0) i++;
  return i;
}

/**
 * `/(?:^|[^a-z'’-])([a-z][a-z'’-]{1,24})(?= ([a-z][a-z'’-]{1,24})(?![a-z'’-]))/g`: two lower-case words of 2-25
 * characters, one space apart, each a whole run of [a-z'’-] opening with a letter (an upper-case letter bounds a run).
 */
export function eachLowerCasePair(text: string, fn: PairFn): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !inLowerWord(text.charCodeAt(i))) i++;
    if (i >= n) return;
    const start = i;
    const end = lowerRunEnd(text, i);
    i = end;
    const len = end - start;
    if (!isLowerAscii(text.charCodeAt(start)) || len < 2 || len > MAX_WORD || text.charCodeAt(end) !== SPACE) continue;
    if (!isLowerAscii(text.charCodeAt(end + 1))) continue;
    const secondEnd = lowerRunEnd(text, end + 1);
    const len2 = secondEnd - end - 1;
    if (len2 < 2 || len2 > MAX_WORD) continue;
    fn(start, end, secondEnd);
  }
}

/** `[\s,:(–-]`: what may follow the second word of a pair before an identifier's word. */
export function isPairEnd(c: number): boolean {
  return c === 44 || c === 58 || c === 40 || c === 0x2013 || c === HYPHEN || isRegexSpace(c);
}

/**
 * `/(?:^|[^A-Za-z'’-])([A-Za-z][A-Za-z'’-]{1,24}) ([A-Za-z][A-Za-z'’-]{1,24})(?=[\s,:(–-])/g`, each search resumed
 * at the space between the words (so the second word may open the next pair). The second word is the longest
 * run of [A-Za-z'’-] (2-25 characters) after which `[\s,:(–-]` follows: it may stop at a hyphen inside a run.
 */
export function eachPairBeforeSeparator(text: string, fn: PairFn): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !inAnyWord(text.charCodeAt(i))) i++;
    if (i >= n) return;
    const start = i;
    const end = anyRunEnd(text, i);
    i = end;
    const c0 = text.charCodeAt(start);
    const len = end - start;
    if (!(isLowerAscii(c0) || isUpperAscii(c0)) || len < 2 || len > MAX_WORD || text.charCodeAt(end) !== SPACE) continue;
    const c1 = text.charCodeAt(end + 1);
    if (!(isLowerAscii(c1) || isUpperAscii(c1))) continue;
    const runTo = anyRunEnd(text, end + 1);
    // Greedy, then back off to a position the lookahead accepts (after the run, or a hyphen inside it).
    for (let k = Math.min(runTo, end + 1 + MAX_WORD); k >= end + 3; k--) {
      const c = text.charCodeAt(k);
      if (k < runTo ? c === HYPHEN : k < n && isPairEnd(c)) {
        fn(start, end, k);
        break;
      }
    }
  }
}

/**
 * `/(?:^|[^A-Za-z'’-])([A-Z][A-Z'’-]{1,24}) ([A-Z][A-Z'’-]{1,24})(?![A-Za-z'’-])/g`, each search resumed at the
 * space between the words: two words in capitals of 2-25 characters, one space apart, the second not run on into letters.
 */
export function eachCapitalsPair(text: string, fn: PairFn): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !inAnyWord(text.charCodeAt(i))) i++;
    if (i >= n) return;
    const start = i;
    i = anyRunEnd(text, i);
    if (!isUpperAscii(text.charCodeAt(start))) continue;
    const end = upperRunEnd(text, start);
    const len = end - start;
    if (len < 2 || len > MAX_WORD || end !== i || text.charCodeAt(end) !== SPACE) continue;
    if (!isUpperAscii(text.charCodeAt(end + 1))) continue;
    const secondEnd = upperRunEnd(text, end + 1);
    const len2 = secondEnd - end - 1;
    if (len2 < 2 || len2 > MAX_WORD || (secondEnd < n && inAnyWord(text.charCodeAt(secondEnd)))) continue;
    fn(start, end, secondEnd);
  }
}
