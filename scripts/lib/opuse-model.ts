/**
 * Dev only (fifteenth session, branch opml15): features and a small logistic regression for a learnt
 * operational_use scorer, evaluated by scripts/opuse-loso.ts. Nothing here is used by the product.
 *
 * Features of a post: the detector's own signals (operationalSignals: the ask, live, incident, on-call,
 * resource, scene, directing, each negative signal, the score) and the vocabulary regexes it is built from,
 * the rules' own decision, plus a light text representation: hashed word unigrams and bigrams and/or the
 * mean of the pretrained word vectors the policy engine loads.
 */
import type { OperationalSignals } from '../../src/detection/detectors/operational-use';
import type { WordVectors } from '../../src/policy/word-vectors';

/** The engine whose signals are read: this tree's, or an older one's (ENGINE_ROOT, for a rules-before baseline). */
export interface OpEngine {
  operationalSignals(lower: string): OperationalSignals;
  regexes: Array<[string, RegExp]>;
  scan(input: { text: string }): Array<{ type: string }>;
}

export async function loadEngine(root: string): Promise<OpEngine> {
  const d = `${root}/src/detection`;
  const op = (await import(`${d}/detectors/operational-use`)) as { operationalSignals: OpEngine['operationalSignals'] };
  const mods: Array<Record<string, unknown>> = [await import(`${d}/detectors/operational-use-vocabulary`)];
  try { mods.push(await import(`${d}/detectors/operational-use-commands`)); } catch { /* older engines have no commands file */ }
  const { scan } = (await import(d)) as { scan: OpEngine['scan'] };
  const regexes = mods.flatMap((m) => Object.entries(m).filter(([, r]) => r instanceof RegExp) as Array<[string, RegExp]>);
  return { operationalSignals: op.operationalSignals, regexes, scan };
}

/** A sparse feature vector: parallel index and value arrays. */
export interface Sparse { idx: Int32Array; val: Float32Array }

export interface FeatureOptions { engine: OpEngine; signals: boolean; ngrams: boolean; vectors?: WordVectors; hashBits: number }

const AGAINST = ['past', 'planning', 'guidance', 'process_question', 'news', 'future', 'personal', 'shared_experience', 'invitation', 'humour', 'office_life', 'records', 'in_passing', 'past_tense'];

/** Named binary signal features of a lower-cased post, with the rules' decision. */
export function signalFeatures(e: OpEngine, lower: string, ruleFlag: boolean): string[] {
  const s = e.operationalSignals(lower);
  const f: string[] = [`req=${s.request ?? 'none'}`, `score=${Math.max(-2, Math.min(6, s.score))}`];
  for (const k of ['unfolding', 'live', 'incident', 'onCall', 'resource', 'scene', 'directing'] as const) if (s[k]) f.push(k);
  for (const a of s.against) f.push(`against=${a}`);
  if (s.anchor) f.push('anchor');
  if (ruleFlag) f.push('RULE');
  if (s.request && s.incident) f.push('req&incident');
  if (s.request && s.live) f.push('req&live');
  if (s.request && s.resource) f.push('req&resource');
  if (s.live && s.incident) f.push('live&incident');
  for (const [name, re] of e.regexes) if (re.test(lower.slice(0, 4000))) f.push(`re=${name}`);
  if (lower.length < 80) f.push('len<80'); else if (lower.length < 200) f.push('len<200'); else f.push('len>=200');
  if (lower.includes('?')) f.push('question');
  return f;
}

export const SIGNAL_NAMES = (e: OpEngine): string[] => {
  const n = ['req=strong', 'req=weak', 'req=none', 'unfolding', 'live', 'incident', 'onCall', 'resource', 'scene', 'directing', 'anchor', 'RULE', 'req&incident', 'req&live', 'req&resource', 'live&incident', 'len<80', 'len<200', 'len>=200', 'question'];
  for (let i = -2; i <= 6; i++) n.push(`score=${i}`);
  for (const a of AGAINST) n.push(`against=${a}`);
  for (const [name] of e.regexes) n.push(`re=${name}`);
  return n;
};

export function words(lower: string): string[] {
  return lower.replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return h >>> 0;
}

/** Feature vector of a post. Layout: [bias][signals][vector dims][hashed ngrams]. */
export function featurize(text: string, ruleFlag: boolean, o: FeatureOptions, names: Map<string, number>): Sparse {
  const lower = text.toLowerCase();
  const m = new Map<number, number>();
  m.set(0, 1);
  let base = 1;
  if (o.signals) {
    for (const f of signalFeatures(o.engine, lower, ruleFlag)) {
      const i = names.get(f);
      if (i !== undefined) m.set(base + i, 1);
    }
  }
  base += names.size;
  const w = words(lower.slice(0, 4000));
  if (o.vectors) {
    const d = o.vectors.dimensions;
    const acc = new Float32Array(d);
    let n = 0;
    for (const x of w) { const v = o.vectors.vector(x); if (v) { n++; for (let k = 0; k < d; k++) acc[k] += v[k]; } }
    let norm = 0;
    for (let k = 0; k < d; k++) norm += acc[k] * acc[k];
    norm = Math.sqrt(norm) || 1;
    if (n) for (let k = 0; k < d; k++) m.set(base + k, acc[k] / norm);
    base += d;
  }
  if (o.ngrams) {
    const grams = new Set<number>();
    const size = 1 << o.hashBits;
    for (let i = 0; i < w.length; i++) {
      grams.add(hash('u:' + w[i]) % size);
      if (i + 1 < w.length) grams.add(hash('b:' + w[i] + ' ' + w[i + 1]) % size);
    }
    const v = 1 / Math.sqrt(grams.size || 1);
    for (const g of grams) m.set(base + g, v);
  }
  const idx = Int32Array.from(m.keys());
  const val = Float32Array.from(m.values());
  return { idx, val };
}

export function dimension(o: FeatureOptions, names: Map<string, number>): number {
  return 1 + names.size + (o.vectors ? o.vectors.dimensions : 0) + (o.ngrams ? 1 << o.hashBits : 0);
}

export interface TrainOptions { epochs: number; l2: number; lr: number; posWeight: number; seed: number }

/** Logistic regression by AdaGrad SGD over sparse rows; returns the weights. */
export function train(xs: Sparse[], ys: number[], dim: number, o: TrainOptions): Float32Array {
  const w = new Float32Array(dim);
  const g2 = new Float32Array(dim).fill(1e-8);
  const order = xs.map((_, i) => i);
  let seed = o.seed >>> 0 || 1;
  const rnd = (): number => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
  for (let e = 0; e < o.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const r of order) {
      const x = xs[r];
      const p = predict(w, x);
      const err = (p - ys[r]) * (ys[r] ? o.posWeight : 1);
      for (let k = 0; k < x.idx.length; k++) {
        const i = x.idx[k];
        const g = err * x.val[k] + (i === 0 ? 0 : o.l2 * w[i]);
        g2[i] += g * g;
        w[i] -= (o.lr * g) / Math.sqrt(g2[i]);
      }
    }
  }
  return w;
}

export function predict(w: Float32Array, x: Sparse): number {
  let z = 0;
  for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]] * x.val[k];
  return 1 / (1 + Math.exp(-z));
}
