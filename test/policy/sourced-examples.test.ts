import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyIndex, keptSources, parsePolicy, parseSourcedExamples, PolicyFormatError, type PolicyDocument } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import type { ClassifierCache } from '../../src/policy/clause-classifier';
import { PARKING_POLICY } from './parking-policy';
import { withContext } from '../../src/policy/clause-context';
import { resolveExamples } from '../../src/policy/example-evidence';
import { seededClassifier } from '../../src/policy/seeded-classifier';
import { sourcedExampleParts } from '../../src/policy/sourced-example-use';

/**
 * Labelled questions from other writers, each naming its source set (`<name>.dev-examples.jsonl`): loaded and validated
 * beside the policy, learnt by the classifier, its none class and the near-miss pools, and left out by source when a
 * measurement reads that set. A tiny synthetic policy and questions written for this test only.
 */
const line = (q: string, cite: string | null, verdict: string, source: string) => JSON.stringify({ q, cite, verdict, source });
const SOURCED = [
  line('whereabouts does the parking sticker live on the motor', 'display a permit in the windscreen', 'info', 'set-a'),
  '',
  line('my in-laws are popping in, who books them through', 'Visitors are signed in at the front desk', 'info', 'set-b'),
  line('how much is the staff canteen breakfast', null, 'not_covered', 'set-b'),
].join('\n');
const SEEDS = [
  { question: 'where does the sticker go on my car', clauseId: '1.p1', verdict: 'info' as const },
  { question: 'can i leave my motor on the lawn', clauseId: '1.p2', verdict: 'not_allowed' as const },
  { question: 'my mum is visiting, who lets her in', clauseId: '2.p1', verdict: 'info' as const },
];
const UNCOVERED = ['when is payday this month', 'how do I book annual leave', 'what time does the gym open'];

function parkingDoc(sourced = SOURCED): PolicyDocument {
  const doc = parsePolicy(PARKING_POLICY, 'parking');
  return { ...doc, examples: SEEDS, outOfScope: UNCOVERED, sourcedExamples: parseSourcedExamples(sourced, doc, 'parking.dev-examples.jsonl') };
}

describe('sourced examples file', () => {
  const doc = parsePolicy(PARKING_POLICY, 'parking');

  it('resolves each quote to its clause, keeps uncovered questions without one, and keeps every source', () => {
    const examples = parseSourcedExamples(SOURCED, doc, 'x.jsonl');
    expect(examples.map((e) => [e.clauseId, e.verdict, e.source])).toEqual([
      ['1.p1', 'info', 'set-a'],
      ['2.p1', 'info', 'set-b'],
      [undefined, 'not_covered', 'set-b'],
    ]);
    expect(keptSources(examples, ['set-b']).map((e) => e.source)).toEqual(['set-a']);
  });

  it('stops on a broken line, naming it: no source, a quote with not_covered, null with a verdict, an unknown quote, not JSON', () => {
    const bad = [
      JSON.stringify({ q: 'where does the sticker go', cite: 'display a permit', verdict: 'info' }),
      line('where does the sticker go', 'display a permit', 'not_covered', 's'),
      line('how much is breakfast', null, 'info', 's'),
      line('can I park on the roof', 'Staff may park on the roof', 'allowed', 's'),
      '{"q": ',
    ];
    for (const l of bad) expect(() => parseSourcedExamples(`\n${l}`, doc, 'x.jsonl')).toThrow(/x\.jsonl" line 2/);
  });

  it('is loaded beside the policy, and a broken one stops start-up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourced-examples-'));
    writeFileSync(join(dir, 'parking.txt'), PARKING_POLICY);
    expect(loadPolicyFile(join(dir, 'parking.txt')).sourcedExamples).toBeUndefined();
    writeFileSync(join(dir, 'parking.dev-examples.jsonl'), SOURCED);
    expect(loadPolicyFile(join(dir, 'parking.txt')).sourcedExamples).toHaveLength(3);
    writeFileSync(join(dir, 'parking.dev-examples.jsonl'), line('how much is breakfast', null, 'info', 's'));
    expect(() => loadPolicyFile(join(dir, 'parking.txt'))).toThrow(PolicyFormatError);
  });
});

describe('sourced examples in the index', () => {
  // The classifier's cache key spells out every training text: what it saves is what it learnt from.
  const learnt = (options: Parameters<typeof createPolicyIndex>[1]) => {
    const keys: string[] = [];
    const cache: ClassifierCache = { load: () => undefined, save: (key) => void keys.push(key) };
    const index = createPolicyIndex([parkingDoc()], { ...options, classifierCache: cache, verdictModel: false });
    return { index, trained: keys.join('\n') };
  };

  it('are learnt by the classifier, its none class and the near-miss pools', () => {
    const { index, trained } = learnt({});
    for (const q of ['whereabouts does the parking sticker live on the motor', 'how much is the staff canteen breakfast']) {
      expect(trained).toContain(q);
      expect(index.encoderTexts).toContain(q);
    }
  });

  it('a left-out source set is really left out: not learnt, not encoded, the same model as without it', () => {
    const { index, trained } = learnt({ sourcedExamples: { leaveOut: ['set-b'] } });
    expect(trained).toContain('whereabouts does the parking sticker live on the motor');
    for (const q of ['my in-laws are popping in, who books them through', 'how much is the staff canteen breakfast']) {
      expect(trained).not.toContain(q);
      expect(index.encoderTexts).not.toContain(q);
    }
    const bothOut = learnt({ sourcedExamples: { leaveOut: ['set-a', 'set-b'] } });
    expect(bothOut.trained).toBe(learnt({ sourcedExamples: false }).trained);
    expect(bothOut.index.encoderTexts).toEqual(learnt({ sourcedExamples: false }).index.encoderTexts);
  });

  it('teach a wording the seeds lack, and a question the policy does not answer', () => {
    const doc = parkingDoc();
    const entries = withContext([doc]);
    const entryById = new Map(entries.map((e, i) => [`${doc.id}:${e.clause.id}`, i]));
    const seeds = resolveExamples(SEEDS.map((s) => ({ ...s, clauseId: `${doc.id}:${s.clauseId}` })), entryById);
    const classifier = (leaveOut: string[]) => seededClassifier(entries, seeds, {}, UNCOVERED, sourcedExampleParts([doc], entryById, { leaveOut }))!.model;
    const [withThem, without] = [classifier([]), classifier(['set-a', 'set-b'])];
    const p = (m: typeof withThem, q: string, i: number) => m.probabilities(q)[i];
    const inLaws = 'the in-laws are popping in on sunday, who books them through?';
    expect(p(withThem, inLaws, 2)).toBeGreaterThan(p(without, inLaws, 2));
    expect(Math.max(...withThem.probabilities(inLaws))).toBe(p(withThem, inLaws, 2));
    const canteen = 'what does the canteen charge for a breakfast roll';
    expect(withThem.noneProbability(canteen)).toBeGreaterThan(without.noneProbability(canteen));
  });
});
