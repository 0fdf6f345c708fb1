/**
 * Sixteenth session: the text features of the learnt operational_use scorer (operational-use-learnt.ts), shared with
 * the script that trains it (scripts/opuse-learnt.ts), so training and scanning read a post the same way.
 *
 * A post is its set of word unigrams and bigrams, each hashed to HASH_BITS bits. Numbers are one token ("#"): "10 mins
 * out" and "5 mins out" say the same thing. The weights are a logistic regression over these (value 1/sqrt(n) each,
 * so a long post does not score higher for being long); only the largest weights are kept (the generated table).
 */

/** A live request is short: the scorer reads at most this much of a post (as the rules do). */
export const LEARNT_MAX_CHARS = 4000;

/** Bits of the feature hash: 2^20 slots, so the few thousand kept keys rarely collide. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over a string, seeded by the feature kind so a unigram and a bigram of the same text differ. */
function fnv(s: string, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/** The words of a lower-cased post (curly apostrophes read as straight ones, a run of digits read as "#"). */
export function learntWords(lower: string): string[] {
  const head = lower.length > LEARNT_MAX_CHARS ? lower.slice(0, LEARNT_MAX_CHARS) : lower;
  const text = head.indexOf('\u2019') < 0 ? head : head.replace(/\u2019/g, "'");
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    out.push(c >= 48 && c <= 57 && /^\d+$/.test(w) ? '#' : w);
  }
  return out;
}

/** The hashed unigram and bigram keys of a word list (distinct). */
export function learntKeys(words: readonly string[]): number[] {
  const keys = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    keys.add(fnv(words[i], 1) & MASK);
    if (i + 1 < words.length) keys.add(fnv(words[i] + ' ' + words[i + 1], 2) & MASK);
  }
  return [...keys];
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
