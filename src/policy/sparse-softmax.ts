import type { SparseVector } from './hashed-features';

/**
 * A linear softmax (multinomial logistic regression) over sparse features, trained by plain SGD with a
 * linearly decaying learning rate, as fastText's supervised mode does, but without its low-rank hidden
 * layer: with ~100 classes and ~20,000 features seen in training, a full weight row per seen feature is
 * 2 M floats (8 MB). Training costs examples x epochs x features per example x classes multiply-adds: ~1.8 s for
 * 1,349 examples on a shared 2-CPU box, hence the weights cache (clause-classifier.ts).
 * Only features seen in training get a row (a Map from hashed id to row); an unseen feature at
 * prediction time carries no weight. Deterministic: the shuffle uses a seeded generator.
 */
export interface SoftmaxOptions {
  epochs: number;
  /** Initial learning rate, decayed linearly to 0 over all updates. */
  lr: number;
  /** L2 penalty applied to the rows an example touches (lazy weight decay). */
  l2: number;
  seed: number;
}

/** A class whose gradient is below this for an example is not updated by it (its weights would move by < 1e-4 x lr). */
const SKIP_GRADIENT = 1e-4;

export const DEFAULT_SOFTMAX: SoftmaxOptions = { epochs: 10, lr: 1, l2: 0, seed: 1 };

export interface TrainingExample {
  x: SparseVector;
  label: number;
  /** Weight of the example's loss (default 1). */
  weight?: number;
}

export interface SoftmaxModel {
  readonly classCount: number;
  /** Probability of each class for the features (sums to 1). */
  probabilities(x: SparseVector): Float32Array;
  /** Rows held (features seen in training), for memory figures. */
  readonly featureRows: number;
  /** The learnt weights, for a cache (softmaxFromWeights rebuilds the same model). */
  readonly weights: SoftmaxWeights;
}

/** A trained model as plain arrays: the hashed feature id of each row, the rows (row-major, classCount each), the biases. */
export interface SoftmaxWeights {
  featureIds: Int32Array;
  rows: Float32Array;
  bias: Float32Array;
}

export function trainSoftmax(data: TrainingExample[], classCount: number, options: SoftmaxOptions = DEFAULT_SOFTMAX): SoftmaxModel {
  const rowOf = new Map<number, number>();
  for (const d of data) for (const id of d.x.ids) if (!rowOf.has(id)) rowOf.set(id, rowOf.size);
  const w = new Float32Array(rowOf.size * classCount);
  const bias = new Float32Array(classCount);
  const scores = new Float32Array(classCount);
  const active = new Int32Array(classCount);
  const step_ = new Float32Array(classCount);
  const compiled = data.map((d) => ({ rows: d.x.ids.map((id) => rowOf.get(id)!), values: d.x.values, label: d.label, weight: d.weight ?? 1 }));

  const random = mulberry32(options.seed);
  const order = compiled.map((_, i) => i);
  const total = Math.max(1, options.epochs * compiled.length);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const ex = compiled[i];
      const lr = options.lr * (1 - step++ / total);
      forward(w, bias, ex.rows, ex.values, scores);
      scores[ex.label] -= 1; // gradient of the cross-entropy w.r.t. the logits: p - y
      // Once trained a little, most classes have p ~ 0 for an example: updating only the others is the same
      // model to within SKIP_GRADIENT and halves the work (the forward pass stays dense).
      let n = 0;
      for (let c = 0; c < classCount; c++) {
        if (Math.abs(scores[c]) < SKIP_GRADIENT) continue;
        active[n] = c;
        step_[n++] = scores[c] * lr * ex.weight;
        bias[c] -= step_[n - 1];
      }
      const decay = 1 - lr * options.l2;
      for (let j = 0; j < ex.rows.length; j++) {
        const base = ex.rows[j] * classCount;
        const v = ex.values[j];
        if (decay !== 1) for (let c = 0; c < classCount; c++) w[base + c] *= decay;
        for (let k = 0; k < n; k++) w[base + active[k]] -= step_[k] * v;
      }
    }
  }
  return softmaxFromWeights({ featureIds: Int32Array.from(rowOf.keys()), rows: w, bias });
}

/** The model of the given weights (from trainSoftmax, or read back from a cache). */
export function softmaxFromWeights(weights: SoftmaxWeights): SoftmaxModel {
  const classCount = weights.bias.length;
  const rowOf = new Map<number, number>();
  weights.featureIds.forEach((id, r) => rowOf.set(id, r));
  return {
    classCount,
    featureRows: rowOf.size,
    weights,
    probabilities(x) {
      const out = new Float32Array(classCount);
      forward(weights.rows, weights.bias, x.ids.map((id) => rowOf.get(id) ?? -1), x.values, out);
      return out;
    },
  };
}

/** Softmax of bias + the rows' weighted sum (row -1: a feature unseen in training, no weight). */
function forward(w: Float32Array, bias: Float32Array, rows: number[], values: number[], out: Float32Array): void {
  const classCount = bias.length;
  out.set(bias);
  for (let j = 0; j < rows.length; j++) {
    if (rows[j] < 0) continue;
    const base = rows[j] * classCount;
    const v = values[j];
    for (let c = 0; c < classCount; c++) out[c] += v * w[base + c];
  }
  softmaxInPlace(out);
}

function softmaxInPlace(z: Float32Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c] - max);
    sum += z[c];
  }
  for (let c = 0; c < z.length; c++) z[c] /= sum;
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

/** Small seeded PRNG (mulberry32), so training gives the same model every start. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
