import { splitSentences } from './split-sentences';
import { STOP_WORDS, contentStems, normaliseWords } from './tokenise';
import { cosine, type WordVectors } from './word-vectors';

/** Helpers of the answer engine for the sentence it quotes and judges (create-policy-index.ts). */

/** The sentence of a multi-sentence clause that the question is about (quoted and used for the verdict). */
export function bestSentence(text: string, stems: string[], idf: (s: string) => number): string {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return text;
  const wanted = new Set(stems);
  let best = sentences[0];
  let bestScore = -1;
  for (const s of sentences) {
    const score = [...new Set(contentStems(s))].filter((t) => wanted.has(t)).reduce((a, t) => a + idf(t), 0);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

/** Similarity at which a word counts as named by a clause ("station" for "location"); "mascot" vs "photograph" is 0.26. */
const NEAR_SIMILARITY = 0.5;
export function isNear(vectors: WordVectors, word: string, text: string): boolean {
  const v = vectors.vector(word);
  if (!v) return false;
  return normaliseWords(text).some((w) => w.length > 2 && !STOP_WORDS.has(w) && (() => {
    const u = vectors.vector(w);
    return u !== undefined && cosine(u, v) >= NEAR_SIMILARITY;
  })());
}
