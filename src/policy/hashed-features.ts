import { normaliseWords, STOP_WORDS, stem } from './tokenise';
import { meanVector, type WordVectors } from './word-vectors';

/**
 * Sparse features of a text for the clause classifier (clause-classifier.ts), in the spirit of fastText:
 * - word unigrams and bigrams of the engine's own analysis (lower-case, shorthand expanded, stop words out, Porter
 *   stems), so the classifier and BM25 read the same words;
 * - character 3-5-grams inside each content word (with `<` `>` marking its ends), so a typo ("faceboook"), an
 *   inflection the stemmer misses or an abbreviation ("insta" ~ "instagram") still shares most of its grams;
 * - optionally the mean general word vector of the content words (dense, appended after the hashed part).
 * Each group is L2-normalised on its own and then weighted, so a long text and a short one weigh alike.
 * Hashing (FNV-1a into `buckets`) keeps the table small without a vocabulary; a collision is harmless noise.
 */
export interface FeatureOptions {
  buckets: number;
  /** Group weights; 0 leaves a group out. */
  unigram: number;
  bigram: number;
  chars: number;
  /** Weight of the mean word vector (needs `vectors`). */
  dense: number;
  charMin: number;
  charMax: number;
}

export const DEFAULT_FEATURES: FeatureOptions = { buckets: 1 << 20, unigram: 1, bigram: 0.5, chars: 1, dense: 1, charMin: 3, charMax: 5 };

/** Hashed ids (0 .. buckets-1) with their values; dense dimensions are ids buckets .. buckets+dimensions-1. */
export interface SparseVector {
  ids: number[];
  values: number[];
}

/**
 * Adds one group of hashed keys to `out`: counts per bucket (FNV-1a of salt + key), L2-normalised, times `weight`.
 * Shared by the clause classifier's features and the verdict model's (verdict-model.ts). A zero weight or no keys adds nothing.
 */
export function addHashedGroup(out: SparseVector, keys: string[], weight: number, buckets: number, salt = ''): void {
  if (!weight || !keys.length) return;
  const counts = new Map<number, number>();
  for (const k of keys) {
    const id = fnv1a(salt + k) % buckets;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  let norm = 0;
  for (const c of counts.values()) norm += c * c;
  const scale = weight / Math.sqrt(norm);
  for (const [id, c] of counts) {
    out.ids.push(id);
    out.values.push(c * scale);
  }
}

export function createFeaturizer(options: FeatureOptions, vectors?: WordVectors): (text: string) => SparseVector {
  const { buckets } = options;
  return (text) => {
    const words = normaliseWords(text).filter((w) => !STOP_WORDS.has(w));
    const stems = words.map(stem);
    const out: SparseVector = { ids: [], values: [] };
    const group = (keys: string[], weight: number, salt: string) => addHashedGroup(out, keys, weight, buckets, salt);
    group(stems, options.unigram, 'w');
    group(
      stems.slice(1).map((s, i) => `${stems[i]} ${s}`),
      options.bigram,
      'b',
    );
    group(
      words.flatMap((w) => charGrams(w, options.charMin, options.charMax)),
      options.chars,
      'c',
    );
    if (options.dense && vectors) {
      const mean = meanVector(words.map((w) => vectors.vector(w)));
      if (mean) mean.forEach((v, k) => {
        out.ids.push(buckets + k);
        out.values.push(options.dense * v);
      });
    }
    return out;
  };
}

/** Character n-grams of `<word>`; a word shorter than `min` is one gram of its own. */
export function charGrams(word: string, min: number, max: number): string[] {
  const w = `<${word}>`;
  if (w.length <= min) return [w];
  const out: string[] = [];
  for (let n = min; n <= max; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  return out;
}

/** 32-bit FNV-1a over UTF-16 code units (no I/O, no dependency; stable across runs). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
