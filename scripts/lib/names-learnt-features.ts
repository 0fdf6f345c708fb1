import { isFirstName, isStopWord } from '../../src/detection/detectors/name-tokens';
import { isEnglishWord, isPublicFigure } from '../../src/detection/detectors/name-surnames';
import { COMPROMISE_SURNAMES } from '../../src/detection/detectors/surnames.generated';

/**
 * Dev only (seventeenth session, branch names17): what a learnt person_name reader reads, measured by
 * scripts/names-learnt.ts. Not used by the product: the reader did not clear the bar held out (docs/detection.md,
 * "Seventeenth session: a learnt person_name reader"); kept so the measurement can be re-run.
 *
 * A candidate is a run of one to three words joined by single spaces (letters, an inner apostrophe or hyphen; a
 * possessive "'s" is left outside), in any case. The name lexicons are read as features, not as gates: a candidate
 * only needs one word that could be a name at all (capitalised, a listed first name or surname, or no English word),
 * so "the lad upstairs" is never scored but "kowalski" and "Spider" are. Its features are hashed integers: the
 * words' shapes and lexicon classes, the words around it (one and two either side, and a bag a little wider), what
 * stands at its edges (start of a line, a comma, a bracket, a table bar), the whole line being the candidate (a
 * sign-off), and, for the post, its words and the types the rules found in it.
 */

/** A post is read this far, as the other learnt reader reads it. */
export const NAME_LEARNT_MAX_CHARS = 4000;
/** Bits of the feature hash. */
export const NAME_HASH_BITS = 20;
const MASK = (1 << NAME_HASH_BITS) - 1;
const MAX_WORDS = 3;

/** Closed-class words (articles, pronouns, prepositions, conjunctions, auxiliaries): they never open or close a name. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but nor so yet if then than that this these those there here when where while who whom whose which what why how ' +
    'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'of to in on at by for from with without into onto over under about after before between through during up down out off ' +
    'is are was were be been being am do does did done has have had having will would shall should can could may might must ' +
    'not no yes all any some each every both either neither few many much more most other another such only own same ' +
    'as just also very too again once ok okay').split(' '),
);

const SURNAMES: ReadonlySet<string> = new Set(COMPROMISE_SURNAMES);

/** Lexicon class bits of a word. */
const FIRST = 1, SURNAME = 2, ENGLISH = 4, STOP = 8, FUNCTION = 16, NUMBER = 32;
/** Shape of a word: lower, Capitalised, CAPITALS, mIxed, digits. */
const LOWER = 0, CAPITAL = 1, CAPS = 2, MIXED = 3, DIGITS = 4;

export interface Token { start: number; end: number; word: string; hash: number; shape: number; lex: number; possessive: boolean }
export interface NameCandidate { start: number; end: number; first: number; last: number; keys: number[]; free: boolean }
export interface PostRead { candidates: NameCandidate[]; postKeys: number[] }

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLow = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f);
const isLetter = (c: number): boolean => isUpper(c) || isLow(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** murmur3's finaliser: spreads a combined key over the slots. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The key of feature template `t` with up to three values. */
function key(t: number, a: number, b = 0, c = 0): number {
  return mix(mix(mix(Math.imul(t + 1, 0x9e3779b1) ^ a) ^ b) ^ c) & MASK;
}

/** Words and digit runs of the text, with shape and lexicon class. */
export function readTokens(text: string, lower: string): Token[] {
  const end = Math.min(text.length, NAME_LEARNT_MAX_CHARS);
  const out: Token[] = [];
  for (let i = 0; i < end; ) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      const s = i;
      while (i < end && isDigit(text.charCodeAt(i))) i++;
      out.push({ start: s, end: i, word: '#', hash: 35, shape: DIGITS, lex: NUMBER, possessive: false });
      continue;
    }
    if (!isLetter(c)) { i++; continue; }
    const s = i;
    let upper = 0, low = 0;
    for (; i < end; i++) {
      const d = text.charCodeAt(i);
      if (isLetter(d)) { if (isUpper(d)) upper++; else low++; continue; }
      // An inner apostrophe or hyphen, followed by a letter, stays in the word ("O'Neill", "Kerry-Ann").
      if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < end && isLetter(text.charCodeAt(i + 1))) continue;
      break;
    }
    let e = i;
    let possessive = false;
    const p = text.charCodeAt(e - 2);
    if (e - s > 3 && (p === 39 || p === 0x2019) && (text.charCodeAt(e - 1) | 32) === 115) { e -= 2; possessive = true; }
    const word = lower.slice(s, e);
    const first = text.charCodeAt(s);
    const shape = upper === 0 ? LOWER : low === 0 ? (e - s > 1 ? CAPS : CAPITAL) : isUpper(first) && upper === 1 ? CAPITAL : MIXED;
    let lex = 0;
    if (FUNCTION_WORDS.has(word)) lex = FUNCTION;
    else {
      if (isFirstName(word)) lex |= FIRST;
      if (SURNAMES.has(word)) lex |= SURNAME;
      if (isEnglishWord(word)) lex |= ENGLISH;
      if (isStopWord(word)) lex |= STOP;
    }
    out.push({ start: s, end: e, word, hash: fnv(word), shape, lex, possessive });
  }
  return out;
}

