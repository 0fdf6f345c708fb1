/**
 * Keyword cues: one pass over the words of a post sets a bit per family of trigger
 * words (roles, health conditions, intelligence words, ...). Detectors with large
 * alternation regexes run only when their cue is present, which keeps clean posts
 * cheap. Matching is by word prefix (stems of 3+ letters) or exact word (shorter stems
 * and stems marked 'word$', for common prefixes like "man" in "manager").
 * The stems live in a letter trie the pre-pass walks as it reads each letter, so a word
 * costs one typed-array read per letter and the pass allocates nothing.
 * The families and their stems are declared by the detector modules (cues: {...}) and
 * collected into one table by the registry; this file is only the mechanism.
 */
export const MAX_CUE_FAMILIES = 62;
/** Families per bit word: 31, so no bit is the sign bit. Family i is bit 1 << (i % 31) of word i < 31 ? low : high. */
export const FAMILIES_PER_WORD = 31;

/**
 * The stems of every cue family, as a trie over a-z. A family's bit is 1 << (its index in `families` % 31), in the low
 * word for the first 31 families and in the high word for the next 31 (twelfth session: rules gated by a family of
 * their own need more than 31; the high word costs nothing while no family uses it).
 */
export class CueTable {
  readonly families: readonly string[];
  /**
   * Node n's child for letter c (a = 0) is next[n * 26 + c]; 0 is "none" (the root, node 0, is
   * nobody's child). Words are runs of a-z, so a stem with any other character can match no word
   * and is left out.
   */
  readonly next: Int32Array;
  /** Bits of the prefix stems that end at a node: set for every word that passes through it (low word; High: high word). */
  readonly prefixBits: Int32Array;
  readonly prefixBitsHigh: Int32Array;
  /** Bits of the exact stems that end at a node: set only for a word that ends there. */
  readonly exactBits: Int32Array;
  readonly exactBitsHigh: Int32Array;
  /** Whether any family is in the high word (the pre-pass reads the high tables only then). */
  readonly hasHigh: boolean;
  /**
   * The prefix bits of every node from the root down to a node, OR-ed (a node has one path): what a word that reaches
   * the node has gathered, so the pre-pass reads one entry where the word leaves the trie instead of one per letter.
   */
  readonly pathBits: Int32Array;
  readonly pathBitsHigh: Int32Array;
  private readonly indexOf: ReadonlyMap<string, number>;

  constructor(stemsByFamily: ReadonlyMap<string, readonly string[]>) {
    this.families = [...stemsByFamily.keys()];
    if (this.families.length > MAX_CUE_FAMILIES) throw new Error(`at most ${MAX_CUE_FAMILIES} cue families`);
    this.indexOf = new Map(this.families.map((f, i) => [f, i]));
    this.hasHigh = this.families.length > FAMILIES_PER_WORD;
    const next: number[] = new Array(26).fill(0);
    const prefixBits: number[] = [0];
    const exactBits: number[] = [0];
    const prefixBitsHigh: number[] = [0];
    const exactBitsHigh: number[] = [0];
    this.families.forEach((name, index) => {
      const high = index >= FAMILIES_PER_WORD;
      const bit = 1 << (index % FAMILIES_PER_WORD);
      for (const raw of stemsByFamily.get(name) ?? []) {
        // 'word$' matches the whole word only; stems under three letters always do.
        const exact = raw.endsWith('$') || raw.length < 3;
        const stem = raw.replace(/\$$/, '');
        if (!/^[a-z]+$/.test(stem)) continue;
        let node = 0;
        for (let k = 0; k < stem.length; k++) {
          const slot = node * 26 + stem.charCodeAt(k) - 97;
          if (next[slot] === 0) {
            next[slot] = prefixBits.length;
            prefixBits.push(0);
            exactBits.push(0);
            prefixBitsHigh.push(0);
            exactBitsHigh.push(0);
            for (let c = 0; c < 26; c++) next.push(0);
          }
          node = next[slot];
        }
        if (exact) (high ? exactBitsHigh : exactBits)[node] |= bit;
        else (high ? prefixBitsHigh : prefixBits)[node] |= bit;
      }
    });
    this.next = Int32Array.from(next);
    this.prefixBits = Int32Array.from(prefixBits);
    this.exactBits = Int32Array.from(exactBits);
    this.prefixBitsHigh = Int32Array.from(prefixBitsHigh);
    this.exactBitsHigh = Int32Array.from(exactBitsHigh);
    this.pathBits = pathsOf(next, prefixBits);
    this.pathBitsHigh = pathsOf(next, prefixBitsHigh);
  }

