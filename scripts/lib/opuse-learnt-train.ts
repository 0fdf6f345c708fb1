/**
 * Sixteenth session: training of the learnt operational_use scorer (scripts/opuse-learnt.ts). A logistic regression by
 * AdaGrad SGD over a post's hashed unigram and bigram keys (each 1/sqrt(n)), then pruned to the `keep` largest weights;
 * the pruned model is what is measured and what is shipped, scored by the product's own function (learntScore).
 */
import { learntScore, type LearntWeights } from '../../src/detection/detectors/operational-use-learnt-features';
import { epochOrders } from './epoch-orders';

export interface LearntTrainOptions { epochs: number; l2: number; lr: number; seed: number; keep: number }

export type Pruned = LearntWeights & { weights: Map<number, number> };

export function fitPruned(rows: number[][], ys: number[], hashBits: number, o: LearntTrainOptions): Pruned {
  const dim = 1 << hashBits;
  const w = new Float32Array(dim);
  const g2 = new Float32Array(dim).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  for (const order of epochOrders(rows.length, o.epochs, o.seed)) {
    for (const r of order) {
      const keys = rows[r];
      const v = 1 / Math.sqrt(keys.length || 1);
      let z = bias;
      for (const k of keys) z += w[k] * v;
      const err = 1 / (1 + Math.exp(-z)) - ys[r];
      gb += err * err;
      bias -= (o.lr * err) / Math.sqrt(gb);
      for (const k of keys) {
        const g = err * v + o.l2 * w[k];
        g2[k] += g * g;
        w[k] -= (o.lr * g) / Math.sqrt(g2[k]);
      }
    }
  }
  const nz: number[] = [];
  for (let k = 0; k < dim; k++) if (w[k] !== 0) nz.push(k);
  nz.sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]));
  // Weights as shipped: three decimals.
  const weights = new Map(nz.slice(0, o.keep).map((k) => [k, Math.round(w[k] * 1000) / 1000] as [number, number]));
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

export function scoreWith(m: LearntWeights, keys: readonly number[]): number {
  return learntScore(keys, m);
}