/** What stands between two offsets (or at the post's edge), as a small code: the edges of a candidate. */
function edge(text: string, from: number, to: number, atEdge: boolean): number {
  if (atEdge && from >= to) return 1; // start or end of the post
  let code = 2; // spaces only
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return 3;
    if (c === 124 || c === 9) return 4; // a table cell
    if (c === 46 || c === 33 || c === 63) code = 5;
    else if (c === 44 && code < 5) code = 6;
    else if ((c === 58 || c === 59) && code < 5) code = 7;
    else if ((c === 40 || c === 91) && code < 5) code = 8;
    else if ((c === 41 || c === 93) && code < 5) code = 9;
    else if ((c === 34 || c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d) && code < 5) code = 10;
    else if ((c === 45 || c === 0x2013 || c === 0x2014 || c === 47) && code < 5) code = 11;
    else if (c !== 32 && code === 2) code = 12;
  }
  return code;
}

/** One word could be a name at all: capitalised, a listed first name or surname, or no English word. */
const mayBeName = (t: Token): boolean => t.shape !== LOWER || (t.lex & (FIRST | SURNAME)) !== 0 || (t.lex & (ENGLISH | STOP)) === 0;
const nameable = (t: Token): boolean => (t.lex & (FUNCTION | NUMBER)) === 0 && t.end - t.start >= 2;
/** A word's class for the features: its lexicon bits without the number bit. */
const cls = (t: Token | undefined): number => (t ? t.lex * 8 + t.shape : 255);
const wordOf = (t: Token | undefined): number => (t ? t.hash : 1);

/** A rule's candidate, as the reader sees it: what was found where. */
export interface RuleSpan { type: string; start: number; end: number }

/**
 * The candidates of a post, each with its keys, and the keys of the post itself. `rules`: the rules' candidates; a
 * candidate one of them overlaps is not read at all (the reader never adds there), unless `all` (training, where the
 * names the rules found teach what a name looks like).
 */
export function readPost(text: string, lower: string, rules: readonly RuleSpan[], all = false): PostRead {
  const ruleTypes = rules.map((r) => r.type);
  const toks = readTokens(text, lower);
  const postKeys: number[] = [];
  const seen = new Set<number>();
  for (const t of toks) {
    const k = key(40, t.hash);
    if (!seen.has(k)) { seen.add(k); postKeys.push(k); }
  }
  for (const r of new Set(ruleTypes)) postKeys.push(key(41, fnv(r)));
  if (lower.includes('?')) postKeys.push(key(42, 1));
  const lines = text.slice(0, NAME_LEARNT_MAX_CHARS).split('\n').length;
  postKeys.push(key(43, Math.min(lines, 6)));
  const candidates: NameCandidate[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!nameable(toks[i])) continue;
    let any = false;
    for (let j = i; j < toks.length && j < i + MAX_WORDS; j++) {
      const t = toks[j];
      if (!nameable(t)) break;
      if (j > i && (text.slice(toks[j - 1].end, t.start) !== ' ' || toks[j - 1].possessive)) break;
      if (mayBeName(t)) any = true;
      if (!any) continue;
      const start = toks[i].start, end = t.end;
      const free = !rules.some((r) => r.start < end && start < r.end);
      if (!free && !all) continue;
      const keys = candidateKeys(text, toks, i, j);
      nearRules(rules, start, end, keys);
      if (j > i && isPublicFigure(lower.slice(start, end))) keys.push(key(33, 1));
      candidates.push({ start, end, first: i, last: j, keys, free });
    }
  }
  return { candidates, postKeys };
}

/** Distance buckets of a rule's finding beside a candidate: touching, a few words, a clause, a sentence. */
const bucket = (d: number): number => (d <= 2 ? 0 : d <= 12 ? 1 : d <= 30 ? 2 : 3);

