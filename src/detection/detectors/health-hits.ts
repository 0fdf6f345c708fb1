import type { ScanContext } from '../scan-context';
import { OPENS_LONGER, OPENS_TERM, TERM_FIRST_WORDS, firstWordFacts, isPhrasePrefix, mayBePhrasePrefix } from './health-vocabulary';
import { isAsciiDigit as isDigit } from '../text-utils';
import { hashWord } from '../cues';

/**
 * Where the health vocabulary's terms may start in a post, and the runs of words read from there (health-context.ts
 * walks back from each hit for a link and a person). Kept apart from the rules: this is the part every post with a
 * candidate word pays for, so its checks go cheapest first (the pre-pass's hash filter, then a hash bit set of the
 * phrase prefixes, then the exact sets).
 */

/** [a-z'’-] */
export const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || c === 39 || c === 0x2019 || c === 45;

/** Curly apostrophes read as straight ones; most words have none, so no regex runs for them. */
export const straight = (s: string): string => (s.indexOf('’') < 0 ? s : s.replace(/’/g, "'"));

/** Offsets of words that start a vocabulary phrase or name a body part: the pre-pass's hash hits, checked exactly. */
export function termStarts(ctx: ScanContext): number[] {
  const { lower } = ctx;
  const hits: number[] = [];
  for (const i of ctx.termCandidates) {
    let e = i + 1;
    while (e < lower.length && isWordChar(lower.charCodeAt(e))) e++;
    // A body part, a term of the vocabulary or a verb form of one ("terminally", "hiv" open states).
    const facts = factsAt(lower, i, e);
    if ((facts & OPENS_TERM) !== 0) hits.push(i);
    // A word that only opens longer phrases ("on", "in", "new" open a few WordNet terms) counts only
    // when the next word continues one: the check detectHealthTerms would make, done before its walk.
    else if ((facts & OPENS_LONGER) !== 0 && continuesPhrase(lower, i, e)) hits.push(i);
  }
  return hits;
}

/**
 * Fourteenth session (speed round 2): firstWordFacts(straight(lower.slice(i, e))) without the slice: the words that have
 * facts in an open-addressed table of their FNV-1a hashes (’ read as ', as the pre-pass hashes), checked char by char.
 */
const FACT_WORDS = [...new Set([...TERM_FIRST_WORDS, 'terminally', 'hiv'])].filter((w) => firstWordFacts(w) !== 0);
const FACT_BITS = FACT_WORDS.map(firstWordFacts);
const FACT_HASHES = Int32Array.from(FACT_WORDS, (w) => hashWord(w, 0, w.length));
const SLOT_MASK = (1 << Math.ceil(Math.log2(FACT_WORDS.length * 2 + 1))) - 1;
const SLOTS = new Int32Array(SLOT_MASK + 1);
FACT_WORDS.forEach((_, k) => {
  let s = FACT_HASHES[k] & SLOT_MASK;
  while (SLOTS[s] !== 0) s = (s + 1) & SLOT_MASK;
  SLOTS[s] = k + 1;
});
function factsAt(lower: string, i: number, e: number): number {
  const h = hashWord(lower, i, e);
  for (let s = h & SLOT_MASK; SLOTS[s] !== 0; s = (s + 1) & SLOT_MASK) {
    const k = SLOTS[s] - 1;
    if (FACT_HASHES[k] === h && sameWord(FACT_WORDS[k], lower, i, e)) return FACT_BITS[k];
  }
  return 0;
}
/** word === straight(lower.slice(i, e)). */
function sameWord(word: string, lower: string, i: number, e: number): boolean {
  if (word.length !== e - i) return false;
  for (let k = 0; k < word.length; k++) {
    const c = lower.charCodeAt(i + k);
    if ((c === 0x2019 ? 39 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * `phrasesAt(lower, i, 2, true).length === 2` for a word [i, e) that opens a longer phrase (so is a phrase prefix
 * itself), without slicing it again: a space, then a word that continues some phrase.
 */
function continuesPhrase(lower: string, i: number, e: number): boolean {
  // A digit right after the letters makes another first word ("on2"): the general reading.
  if (isDigit(lower.charCodeAt(e))) return phrasesAt(lower, i, 2, true).length === 2;
  if (lower.charCodeAt(e) !== 32) return false;
  let e2 = e + 1;
  while (e2 < lower.length && isPhraseChar(lower.charCodeAt(e2))) e2++;
  return e2 > e + 1 && mayBePhrasePrefix(lower, i, e2) && isPhrasePrefix(straight(lower.slice(i, e2)));
}


export function wordAt(lower: string, i: number): string {
  let e = i;
  while (e < lower.length && isWordChar(lower.charCodeAt(e))) e++;
  return lower.slice(i, e);
}

/** The lower-case word ending one space before `i` ('' when none). */
export function wordBefore(lower: string, i: number): string {
  if (lower.charCodeAt(i - 1) !== 32) return '';
  let s = i - 1;
  while (s > 0 && lower.charCodeAt(s - 1) >= 97 && lower.charCodeAt(s - 1) <= 122) s--;
  return lower.slice(s, i - 1);
}

/** [a-z0-9'’-] */
const isPhraseChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 45;

/** Up to `max` lower-case words from `i`: [text, end] of each prefix length (with `vocabularyOnly`, while some vocabulary phrase starts so). */
export function phrasesAt(lower: string, i: number, max: number, vocabularyOnly = false): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let j = i;
  for (let w = 0; w < max; w++) {
    let e = j;
    while (e < lower.length && isPhraseChar(lower.charCodeAt(e))) e++;
    if (e === j) break;
    // No vocabulary phrase goes on from here ("a dog..."): longer prefixes cannot be terms either (the hash first, then exactly).
    if (vocabularyOnly && !mayBePhrasePrefix(lower, i, e)) break;
    const phrase = straight(lower.slice(i, e));
    if (vocabularyOnly && !isPhrasePrefix(phrase)) break;
    out.push([phrase, e]);
    if (lower[e] !== ' ') break;
    j = e + 1;
  }
  return out;
}

/**
 * Fourteenth session (speed): what a rule reads off the pre-pass's candidate words, as bits per word, in one look-up
 * (health-loose.ts, health-plain-care.ts asked several sets in turn for every candidate of every post). A word's length
 * and first and last letters, folded to 14 bits, come first: most candidates ("on", "in", "at") have no key's shape,
 * and cost no slice.
 */
export class WordFacts {
  private readonly facts = new Map<string, number>();
  private readonly shapes = new Uint8Array(1 << 14);
  mark(words: Iterable<string>, bit: number): this {
    for (const w of words) {
      this.facts.set(w, (this.facts.get(w) ?? 0) | bit);
      if (w) this.shapes[shape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))] = 1;
    }
    return this;
  }
  /** The bits of wordAt(lower, i) (0 when it has none). */
  at(lower: string, i: number): number {
    let e = i;
    while (e < lower.length && isWordChar(lower.charCodeAt(e))) e++;
    if (e === i || this.shapes[shape(e - i, lower.charCodeAt(i), lower.charCodeAt(e - 1))] === 0) return 0;
    return this.facts.get(lower.slice(i, e)) ?? 0;
  }
}
const shape = (len: number, first: number, last: number): number => ((len & 15) << 10) | ((first & 31) << 5) | (last & 31);
