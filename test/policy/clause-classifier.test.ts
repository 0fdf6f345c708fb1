import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charGrams, createFeaturizer, DEFAULT_FEATURES, fnv1a } from '../../src/policy/hashed-features';
import { softmaxFromWeights, trainSoftmax, type TrainingExample } from '../../src/policy/sparse-softmax';
import { DEFAULT_CLASSIFIER, trainClauseClassifier, type ClassifierCache } from '../../src/policy/clause-classifier';
import { fuseClassifier } from '../../src/policy/classifier-fusion';
import { withContext } from '../../src/policy/clause-context';
import { createClauseRanker } from '../../src/policy/rank-clauses';
import { createPolicyIndex, parsePolicy } from '../../src/policy';
import type { SearchHit } from '../../src/policy/clause-search';
import { createClassifierCache } from '../../src/language/classifier-cache';
import { PARKING_POLICY } from './parking-policy';

const POLICY = PARKING_POLICY;
const doc = parsePolicy(POLICY, 'parking');
const entries = withContext([doc]);
const [PERMIT, GRASS, VISITORS] = [0, 1, 2];
const EXAMPLES = [
  { text: 'where does the sticker go on my car', entryIndex: PERMIT },
  { text: 'do i have to show my parking pass', entryIndex: PERMIT },
  { text: 'can i leave my motor on the lawn', entryIndex: GRASS },
  { text: 'is the grassy bit ok for parking', entryIndex: GRASS },
  { text: 'my mum is visiting, where does she go', entryIndex: VISITORS },
  { text: 'guests arriving tomorrow, who lets them in', entryIndex: VISITORS },
];
const top = (p: Float32Array) => [...p.keys()].sort((a, b) => p[b] - p[a])[0];

describe('hashed features', () => {
  it('reads words the way the engine does (stop words out, stems), with bigrams and character grams', () => {
    const x = createFeaturizer({ ...DEFAULT_FEATURES, dense: 0 })('Can I post the photos?');
    const y = createFeaturizer({ ...DEFAULT_FEATURES, dense: 0 })('post photo');
    // "can", "i", "the" are stop words and "photos" stems to "photo": the same unigrams and bigram.
    expect(new Set(x.ids.filter((id) => y.ids.includes(id))).size).toBeGreaterThanOrEqual(3);
    expect(charGrams('pic', 3, 5)).toEqual(['<pi', 'pic', 'ic>', '<pic', 'pic>', '<pic>']);
    expect(charGrams('a', 3, 5)).toEqual(['<a>']);
    expect(fnv1a('a')).toBe(0xe40c292c); // the published FNV-1a 32-bit value: hashing is stable across runs
  });

  it('lets a misspelt word share most of its character grams with the right one', () => {
    const chars = createFeaturizer({ ...DEFAULT_FEATURES, unigram: 0, bigram: 0, dense: 0 });
    const right = new Set(chars('facebook').ids);
    const typo = chars('faceboook').ids;
    expect(typo.filter((id) => right.has(id)).length / typo.length).toBeGreaterThan(0.5);
  });
});

describe('sparse softmax', () => {
  const x = (...ids: number[]) => ({ ids, values: ids.map(() => 1 / Math.sqrt(ids.length)) });
  const data: TrainingExample[] = [
    { x: x(1, 2), label: 0 },
    { x: x(3, 4), label: 1 },
    { x: x(5, 6), label: 2 },
    { x: x(1, 7), label: 0 },
  ];

  it('learns which features tell the classes apart, and gives probabilities', () => {
    const model = trainSoftmax(data, 3, { epochs: 30, lr: 0.5, l2: 0, seed: 1 });
    const p = model.probabilities(x(1));
    expect(top(p)).toBe(0);
    expect(top(model.probabilities(x(4, 99)))).toBe(1); // an unseen feature carries no weight
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(model.featureRows).toBe(7);
  });

  it('is deterministic for a seed, and rebuilds the same model from its weights', () => {
    const a = trainSoftmax(data, 3, { epochs: 10, lr: 0.5, l2: 0, seed: 7 });
    const b = trainSoftmax(data, 3, { epochs: 10, lr: 0.5, l2: 0, seed: 7 });
    expect(Array.from(a.probabilities(x(1, 3)))).toEqual(Array.from(b.probabilities(x(1, 3))));
    expect(Array.from(softmaxFromWeights(a.weights).probabilities(x(1, 3)))).toEqual(Array.from(a.probabilities(x(1, 3))));
  });
});

describe('clause classifier', () => {
  it('finds the clause from words only its examples use, and through a typo', () => {
    const clf = trainClauseClassifier(entries, EXAMPLES);
    expect(top(clf.probabilities('where do I put the sticker'))).toBe(PERMIT);
    expect(top(clf.probabilities('lawn ok for my motor?'))).toBe(GRASS);
    expect(top(clf.probabilities('gusets arriving, who lets them in'))).toBe(VISITORS);
  });

  it('reads its weights from the cache when the key matches, and trains again when the examples change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clf-cache-'));
    const cache = createClassifierCache(dir, 'test-table');
    const trained = trainClauseClassifier(entries, EXAMPLES, DEFAULT_CLASSIFIER, undefined, cache);
    expect(readdirSync(dir).filter((f) => f.startsWith('clause-classifier-'))).toHaveLength(1);
    let loads = 0;
    const counting: ClassifierCache = { load: (k) => (loads++, cache.load(k)), save: () => expect.fail('a cached model was trained again') };
    const cached = trainClauseClassifier(entries, EXAMPLES, DEFAULT_CLASSIFIER, undefined, counting);
    expect(loads).toBe(1);
    const q = 'is the grassy bit fine';
    expect(Array.from(cached.probabilities(q))).toEqual(Array.from(trained.probabilities(q)));
    trainClauseClassifier(entries, EXAMPLES.slice(1), DEFAULT_CLASSIFIER, undefined, cache);
    expect(readdirSync(dir).filter((f) => f.startsWith('clause-classifier-'))).toHaveLength(2);
  });

  it('treats a damaged cache file as a miss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clf-cache-'));
    const cache = createClassifierCache(dir, 'test-table');
    trainClauseClassifier(entries, EXAMPLES, DEFAULT_CLASSIFIER, undefined, cache);
    const file = readdirSync(dir).find((f) => f.startsWith('clause-classifier-'))!;
    writeFileSync(join(dir, file), Buffer.from([1, 2, 3]));
    let saved = false;
    const clf = trainClauseClassifier(entries, EXAMPLES, DEFAULT_CLASSIFIER, undefined, { load: cache.load, save: () => (saved = true) });
    expect(saved).toBe(true);
    expect(top(clf.probabilities('can i leave my motor on the lawn'))).toBe(GRASS);
  });
});

