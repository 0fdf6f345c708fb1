import { normaliseWords, STOP_WORDS, stem } from './tokenise';
import { cosine, meanVector, type WordVectors } from './word-vectors';

/**
 * Meaning-level similarity between a question and each clause from general word vectors:
 * each text becomes the IDF-weighted mean of its words' vectors, compared by cosine. It
 * catches paraphrase that shares no word with the clause ("anyone who can help us" ~
 * "support and guidance can be provided").
 *
 * Clause vectors depend only on the document and the vector table, so they can be cached
 * (ClauseVectorCache, an adapter writes them to disk keyed by a hash of the texts).
 */
export interface ClauseVectorCache {
  load(texts: string[]): Float32Array[] | undefined;
  save(texts: string[], vectors: Float32Array[]): void;
}

export interface DenseScorer {
  /** Cosine similarity of the question to each clause (0 where either has no known word). */
  similarities(question: string): Float32Array;
}

export function createDenseScorer(texts: string[], vectors: WordVectors, idf: (stem: string) => number, cache?: ClauseVectorCache): DenseScorer {
  const embed = (text: string): Float32Array | undefined => {
    const words = normaliseWords(text).filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w));
    return meanVector(words.map((w) => vectors.vector(w)), words.map((w) => idf(stem(w))));
  };
  const zero = new Float32Array(vectors.dimensions);
  let clauseVectors = cache?.load(texts);
  if (!clauseVectors || clauseVectors.length !== texts.length) {
    clauseVectors = texts.map((t) => embed(t) ?? zero);
    cache?.save(texts, clauseVectors);
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