  /** A family's index in `families`. A name no detector declares is a programming error, so it throws rather than silently finding nothing. */
  index(family: string): number {
    const i = this.indexOf.get(family);
    if (i === undefined) throw new Error(`no detector declares the cue family "${family}"`);
    return i;
  }

  /** The bit of a family in its word (the low word for the first 31 families, see `index`). */
  bit(family: string): number {
    return 1 << (this.index(family) % FAMILIES_PER_WORD);
  }

  private readonly bitsCache = new WeakMap<readonly string[], [number, number]>();
  /** The low and high words of several families OR-ed together (cached per array: modules pass the same array every time). */
  bits(families: readonly string[]): [number, number] {
    let b = this.bitsCache.get(families);
    if (b === undefined) {
      b = [0, 0];
      for (const f of families) b[this.index(f) < FAMILIES_PER_WORD ? 0 : 1] |= this.bit(f);
      this.bitsCache.set(families, b);
    }
    return b;
  }

  /** Cue bits (low word) set by the lower-case word lower[i, i + len) (a run of a-z; the pre-pass walks the trie inline instead). */
  bitsOfWord(lower: string, i: number, len: number): number {
    return this.wordBits(lower, i, len, this.prefixBits, this.exactBits);
  }

  /** The same in the high word. */
  bitsOfWordHigh(lower: string, i: number, len: number): number {
    return this.wordBits(lower, i, len, this.prefixBitsHigh, this.exactBitsHigh);
  }

  /** The plain walk, one prefix read per letter: the tests' reference for the pre-pass's path bits. */
  private wordBits(lower: string, i: number, len: number, prefixBits: Int32Array, exactBits: Int32Array): number {
    let node = 0;
    let bits = 0;
    for (let k = i; k < i + len; k++) {
      const c = lower.charCodeAt(k) - 97;
      if (c < 0 || c > 25) return 0;
      node = this.next[node * 26 + c];
      if (node === 0) return bits;
      bits |= prefixBits[node];
    }
    return bits | exactBits[node];
  }
}

/**
 * The prefix bits of every node's path from the root, OR-ed. A child is made after its parent, so its parent's path
 * is complete when it is reached.
 */
function pathsOf(next: readonly number[], prefixBits: readonly number[]): Int32Array {
  const paths = new Int32Array(prefixBits.length);
  for (let node = 0; node < prefixBits.length; node++) {
    for (let c = 0; c < 26; c++) {
      const child = next[node * 26 + c];
      if (child !== 0) paths[child] = paths[node] | prefixBits[child];
    }
  }
  return paths;
}

/** What the single pre-pass over a post learns (see ScanContext). */
export interface Prepass {
  hasDigit: boolean;
  /** Offsets where a letter and a digit meet ("WS|15", "45|3V"). */
  letterDigitPositions: number[];
  /** Offsets of a digit after a two-letter word and one space ("mk |63"): plates written with spaces. */
  letterSpaceDigitPositions: number[];
  /** How many '.' follow a digit: an IPv4 address needs three. */
  digitDots: number;
  /** How many '/' follow a digit: PNC and CRO numbers and "231 of 11/03" need one. */
  digitSlashes: number;
  /** Offsets where a digit follows a non-digit: where number runs can start. */
  digitStarts: number[];
  /** Cue bits of the first 31 families (FAMILIES_PER_WORD) and of the next 31. */
  cueBits: number;
  cueBitsHigh: number;
  /** Word offsets per family index, for the first 31 families (those of the high word are read from `highWords`). */
  cueStarts: Array<number[] | undefined>;
  /**
   * Fifteenth session: each word with a family of the high word, as its offset then its high bits. The high families
   * (the first-word families of start-gated regexes) hold common words ("is", "on", "can"), several each: one push per
   * word here instead of one per family, and ScanContext.cueStarts reads a family's offsets off it when asked.
   */
  highWords: number[];
  /** Offsets of words ([a-z'’-]+) whose hash passes the term filter: candidate health terms, checked exactly later. */
  termCandidates: number[];
}

/** FNV-1a over a word, ’ read as ': the hash the pre-pass computes for every word as it reads it. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
export function hashWord(s: string, i: number, e: number): number {
  let h = FNV_OFFSET;
  for (let k = i; k < e; k++) {
    const c = s.charCodeAt(k);
    h = Math.imul(h ^ (c === 0x2019 ? 39 : c), FNV_PRIME);
  }
  return h;
}

/** A bit set over the low 20 bits of word hashes: a typed-array read per word, no allocation, no boxed numbers. */
export function termFilter(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(1 << 15);
  for (const w of words) {
    const h = hashWord(w, 0, w.length) & 0xfffff;
    bits[h >>> 5] |= 1 << (h & 31);
  }
  return bits;
}

