import type { SearchHit } from './clause-search';

/**
 * Fuses a sentence encoder's opinion (cosine of the question to each clause) into the lexical
 * ranking. The lexical hits keep their own score and coverage (abstention and confidence read
 * those); only their order changes, and a clause the encoder likes that the lexical search did
 * not find at all may join the candidates with a zero score.
 *
 * `mode`:
 * - `rrf`: reciprocal rank fusion, 1/(k + lexical rank) + weight/(k + encoder rank);
 * - `blend`: (1 - weight) x score / top score + weight x (cosine - mean) / (max - mean), clamped at 0.
 * `depth`: only the lexical top `depth` (and the encoder's top `depth`) take part.
 */
export interface SentenceFusion {
  mode: 'rrf' | 'blend';
  weight: number;
  depth: number;
  /** RRF constant (ignored by blend). */
  k?: number;
  /**
   * When the encoder is asked (and run): `always`; `unsure` when the lexical answer would be marked unsure;
   * `close` when a different clause scores within `closeRatio` of the lexical top (a near tie to break).
   */
  gate: 'always' | 'unsure' | 'close';
  closeRatio?: number;
}

/**
 * The sentence encoder breaks close calls among the lexical top two when the lexical answer is unsure: a blend of
 * 0.65 x lexical score (share of the top) + 0.35 x the encoder's cosine (share of its spread). Chosen on the dev
 * sets, where it helped (or held) on all four; fused always, deeper, or by reciprocal rank it cost points
 * (docs/policy-answers.md, `npx tsx scripts/qa-encoder-experiments.ts`).
 * Not applied by default since 30 Nov: once the clause classifier and four rounds of examples were in, it changed top
 * clause on two of eight dev sets (+1.6, +0.7) and on none of the others, while running the encoder on ~42% of
 * questions put its slowest embeddings into the answer latency's p99 (41 ms against the 30 ms target). Pass it as
 * `PolicyIndexOptions.sentenceFusion` to have it.
 */
export const DEFAULT_SENTENCE_FUSION: SentenceFusion = { mode: 'blend', weight: 0.35, depth: 2, gate: 'unsure' };

export function fuseSentenceSimilarity(hits: SearchHit[], sims: Float32Array, fusion: SentenceFusion): SearchHit[] {
  if (!hits.length) return hits;
  const lexical = hits.slice(0, fusion.depth);
  const encoderOrder = [...sims.keys()].sort((a, b) => sims[b] - sims[a]).slice(0, fusion.depth);
  const encoderRank = new Map(encoderOrder.map((i, r) => [i, r]));
  const candidates = new Map(lexical.map((h) => [h.index, h]));
  const fused = new Map<number, number>();
  if (fusion.mode === 'rrf') {
    const k = fusion.k ?? 10;
    lexical.forEach((h, r) => fused.set(h.index, 1 / (k + r)));
    for (const [i, r] of encoderRank) fused.set(i, (fused.get(i) ?? 0) + fusion.weight / (k + r));
  } else {
    const top = lexical[0].score || 1;
    let mean = 0;
    for (const s of sims) mean += s;
    mean /= sims.length || 1;
    const max = sims[encoderOrder[0]] ?? mean;
    const spread = max - mean || 1;
    const cos = (i: number) => Math.max(0, (sims[i] - mean) / spread);
    for (const h of lexical) fused.set(h.index, (1 - fusion.weight) * (h.score / top) + fusion.weight * cos(h.index));
  }
  const order = [...fused.keys()].sort((a, b) => fused.get(b)! - fused.get(a)! || a - b);
  const reordered = order.map(
    (i) => candidates.get(i) ?? hits.find((h) => h.index === i) ?? { index: i, score: 0, coverage: 0, coverageOnTopic: 0, matchedUnits: 0, matchedConcept: false },
  );
  const placed = new Set(order);
  return [...reordered, ...hits.filter((h) => !placed.has(h.index))];
}

/** Whether the lexical ranking is a near tie: another clause scores at least `ratio` of the top. */
export function isCloseCall(hits: SearchHit[], ratio: number): boolean {
  return hits.length > 1 && hits[1].score >= ratio * hits[0].score;
}

/**
 * Whether the encoder could change the order at all, so it need not run when it cannot. In a blend the
 * runner-up overtakes only if weight x (its cosine share - the top's) > (1 - weight) x (1 - its score share),
 * and cosine shares differ by at most 1: a runner-up under 1 - weight / (1 - weight) of the top stays behind.
 */
export function canReorder(hits: SearchHit[], fusion: SentenceFusion): boolean {
  if (hits.length < 2 || fusion.depth < 2) return false;
  if (fusion.mode !== 'blend') return true;
  const needed = 1 - fusion.weight / (1 - fusion.weight);
  return hits[1].score >= needed * hits[0].score;
}
