/**
 * Seventeenth session (branch names17): training of the learnt person_name reader (scripts/names-learnt.ts). A logistic
 * regression by AdaGrad SGD over a candidate's hashed keys (weight 1 each) and its post's keys (1/sqrt(n) each, shared
 * by every candidate of the post), then pruned to the `keep` largest weights; the pruned model is what is measured and
 * shipped, scored by the functions the reader would use (names-learnt-features.ts).
 */
import { candidateScore, postScore, type NameWeights } from './names-learnt-features';
import { epochOrders } from './epoch-orders';

export interface NameTrainOptions { epochs: number; l2: number; lr: number; seed: number; keep: number }
/** One training row: a candidate's keys, its post's index, label and weight. */
export interface NameRow { keys: number[]; post: number; y: number; w: number }

export function fitNames(rows: NameRow[], postKeys: number[][], hashBits: number, o: NameTrainOptions): NameWeights & { weights: Map<number, number> } {
  const dim = 1 << hashBits;
  const w = new Float32Array(dim);
  const g2 = new Float32Array(dim).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  for (const order of epochOrders(rows.length, o.epochs, o.seed)) {
    for (const r of order) {
      const row = rows[r];
      const pk = postKeys[row.post];
      const v = 1 / Math.sqrt(pk.length || 1);
      let z = bias;
      for (const k of row.keys) z += w[k];
      for (const k of pk) z += w[k] * v;
      const err = (1 / (1 + Math.exp(-z)) - row.y) * row.w;
      gb += err * err;
      bias -= (o.lr * err) / Math.sqrt(gb);
      for (const k of row.keys) {
        const g = err + o.l2 * w[k];
        g2[k] += g * g;
        w[k] -= (o.lr * g) / Math.sqrt(g2[k]);
      }
      for (const k of pk) {
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

/** Scores of every candidate of a post. */
export function scoreCandidates(m: NameWeights, keys: number[][], post: number[]): number[] {
  const p = postScore(post, m);
  return keys.map((k) => candidateScore(k, p, m));
}