/**
 * One loop over the lower-cased text: character classes, letter/digit boundaries,
 * digit-dot joints and keyword cues. Lives here, next to the cue table, so the
 * per-word lookup is a local call.
 */
export function prepass(lower: string, cues: CueTable, terms?: Uint32Array): Prepass {
  const letterDigitPositions: number[] = [];
  const letterSpaceDigitPositions: number[] = [];
  const digitStarts: number[] = [];
  const cueStarts: Array<number[] | undefined> = [];
  const highWords: number[] = [];
  const termCandidates: number[] = [];
  const next = cues.next;
  const pathBits = cues.pathBits;
  const exactBits = cues.exactBits;
  const high = cues.hasHigh;
  const pathBitsHigh = cues.pathBitsHigh;
  const exactBitsHigh = cues.exactBitsHigh;
  // Read once into locals: the compiled module reads an exported constant as a property of `exports` at every use.
  const offsetBasis = FNV_OFFSET;
  const prime = FNV_PRIME;
  let cueBits = 0;
  let cueBitsHigh = 0;
  let digit = false;
  let prev = 0; // 1 letter, 2 digit, 0 other
  // Term words run on through apostrophes and hyphens ("alzheimer's", "self-harm").
  let termStart = -1;
  let hash = 0;
  let dots = 0;
  let slashes = 0;
  // The last word read, for "mk 63": a two-letter word, one space, then a digit.
  let lastWordEnd = -1;
  let lastWordLen = 0;
  const n = lower.length;
  let i = 0;
  while (i <= n) {
    let c = i < n ? lower.charCodeAt(i) : 32;
    if (c >= 97 && c <= 122) {
      // A run of letters is read in one tight loop (most characters are letters): the cue trie is walked
      // until no stem continues the word (node -1), and the term hash takes every letter. The deepest node
      // reached holds the prefix bits of its whole path (pathBits): one read per word, none per letter.
      if (prev === 2) letterDigitPositions.push(i);
      const wordStart = i;
      if (termStart < 0) {
        termStart = i;
        hash = offsetBasis;
      }
      let node = 0;
      let deepest = 0;
      do {
        if (node >= 0) {
          node = next[node * 26 + c - 97] || -1;
          if (node > 0) deepest = node;
        }
        hash = Math.imul(hash ^ c, prime);
        c = ++i < n ? lower.charCodeAt(i) : 32;
      } while (c >= 97 && c <= 122);
      prev = 1;
      lastWordEnd = i;
      lastWordLen = i - wordStart;
      const bits = node > 0 ? pathBits[node] | exactBits[node] : pathBits[deepest];
      if (bits !== 0) {
        cueBits |= bits;
        // Only the set bits (most cue words belong to one or two families).
        for (let b = bits; b !== 0; b &= b - 1) (cueStarts[31 - Math.clz32(b & -b)] ??= []).push(wordStart);
      }
      if (high) {
        const hb = node > 0 ? pathBitsHigh[node] | exactBitsHigh[node] : pathBitsHigh[deepest];
        if (hb !== 0) {
          cueBitsHigh |= hb;
          highWords.push(wordStart, hb);
        }
      }
      // c, the character after the word (a space past the end), is read below like any other.
    }
    if (termStart >= 0) {
      if (c === 39 || c === 0x2019 || c === 45) hash = Math.imul(hash ^ (c === 45 ? 45 : 39), prime);
      else {
        if (terms && i - termStart >= 2) {
          const h = hash & 0xfffff;
          if ((terms[h >>> 5] & (1 << (h & 31))) !== 0) termCandidates.push(termStart);
        }
        termStart = -1;
      }
    }
    if (c >= 48 && c <= 57) {
      if (prev === 1) letterDigitPositions.push(i);
      else if (prev === 0 && i >= 3 && lower.charCodeAt(i - 1) === 32 && lastWordEnd === i - 1 && lastWordLen === 2) letterSpaceDigitPositions.push(i);
      if (prev !== 2) digitStarts.push(i);
      prev = 2;
      digit = true;
    } else {
      if (prev === 2) {
        if (c === 46) dots++;
        else if (c === 47) slashes++;
      }
      prev = 0;
    }
    i++;
  }
  return { hasDigit: digit, letterDigitPositions, letterSpaceDigitPositions, digitDots: dots, digitSlashes: slashes, digitStarts, cueBits, cueBitsHigh, cueStarts, highWords, termCandidates };
}
