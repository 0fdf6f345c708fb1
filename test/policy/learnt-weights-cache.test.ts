import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, type PolicyDocument } from '../../src/policy';
import type { ClassifierCache } from '../../src/policy/clause-classifier';
import { createClassifierCache } from '../../src/language/classifier-cache';
import { PARKING_POLICY } from './parking-policy';

/**
 * Both learnt parts the index trains at start-up, the clause classifier and the verdict model, keep their weights in
 * the cache dir under a hash of what they learn from (classifier-cache.ts): a warm start trains neither, changed inputs
 * train again, and a damaged file is a miss, never a wrong model.
 */
const EXAMPLES = [
  { question: 'where does the sticker go on my car', clauseId: '1.p1', verdict: 'info' as const },
  { question: 'do i have to show my parking pass', clauseId: '1.p1', verdict: 'conditional' as const },
  { question: 'can i leave my motor on the lawn', clauseId: '1.p2', verdict: 'not_allowed' as const },
  { question: 'is the grassy bit ok for parking', clauseId: '1.p2', verdict: 'not_allowed' as const },
  { question: 'my mum is visiting, where does she go', clauseId: '2.p1', verdict: 'info' as const },
  { question: 'can guests sign themselves in', clauseId: '2.p1', verdict: 'not_allowed' as const },
];
const QUESTIONS = ['can i park on the grass', 'where do visitors sign in', 'do i need to show a permit'];
const docWith = (examples: typeof EXAMPLES): PolicyDocument => ({ ...parsePolicy(PARKING_POLICY, 'parking'), examples });

/** The cache as the bot builds it, counting what the index saves (a save means a model was trained). */
function counted(dir: string): { cache: ClassifierCache; saved: string[] } {
  const cache = createClassifierCache(dir, 'test-table');
  const saved: string[] = [];
  return { cache: { load: cache.load, save: (key, w) => (saved.push(JSON.parse(key).kind ?? 'classifier'), cache.save(key, w)) }, saved };
}
const answersOf = (doc: PolicyDocument, cache?: ClassifierCache) => {
  const index = createPolicyIndex([doc], { classifierCache: cache });
  return QUESTIONS.map((q) => JSON.stringify(index.answer(q)));
};

describe('learnt weights cached on disk', () => {
  it('a warm start trains nothing and answers as the cold one did', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weights-cache-'));
    const cold = counted(dir);
    const first = answersOf(docWith(EXAMPLES), cold.cache);
    expect(cold.saved.sort()).toEqual(['classifier', 'verdict']);
    const warm = counted(dir);
    expect(answersOf(docWith(EXAMPLES), warm.cache)).toEqual(first);
    expect(warm.saved).toEqual([]);
  });

  it('trains again when its inputs change: a new verdict retrains the verdict model alone, a new question both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weights-cache-'));
    answersOf(docWith(EXAMPLES), counted(dir).cache);
    const changedVerdict = EXAMPLES.map((e, i) => (i === 5 ? { ...e, verdict: 'info' as const } : e));
    const verdictOnly = counted(dir);
    expect(answersOf(docWith(changedVerdict), verdictOnly.cache)).toEqual(answersOf(docWith(changedVerdict)));
    expect(verdictOnly.saved).toEqual(['verdict']);
    const more = [...EXAMPLES, { question: 'who lets visitors in at night', clauseId: '2.p1', verdict: 'info' as const }];
    const both = counted(dir);
    expect(answersOf(docWith(more), both.cache)).toEqual(answersOf(docWith(more)));
    expect(both.saved.sort()).toEqual(['classifier', 'verdict']);
  });

  it('ignores a damaged file (truncated, or a header that does not match its length) and trains again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'weights-cache-'));
    const fresh = answersOf(docWith(EXAMPLES));
    answersOf(docWith(EXAMPLES), counted(dir).cache);
    const files = readdirSync(dir).filter((f) => f.endsWith('.bin'));
    expect(files).toHaveLength(2);
    writeFileSync(join(dir, files[0]), Buffer.from([1, 2, 3]));
    writeFileSync(join(dir, files[1]), Buffer.from([9, 0, 0, 0, 9, 0, 0, 0, 1, 2, 3, 4]));
    const again = counted(dir);
    expect(answersOf(docWith(EXAMPLES), again.cache)).toEqual(fresh);
    expect(again.saved.sort()).toEqual(['classifier', 'verdict']);
  });
});
