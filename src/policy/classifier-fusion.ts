import type { SearchHit } from './clause-search';

/**
 * Folds the clause classifier's probabilities (clause-classifier.ts) into the lexical ranking. Only clauses the
 * lexical search found take part (a clause sharing no word or word-part with the question stays out), and each hit
 * keeps its own coverage, so abstention and confidence still read the lexical evidence; scores are rescaled to the
 * lexical top score so that the absolute thresholds (MIN_SCORE) keep their meaning.
 *
 * `mode`:
 * - `product`: score x (1 + weight x p / max p);
 * - `blend`: top score x ((1 - weight) x score / top score + weight x p / max p);
 * - `rrf`: top score x fused / best fused, fused = 1/(k + lexical rank) + weight/(k + classifier rank).
 */
export interface ClassifierFusion {
  mode: 'product' | 'blend' | 'rrf';
  weight: number;
  /** RRF constant (rrf only). */
  k?: number;
}

/** Chosen by the out-of-voice estimate on the seed examples (scripts/qa-classifier-fused-oov.ts), confirmed on dev. */
export const DEFAULT_CLASSIFIER_FUSION: ClassifierFusion = { mode: 'blend', weight: 0.5 };

/** `pinned`: clauses the classifier counts as sure of (p = max p), e.g. found through an approved example. */
export function fuseClassifier(hits: SearchHit[], probs: Float32Array, fusion: ClassifierFusion, pinned: ReadonlySet<number> = new Set()): SearchHit[] {
  if (!hits.length) return hits;
  let pmax = 0;
  for (const p of probs) if (p > pmax) pmax = p;
  if (!pmax) return hits;
  const top = hits[0].score || 1;
  const share = (h: SearchHit) => (pinned.has(h.index) ? 1 : (probs[h.index] ?? 0) / pmax);
  if (fusion.mode === 'product') {
    for (const h of hits) h.score *= 1 + fusion.weight * share(h);
  } else if (fusion.mode === 'blend') {
    for (const h of hits) h.score = top * ((1 - fusion.weight) * (h.score / top) + fusion.weight * share(h));
  } else {
    const k = fusion.k ?? 10;
    const byProb = [...hits].sort((a, b) => share(b) - share(a));
    const clfRank = new Map(byProb.map((h, r) => [h.index, r]));
    const fused = hits.map((h, r) => 1 / (k + r) + fusion.weight / (k + clfRank.get(h.index)!));
    const best = Math.max(...fused);
    hits.forEach((h, i) => (h.score = (top * fused[i]) / best));
  }
  return hits.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.index - b.index);
}
