/**
 * The words of a post as the name rules read them, found in one pass over its characters and shared by every rule
 * of the scan (ScanContext.words). Why: the any-case name rules each walked every character of the post with their
 * own loop (three walks for three shapes of word pair), and the first-name rule ran a regex over the whole post,
 * although all of them read the same words; now one walk records each word's edges and where its case changes, and
 * each rule reads its pairs off that list (name-pairs.ts).
 *
 * A word here is a maximal run of [A-Za-z'’-]: ASCII letters, with apostrophes and hyphens inside or at its edges
 * ("o'neill", "smith-jones", "-abc"). Any other character ends it.
 */

/** Fields of one word in `Words.data` (stride FIELDS). */
export const START = 0;
export const END = 1;
/** The offset of its first upper-case letter (A-Z), or END when it has none. */
export const FIRST_UPPER = 2;
/** The offset after its last upper-case letter, or START when it has none: where its trailing run of [a-z'’-] starts. */
export const TAIL = 3;
/** The offset of its first lower-case letter (a-z), or END when it has none. */
export const FIRST_LOWER = 4;
export const FIELDS = 5;

export interface Words {
  /** How many words. */
  readonly count: number;
  /** FIELDS numbers per word, in text order. */
  readonly data: Int32Array;
}

const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;
const HYPHEN = 45;

/** Character classes of ASCII by char code: one table read per character. */
const LOWER = 1;
const UPPER = 2;
const JOINER = 3;
const CLASS = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
CLASS[APOSTROPHE] = JOINER;
CLASS[HYPHEN] = JOINER;

/** 0 for no word character, else LOWER, UPPER or JOINER (an apostrophe, ’ or a hyphen). */
function classOf(c: number): number {
  return c < 128 ? CLASS[c] : c === CURLY_APOSTROPHE ? JOINER : 0;
}

/**
 * The buffer the scan's words are read into, reused from post to post: allocating a typed array per post cost as much
 * as reading its words (about 0.7 µs for a typical post). Only the latest reading owns it (see isCurrent).
 */
let scratch: Int32Array = new Int32Array(FIELDS * 256);
const MAX_KEPT = FIELDS * 65536;
let latest: Words | undefined;

/**
 * The words of `text` read into the shared buffer: valid until the next call of readSharedWords (ScanContext re-reads
 * when isCurrent says another post's words have replaced them). Scans are synchronous, so a post's rules all read them
 * before the next post's are read.
 */
export function readSharedWords(text: string): Words {
  const words = readWords(text, scratch);
  // Kept when grown for a long post, up to 64k words (1.3 MB); a 1 MB post of one-letter words does not pin 10 MB.
  if (words.data.length <= MAX_KEPT) scratch = words.data;
  latest = words;
  return words;
}

/** True while `words` still owns the shared buffer. */
export function isCurrent(words: Words): boolean {
  return words === latest;
}

/** One loop over the characters: every word's edges and case changes (see the fields above), into `into` when given (grown when too small). */
export function readWords(text: string, into?: Int32Array): Words {
  const n = text.length;
  // Prose has about one word per six characters: room for one per four, grown by doubling on walls of short words.
  let data = into ?? new Int32Array(FIELDS * (8 + (n >> 2)));
  let count = 0;
  let i = 0;
  while (i < n) {
    let k = classOf(text.charCodeAt(i));
    if (k === 0) {
      i++;
      continue;
    }
    const start = i;
    let firstUpper = -1;
    let firstLower = -1;
    let tail = start;
    for (;;) {
      if (k === UPPER) {
        if (firstUpper < 0) firstUpper = i;
        tail = i + 1;
      } else if (k === LOWER && firstLower < 0) firstLower = i;
      i++;
      if (i >= n || (k = classOf(text.charCodeAt(i))) === 0) break;
    }
    if ((count + 1) * FIELDS > data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    const at = count * FIELDS;
    data[at + START] = start;
    data[at + END] = i;
    data[at + FIRST_UPPER] = firstUpper < 0 ? i : firstUpper;
    data[at + TAIL] = tail;
    data[at + FIRST_LOWER] = firstLower < 0 ? i : firstLower;
    count++;
  }
  return { count, data };
}
