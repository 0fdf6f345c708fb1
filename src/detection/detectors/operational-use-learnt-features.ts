/**
 * Sixteenth session: the text features of the learnt operational_use scorer (operational-use-learnt.ts), shared with
 * the script that trains it (scripts/opuse-learnt.ts), so training and scanning read a post the same way.
 *
 * A post is its set of word unigrams and bigrams, each hashed to HASH_BITS bits (read without building word strings). Numbers are one token ("#"): "10 mins
 * out" and "5 mins out" say the same thing. The weights are a logistic regression over these (value 1/sqrt(n) each,
 * so a long post does not score higher for being long); only the largest weights are kept (the generated table).
 */

/** A live request is short: the scorer reads at most this much of a post (as the rules do). */
export const LEARNT_MAX_CHARS = 4000;

/** Bits of the feature hash: 2^20 slots, so the few thousand kept keys rarely collide. */
export const HASH_BITS = 20;
export const MASK = (1 << HASH_BITS) - 1;

export const FNV_OFFSET = 2166136261;
export const FNV_PRIME = 16777619;
/** The hash of the number token "#" (every run of digits alone). */
export const NUMBER = Math.imul(FNV_OFFSET ^ 35, FNV_PRIME) >>> 0;

export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A 32-bit mix (murmur3's finaliser), so a bigram's key spreads over the slots. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Keys of one post, reused across posts (no allocation per post beyond the returned list). */
let scratch = new Int32Array(1024);

/**
 * The distinct hashed unigram and bigram keys of a lower-cased post, read character by character (no word strings): a
 * word is a run of a-z and 0-9, with an apostrophe and letters after it ("who's"; a curly apostrophe reads as a straight
 * one); a run of digits alone is the token "#". A unigram's key is its FNV-1a hash mixed; a bigram's, the two hashes mixed.
 */
export function learntKeys(lower: string): number[] {
  const end = Math.min(lower.length, LEARNT_MAX_CHARS);
  let n = 0;
  let prev = -1;
  for (let i = 0; i < end; ) {
    let c = lower.charCodeAt(i);
    if (!isLower(c) && !isDigit(c)) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    let digits = true;
    for (; i < end && (isLower((c = lower.charCodeAt(i))) || isDigit(c)); i++) {
      if (!isDigit(c)) digits = false;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (i + 1 < end && (c === 39 || c === 0x2019) && isLower(lower.charCodeAt(i + 1))) {
      digits = false;
      h = Math.imul(h ^ 39, FNV_PRIME);
      for (i++; i < end && isLower((c = lower.charCodeAt(i))); i++) h = Math.imul(h ^ c, FNV_PRIME);
    }
    const word = digits ? NUMBER : h >>> 0;
    if (n + 2 > scratch.length) {
      const grown = new Int32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    scratch[n++] = mix(word ^ 0x5bd1e995) & MASK;
    if (prev >= 0) scratch[n++] = mix(Math.imul(prev, 31) ^ word) & MASK;
    prev = word;
  }
  const keys = scratch.subarray(0, n).sort();
  const out: number[] = [];
  for (let k = 0; k < n; k++) if (k === 0 || keys[k] !== keys[k - 1]) out.push(keys[k]);
  return out;
}

/** A weight table: bias and key -> weight. */
export interface LearntWeights {
  bias: number;
  weights: ReadonlyMap<number, number>;
}

/** The scorer's probability for a post's keys. */
export function learntScore(keys: readonly number[], model: LearntWeights): number {
  let z = 0;
  for (const k of keys) z += model.weights.get(k) ?? 0;
  z = model.bias + z / Math.sqrt(keys.length || 1);
  return 1 / (1 + Math.exp(-z));
}
