/**
 * Seventeenth session: training of the learnt core reader (scripts/core-learnt.ts). A softmax regression by AdaGrad SGD
 * over a candidate's hashed keys (each 1/sqrt(n)), then pruned to the `keep` largest (key, class) weights; the pruned
 * model is what is measured and what is shipped, scored by the product's own function (coreScores).
 */
import { CORE_CLASSES, CORE_HASH_BITS, type CoreWeights } from './core-learnt-features';
import { epochOrders } from './epoch-orders';

export interface CoreTrainOptions { epochs: number; l2: number; lr: number; seed: number; keep: number }
export type CorePruned = CoreWeights & { weights: Map<number, Array<[number, number]>> };

const C = CORE_CLASSES.length;

export function fitCore(rows: ReadonlyArray<readonly number[]>, ys: readonly number[], o: CoreTrainOptions): CorePruned {
  const dim = 1 << CORE_HASH_BITS;
  const w = new Float32Array(dim * C);
  const g2 = new Float32Array(dim * C).fill(1e-8);
  const bias = new Float64Array(C);
  const gb = new Float64Array(C).fill(1e-8);
  const z = new Float64Array(C);
  for (const order of epochOrders(rows.length, o.epochs, o.seed)) {
    for (const r of order) {
      const keys = rows[r];
      const v = 1 / Math.sqrt(keys.length || 1);
      for (let c = 0; c < C; c++) z[c] = 0;
      for (const k of keys) { const b = k * C; for (let c = 0; c < C; c++) z[c] += w[b + c]; }
      let max = -Infinity;
      for (let c = 0; c < C; c++) { z[c] = bias[c] + z[c] * v; if (z[c] > max) max = z[c]; }
      let sum = 0;
      for (let c = 0; c < C; c++) { z[c] = Math.exp(z[c] - max); sum += z[c]; }
      for (let c = 0; c < C; c++) {
        const err = z[c] / sum - (ys[r] === c ? 1 : 0);
        z[c] = err;
        gb[c] += err * err;
        bias[c] -= (o.lr * err) / Math.sqrt(gb[c]);
      }
      for (const k of keys) {
        const b = k * C;
        for (let c = 0; c < C; c++) {
          const g = z[c] * v + o.l2 * w[b + c];
          if (g === 0) continue;
          g2[b + c] += g * g;
          w[b + c] -= (o.lr * g) / Math.sqrt(g2[b + c]);
        }
      }
    }
  }
  // The `keep` largest weights, three decimals (as shipped).
  const nz: number[] = [];
  for (let i = 0; i < w.length; i++) if (Math.abs(w[i]) >= 0.0005) nz.push(i);
  nz.sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]));
  const weights = new Map<number, Array<[number, number]>>();
  for (const i of nz.slice(0, o.keep)) {
    const k = Math.floor(i / C);
    const list = weights.get(k) ?? [];
    list.push([i % C, Math.round(w[i] * 1000) / 1000]);
    weights.set(k, list);
  }
  return { bias: Array.from(bias, (b) => Math.round(b * 1e4) / 1e4), weights };
}