/** The nearest rule finding of each side within 60 characters, by type and distance: a name beside a phone, a date, a health word. */
function nearRules(rules: readonly RuleSpan[], start: number, end: number, keys: number[]): void {
  let before: RuleSpan | undefined, after: RuleSpan | undefined;
  for (const r of rules) {
    if (r.end <= start && start - r.end <= 60 && (!before || r.end > before.end)) before = r;
    if (r.start >= end && r.start - end <= 60 && (!after || r.start < after.start)) after = r;
  }
  if (before) keys.push(key(31, fnv(before.type), bucket(start - before.end)));
  if (after) keys.push(key(32, fnv(after.type), bucket(after.start - end)));
}

function candidateKeys(text: string, toks: Token[], i: number, j: number): number[] {
  const k = j - i + 1;
  const keys: number[] = [];
  let shapes = k, lexes = k;
  for (let m = i; m <= j; m++) {
    const t = toks[m];
    const pos = m === i ? (m === j ? 0 : 1) : m === j ? 2 : 3;
    shapes = shapes * 7 + t.shape;
    lexes = lexes * 67 + t.lex;
    keys.push(key(1, pos, t.shape, t.lex));
    keys.push(key(2, pos, t.lex & (FIRST | SURNAME | ENGLISH)));
    // A word of the dictionary or of the stop list by identity ("police", "road"), never a name's own identity.
    if (t.lex & (ENGLISH | STOP)) keys.push(key(3, pos, t.hash));
    keys.push(key(4, pos, fnv(t.word.slice(-3))));
  }
  keys.push(key(5, shapes), key(6, lexes), key(7, shapes, lexes), key(8, k));
  const p1 = toks[i - 1], p2 = toks[i - 2], n1 = toks[j + 1], n2 = toks[j + 2];
  const before = edge(text, p1 ? p1.end : 0, toks[i].start, !p1);
  const after = edge(text, toks[j].end, n1 ? n1.start : Math.min(text.length, NAME_LEARNT_MAX_CHARS), !n1);
  keys.push(key(9, before), key(10, after), key(11, before, after), key(12, before, shapes));
  if (toks[j].possessive) keys.push(key(13, 1));
  // The words either side, alone and in pairs, across punctuation (its code is its own feature).
  keys.push(key(14, wordOf(p1)), key(15, wordOf(p2), wordOf(p1)), key(16, wordOf(n1)), key(17, wordOf(n1), wordOf(n2)));
  keys.push(key(18, wordOf(p1), before), key(19, wordOf(n1), after));
  keys.push(key(20, cls(p1)), key(21, cls(n1)), key(22, wordOf(p1), lexes), key(23, wordOf(p1), shapes));
  keys.push(key(24, wordOf(p2)), key(25, wordOf(n2)));
  for (let m = Math.max(0, i - 6); m < i - 2; m++) keys.push(key(26, toks[m].hash));
  for (let m = j + 3; m < Math.min(toks.length, j + 7); m++) keys.push(key(27, toks[m].hash));
  // The whole line is the candidate (a sign-off, a list item); the line is the post's first or last.
  const lineStart = text.lastIndexOf('\n', toks[i].start - 1) + 1;
  let lineEnd = text.indexOf('\n', toks[j].end);
  if (lineEnd < 0) lineEnd = text.length;
  const alone = /^[\s\-*•,.:;()]*$/.test(text.slice(lineStart, toks[i].start)) && /^[\s,.!:;()]*$/.test(text.slice(toks[j].end, lineEnd));
  const lastLine = text.indexOf('\n', toks[j].end) < 0, firstLine = lineStart === 0;
  keys.push(key(28, alone ? 1 : 0, lastLine ? 1 : 0, firstLine ? 1 : 0));
  if (alone) keys.push(key(29, wordOf(p1), shapes));
  keys.push(key(30, Math.min(i, 4)));
  return keys;
}

/** A weight table: bias, key -> weight, and the post-level keys' scale. */
export interface NameWeights { bias: number; weights: ReadonlyMap<number, number> }

/** The post-level part of every candidate's score: its keys weigh 1/sqrt(n) each, so a long post is not louder. */
export function postScore(postKeys: readonly number[], model: NameWeights): number {
  let z = 0;
  for (const k of postKeys) z += model.weights.get(k) ?? 0;
  return z / Math.sqrt(postKeys.length || 1);
}

/** A candidate's probability given the post's part. */
export function candidateScore(keys: readonly number[], post: number, model: NameWeights): number {
  let z = model.bias + post;
  for (const k of keys) z += model.weights.get(k) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
