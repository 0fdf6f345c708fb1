import { normaliseWords, STOP_WORDS, stem } from './tokenise';
import { cosine, meanVector, type WordVectors } from './word-vectors';

/**
 * Meaning-level similarity between a question and each clause from general word vectors:
 * each text becomes the IDF-weighted mean of its words' vectors, compared by cosine. It
 * catches paraphrase that shares no word with the clause ("anyone who can help us" ~
 * "support and guidance can be provided").
 *
 * Clause vectors depend on the words each clause keeps and their IDF weights (which change with
 * the index: a new seed example or vocabulary file changes them) and on the vector table, so they
 * are cached (ClauseVectorCache, an adapter writes them to disk keyed by a hash of the keys) under
 * a key per clause that spells out exactly those words and weights: a changed tokeniser, stop
 * word or weight gets a new file instead of stale vectors.
 */
export interface ClauseVectorCache {
  load(keys: string[]): Float32Array[] | undefined;
  save(keys: string[], vectors: Float32Array[]): void;
}

export interface DenseScorer {
  /** Cosine similarity of the question to each clause (0 where either has no known word). */
  similarities(question: string): Float32Array;
}

export function createDenseScorer(texts: string[], vectors: WordVectors, idf: (stem: string) => number, cache?: ClauseVectorCache): DenseScorer {
  const weighted = (text: string) => {
    const words = normaliseWords(text).filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w));
    return { words, weights: words.map((w) => idf(stem(w))) };
  };
  const embed = (text: string): Float32Array | undefined => {
    const { words, weights } = weighted(text);
    return meanVector(words.map((w) => vectors.vector(w)), weights);
  };
  const zero = new Float32Array(vectors.dimensions);
  const keys = cache ? texts.map((t) => cacheKey(weighted(t))) : [];
  let clauseVectors = cache?.load(keys);
  if (!clauseVectors || clauseVectors.length !== texts.length) {
    clauseVectors = texts.map((t) => embed(t) ?? zero);
    cache?.save(keys, clauseVectors);
  }
  const list = clauseVectors;
  return {
    similarities(question) {
      const q = embed(question);
      const out = new Float32Array(list.length);
      if (!q) return out;
      for (let i = 0; i < list.length; i++) out[i] = cosine(q, list[i]);
      return out;
    },
  };
}

/** What a clause vector is computed from: its kept words with their weights (rounded well below float32 noise). */
function cacheKey({ words, weights }: { words: string[]; weights: number[] }): string {
  return words.map((w, i) => `${w}:${weights[i]!.toFixed(6)}`).join(' ');
}
