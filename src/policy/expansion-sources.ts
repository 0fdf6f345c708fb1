import { STOP_WORDS, stem } from './tokenise';
import type { Neighbours } from './query-terms';
import { cosine, type WordVectors } from './word-vectors';
import type { WordRelations } from './word-relations';

/**
 * Where expansions of a word the policy never uses come from (general resources, nobody here
 * tuned them): word-vector neighbours, WordNet relations, and general-English specificity.
 * Used by clause-search.ts; each is optional and measured in the bench:qa ablation.
 */

/** Word-vector neighbours: at most this many policy words, each at least this similar (cosine). */
const MAX_NEIGHBOURS = 3;
export const NEIGHBOUR_MIN_SIMILARITY = 0.5;

/**
 * For a word no clause uses, the clause words nearest in meaning by general word vectors
 * ("lapsed" -> "expired"). Words the policy already uses match as typed and get no neighbours,
 * so the vectors only add recall where plain matching has none.
 */
export function vectorNeighbours(vectors: WordVectors, corpusWords: Set<string>, inCorpus: (stem: string) => boolean): Neighbours {
  const candidates: { word: string; stem: string; vector: Float32Array }[] = [];
  const seenStems = new Set<string>();
  for (const w of corpusWords) {
    const s = stem(w);
    if (STOP_WORDS.has(w) || w.length < 3 || /\d/.test(w) || !inCorpus(s)) continue;
    const v = vectors.vector(w);
    if (v && !seenStems.has(`${s}:${w}`)) {
      seenStems.add(`${s}:${w}`);
      candidates.push({ word: w, stem: s, vector: v });
    }
  }
  const memo = new Map<string, { stem: string; similarity: number }[]>();
  return (word) => {
    if (inCorpus(stem(word)) || word.length < 3) return [];
    let found = memo.get(word);
    if (found) return found;
    const v = vectors.vector(word);
    const best = new Map<string, number>();
    if (v) {
      for (const c of candidates) {
        const sim = cosine(v, c.vector);
        if (sim >= NEIGHBOUR_MIN_SIMILARITY && sim > (best.get(c.stem) ?? 0)) best.set(c.stem, sim);
      }
    }
    found = [...best].sort((a, b) => b[1] - a[1]).slice(0, MAX_NEIGHBOURS).map(([s, similarity]) => ({ stem: s, similarity }));
    if (memo.size < 20_000) memo.set(word, found);
    return found;
  };
}

/** WordNet synonyms and hypernyms of a word the policy never uses, as policy stems (strongest reading per stem). */
export function relationNeighbours(related: WordRelations, inCorpus: (stem: string) => boolean): Neighbours {
  return (word) => {
    if (inCorpus(stem(word)) || word.length < 3) return [];
    const best = new Map<string, number>();
    for (const r of related(word)) {
      const s = stem(r.word);
      if (inCorpus(s) && r.weight > (best.get(s) ?? 0)) best.set(s, r.weight);
    }
    return [...best].sort((a, b) => b[1] - a[1]).slice(0, MAX_NEIGHBOURS).map(([s, similarity]) => ({ stem: s, similarity }));
  };
}

export function combineNeighbours(...sources: (Neighbours | undefined)[]): Neighbours | undefined {
  const present = sources.filter((n): n is Neighbours => n !== undefined);
  if (present.length < 2) return present[0];
  return (word) => {
    const best = new Map<string, number>();
    for (const n of present) for (const r of n(word)) if (r.similarity > (best.get(r.stem) ?? 0)) best.set(r.stem, r.similarity);
    return [...best].sort((a, b) => b[1] - a[1]).slice(0, MAX_NEIGHBOURS).map(([s, similarity]) => ({ stem: s, similarity }));
  };
}

const COMMON_RANK = 150;
const SPECIFIC_RANK = 15_000;
const MIN_SPECIFICITY = 0.15;

export function specificityFrom(vectors: (WordVectors & { frequencyRank?(word: string): number | undefined }) | undefined): ((word: string) => number) | undefined {
  const rankOf = vectors?.frequencyRank?.bind(vectors);
  if (!rankOf) return undefined;
  const lo = Math.log(COMMON_RANK);
  const span = Math.log(SPECIFIC_RANK) - lo;
  return (word) => {
    const rank = rankOf(word);
    if (rank === undefined) return 1; // rare or jargon: as specific as it gets
    return Math.max(MIN_SPECIFICITY, Math.min(1, (Math.log(rank + 1) - lo) / span));
  };
}
