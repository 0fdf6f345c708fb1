/**
 * Word pairs for the any-case name rules (name-any-case.ts), read off the post's word list (words.ts: one pass over
 * the characters, shared by all three rules) instead of a regex run per pair or a char loop per rule. Each function
 * yields exactly the pairs its regex (quoted above it) yields with a global exec loop, in the same order;
 * test/detection/name-pairs.test.ts compares them on random text. Why: a regex exec per word pair was about 24 of a
 * typical post's 88 regex runs (30 Nov, dev set 10 round), and then one char loop per rule about 7% of a scan.
 */
import { isRegexSpace } from '../text-utils';
import { END, FIELDS, FIRST_LOWER, FIRST_UPPER, START, TAIL, readWords, type Words } from '../words';

export type PairFn = (start: number, firstEnd: number, secondEnd: number) => void;

const HYPHEN = 45;
const SPACE = 32;
const MAX_WORD = 25;

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetter = (c: number): boolean => isLowerAscii(c) || isUpperAscii(c);

/**
 * `/(?:^|[^a-z'’-])([a-z][a-z'’-]{1,24})(?= ([a-z][a-z'’-]{1,24})(?![a-z'’-]))/g`: two lower-case words of 2-25
 * characters, one space apart, each a whole run of [a-z'’-] opening with a letter (an upper-case letter bounds a run).
 * Only a word's trailing run of [a-z'’-] can be followed by the space, and the second is the next word's leading run.
 */
export function eachLowerCasePair(text: string, fn: PairFn, words: Words = readWords(text), narrow?: PairNarrowing): void {
  const { count, data } = words;
  const minFirst = narrow ? narrow.minFirst : 2;
  const minSecond = narrow ? narrow.minSecond : 2;
  for (let w = 0, at = 0; w + 1 < count; w++, at += FIELDS) {
    const start = data[at + TAIL];
    const end = data[at + END];
    const len = end - start;
    if (len < minFirst || len > MAX_WORD || !isLowerAscii(text.charCodeAt(start)) || text.charCodeAt(end) !== SPACE) continue;
    if (data[at + FIELDS + START] !== end + 1 || !isLowerAscii(text.charCodeAt(end + 1))) continue;
    const secondEnd = data[at + FIELDS + FIRST_UPPER];
    const len2 = secondEnd - end - 1;
    if (len2 < minSecond || len2 > MAX_WORD) continue;
    if (narrow && !narrow.first(narrow.lower, start, end)) continue;
    fn(start, end, secondEnd);
  }
}

/**
 * A lower-case pair's last three characters of the first word, a space and the first four of the second: every pair
 * eachLowerCasePair yields with first words of 3+ and second words of 4+ characters holds this (the first word's tail
 * is [a-z'’-] up to the space; the second opens with a-z and runs [a-z'’-] to its first capital).
 */
const LOWER_CASE_PAIR_3_4 = /[a-z'’-]{3} [a-z][a-z'’-]{3}/;

/**
 * False when `text` holds no lower-case pair of 3+ and 4+ characters, so a rule asking for one need not read the
 * post's words. Why: a post that is nothing but short words and punctuation ("a@b.co a@b.co ...", 450,000 words a MB)
 * cost more in reading its words than in the rest of its scan; prose matches within its first words.
 */
export function mayHoldLowerCasePair(text: string): boolean {
  return LOWER_CASE_PAIR_3_4.test(text);
}

/**
 * What a rule asks of a pair before it is called (the rule would return at once otherwise): per-pair calls into the
 * rule were most of the lower-case pairs' cost, as nearly every two words of prose are such a pair.
 */
export interface PairNarrowing {
  /** Fewest characters of the first word, and of the second (2 and 2 without narrowing). */
  minFirst: number;
  minSecond: number;
  /** Asked of the first word, [start, end) of `lower`, after the lengths: false skips the pair. */
  first: (lower: string, start: number, end: number) => boolean;
  lower: string;
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
export function eachPairBeforeSeparator(text: string, fn: PairFn, words: Words = readWords(text)): void {
  const { count, data } = words;
  const n = text.length;
  for (let w = 0, at = 0; w + 1 < count; w++, at += FIELDS) {
    const start = data[at + START];
    const end = data[at + END];
    const len = end - start;
    if (len < 2 || len > MAX_WORD || !isAsciiLetter(text.charCodeAt(start)) || text.charCodeAt(end) !== SPACE) continue;
    if (data[at + FIELDS + START] !== end + 1 || !isAsciiLetter(text.charCodeAt(end + 1))) continue;
    const runTo = data[at + FIELDS + END];
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
 * space between the words: two words in capitals of 2-25 characters (no lower-case letter in either), one space apart.
 */
export function eachCapitalsPair(text: string, fn: PairFn, words: Words = readWords(text)): void {
  const { count, data } = words;
  for (let w = 0, at = 0; w + 1 < count; w++, at += FIELDS) {
    const start = data[at + START];
    const end = data[at + END];
    const len = end - start;
    if (len < 2 || len > MAX_WORD || data[at + FIRST_LOWER] !== end || !isUpperAscii(text.charCodeAt(start)) || text.charCodeAt(end) !== SPACE) continue;
    const next = at + FIELDS;
    const secondEnd = data[next + END];
    const len2 = secondEnd - end - 1;
    if (data[next + START] !== end + 1 || len2 < 2 || len2 > MAX_WORD || data[next + FIRST_LOWER] !== secondEnd || !isUpperAscii(text.charCodeAt(end + 1))) continue;
    fn(start, end, secondEnd);
  }
}

/**
 * `/\b[A-Z][a-z]{1,15} (?=(?:Mc|Mac|O'|O’)?[A-Z])/g` (the first-name rule's capitalised word before another): `fn`
 * gets each match's start and the offset of the space after it. The match ends a word of `words` (a space must follow
 * its lower-case letters), so it opens at the word's last capital, after a word edge: the word's start (a digit or '_'
 * before it is no \b), or an apostrophe or hyphen inside it ("Jean-Paul Smith", "O'Neil Smith" match at "Paul", "Neil").
 */
export function eachCapitalisedWordBeforeCapital(text: string, fn: (start: number, end: number) => void, words: Words = readWords(text)): void {
  const { count, data } = words;
  for (let w = 0, at = 0; w < count; w++, at += FIELDS) {
    const end = data[at + END];
    if (text.charCodeAt(end) !== SPACE || !isUpperAscii(text.charCodeAt(end + 1))) continue;
    const tail = data[at + TAIL];
    const len = end - tail;
    if (len < 1 || len > 15 || tail === data[at + START]) continue;
    const capital = tail - 1;
    let k = tail;
    while (k < end && isLowerAscii(text.charCodeAt(k))) k++;
    if (k < end) continue;
    const start = data[at + START];
    if (capital === start ? !atWordEdge(text, start) : !isJoiner(text.charCodeAt(capital - 1))) continue;
    fn(capital, end);
  }
}

/** A regex \b before a letter at `i`: no [A-Za-z0-9_] before it (the word list's edges already rule out letters). */
function atWordEdge(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  return !((c >= 48 && c <= 57) || c === 95 || isAsciiLetter(c));
}

/** An apostrophe (straight or ’) or a hyphen: no regex word character, so a \b lies after it. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === HYPHEN;