describe('classifier fusion', () => {
  const hit = (index: number, score: number, coverage: number): SearchHit => ({ index, score, coverage, coverageOnTopic: coverage, matchedUnits: 1, matchedConcept: false });

  it('blends: a close lexical runner-up the classifier is sure of goes first, keeping its own coverage and the top score scale', () => {
    const probs = Float32Array.from([0.05, 0.9, 0.05]);
    const fused = fuseClassifier([hit(0, 10, 0.8), hit(1, 8, 0.5), hit(2, 2, 0.2)], probs, { mode: 'blend', weight: 0.5 });
    expect(fused.map((h) => h.index)).toEqual([1, 0, 2]);
    expect(fused[0].coverage).toBe(0.5);
    expect(fused[0].score).toBeCloseTo(10 * (0.5 * 0.8 + 0.5 * 1), 5);
  });

  it('counts a pinned clause (found through an approved example) as the classifier\'s surest', () => {
    const probs = Float32Array.from([0.9, 0.05, 0.05]);
    const hits = () => [hit(0, 10, 0.8), hit(1, 9, 0.9)];
    expect(fuseClassifier(hits(), probs, { mode: 'blend', weight: 0.5 }).map((h) => h.index)).toEqual([0, 1]);
    expect(fuseClassifier(hits(), probs, { mode: 'blend', weight: 0.5 }, new Set([1])).map((h) => h.index)).toEqual([0, 1]);
    expect(fuseClassifier([hit(0, 9, 0.8), hit(1, 10, 0.9)], probs, { mode: 'blend', weight: 0.5 }, new Set([1])).map((h) => h.index)).toEqual([1, 0]);
    expect(fuseClassifier([hit(0, 9, 0.8), hit(1, 10, 0.9)], probs, { mode: 'blend', weight: 0.5 }).map((h) => h.index)).toEqual([0, 1]);
  });

  it('cannot bring in a clause the lexical search did not find, and a weight of 0 changes nothing', () => {
    const probs = Float32Array.from([0.01, 0.01, 0.98]);
    expect(fuseClassifier([hit(0, 10, 0.8), hit(1, 8, 0.5)], probs, { mode: 'blend', weight: 0.5 }).map((h) => h.index)).toEqual([0, 1]);
    expect(fuseClassifier([hit(0, 10, 0.8), hit(1, 9, 0.5)], Float32Array.from([0, 1, 0]), { mode: 'product', weight: 0 }).map((h) => h.index)).toEqual([0, 1]);
  });
});

describe('the classifier in the ranking and the index', () => {
  const examples = EXAMPLES.map((e) => ({ question: e.text, clauseId: entries[e.entryIndex].clause.id }));

  it('reorders the ranker\'s hits by the model\'s probabilities', () => {
    const q = 'staff must park';
    const plain = createClauseRanker(entries).rank(q).hits.map((h) => h.index);
    const last = plain[plain.length - 1];
    const sure = Float32Array.from(entries.map((_, i) => (i === last ? 1 : 0)));
    const fused = createClauseRanker(entries, { classifier: { model: { probabilities: () => sure }, fusion: { mode: 'blend', weight: 0.9 } } }).rank(q).hits.map((h) => h.index);
    expect(plain.length).toBeGreaterThan(1);
    expect(fused[0]).toBe(last);
    expect(new Set(fused)).toEqual(new Set(plain));
  });

  it('is on by default with seed examples, and switchable by option or ablation resource', () => {
    const seeded = { ...doc, examples: examples.map((e) => ({ ...e, verdict: 'info' as const })) };
    const on = createPolicyIndex([seeded]);
    const offByOption = createPolicyIndex([seeded], { clauseClassifier: false });
    const offByAblation = createPolicyIndex([seeded], { without: ['classifier'] });
    const q = 'where do guests show a pass';
    expect(offByOption.answer(q)).toEqual(offByAblation.answer(q));
    expect(on.answer('can i leave my motor on the lawn').citations[0]?.clauseId).toBe(entries[GRASS].clause.id);
  });

  it('learns from seed examples only: approved examples (which change at run time) do not train it', () => {
    const heavy = { fusion: { mode: 'blend' as const, weight: 0.99 } };
    const approvedOnly = createPolicyIndex([doc], { examples, clauseClassifier: heavy });
    const without = createPolicyIndex([doc], { examples, clauseClassifier: false });
    for (const e of EXAMPLES) expect(approvedOnly.answer(e.text)).toEqual(without.answer(e.text));
  });
});
