import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, PolicyFormatError, readSeedExamples } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { createLivePolicyIndex } from '../../src/app/live-policy-index';
import { clauseSimilarities } from '../../src/policy/example-similarity';

/** A tiny synthetic policy and examples file, written for this test only (the product ships its own). */
const POLICY = [
  '1. Parking',
  '',
  'Staff must display a permit in the windscreen.',
  '',
  'Staff must not park on the grass verges.',
  '',
  '2. Visitors',
  '',
  'Visitors park in bay C only.',
  '',
].join('\n');
const line = (q: string, cite: string, verdict: string, voice = 'formal') => JSON.stringify({ q, cite, verdict, voice });
const EXAMPLES = [
  line('where does the sticker go on my car', 'display a permit in the windscreen', 'info'),
  '',
  line('can i just chuck my pass on the dashboard', 'Staff must display a permit in the windscreen.', 'not_allowed', 'phone'),
  line('is it fine to leave my motor on the lawn', 'park on the grass verges', 'allowed', 'slang'),
  line('which bay is for my visitors', '- Visitors park in bay C', 'info'),
].join('\n');

function policyDir(examples?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-examples-'));
  writeFileSync(join(dir, 'parking.txt'), POLICY);
  if (examples !== undefined) writeFileSync(join(dir, 'parking.examples.jsonl'), examples);
  return join(dir, 'parking.txt');
}

describe('seed examples file beside the policy', () => {
  it('is optional, and when present each cite is resolved to the clause that holds it (blank lines skipped, a bullet marker copied with the quote ignored)', () => {
    expect(loadPolicyFile(policyDir()).examples).toBeUndefined();
    const doc = loadPolicyFile(policyDir(EXAMPLES));
    expect(doc.examples?.map((e) => [e.clauseId, e.verdict])).toEqual([
      ['1.p1', 'info'],
      ['1.p1', 'not_allowed'],
      ['1.p2', 'allowed'],
      ['2.p1', 'info'],
    ]);
  });

  it('an example whose cite matches no clause (a re-issued policy) is left out with a warning naming the file and line; the rest load', () => {
    const stale = `${EXAMPLES}\n${line('can my dog come in', 'Dogs are welcome in bay D', 'allowed')}`;
    const warnings: string[] = [];
    const doc = loadPolicyFile(policyDir(stale), (message) => warnings.push(message));
    expect(doc.examples).toEqual(loadPolicyFile(policyDir(EXAMPLES)).examples);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/parking\.examples\.jsonl: 1 example question\(s\) quote no clause.*line 6/);
  });

  it('a malformed line stops loading with the file and the line number', () => {
    const bad = `${EXAMPLES}\n{"q": "half a line`;
    const path = policyDir(bad);
    expect(() => loadPolicyFile(path)).toThrow(PolicyFormatError);
    expect(() => loadPolicyFile(path)).toThrow(/parking\.examples\.jsonl.*line 6: not valid JSON/);
  });

  it('reports malformed lines by number: bad JSON, a missing field, an unknown verdict', () => {
    const doc = parsePolicy(POLICY, 'parking.txt');
    const text = ['{"q": "half a line', JSON.stringify({ q: 'where do I park' }), line('where do I park', 'bay C only', 'maybe'), line('where do I park', 'bay C only', 'info')].join('\n');
    const { examples, problems } = readSeedExamples(text, doc);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3]);
    expect(problems[0].message).toMatch(/not valid JSON/);
    expect(problems[1].message).toMatch(/cite/);
    expect(problems[2].message).toMatch(/verdict/);
    expect(examples).toEqual([{ question: 'where do I park', clauseId: '2.p1', verdict: 'info' }]);
  });
});

describe('retrieval through the seed examples', () => {
  const doc = loadPolicyFile(policyDir(EXAMPLES));

  it('a question worded like an example finds its clause; without the examples (the ablation) it does not', () => {
    const question = 'where should the sticker go on my car?';
    expect(createPolicyIndex([doc]).answer(question).citations[0]?.text).toBe('Staff must display a permit in the windscreen.');
    expect(createPolicyIndex([doc], { without: ['examples'] }).answer(question).citations[0]?.text).not.toBe('Staff must display a permit in the windscreen.');
  });

  it("a strong match lends the example's verdict; with the threshold out of reach the clause's words decide", () => {
    const question = 'can I chuck my pass on the dashboard?';
    const withVerdicts = createPolicyIndex([doc]).answer(question);
    // The learnt verdict (verdict-model.ts) reads the same examples: off, so the clause's words alone decide.
    const wordsOnly = createPolicyIndex([doc], { exampleVerdictCoverage: 2, verdictModel: false }).answer(question);
    expect(withVerdicts.citations[0]?.clauseId).toBe('1.p1');
    expect(withVerdicts.verdict).toBe('not_allowed');
    expect(wordsOnly.verdict).not.toBe('not_allowed');
  });

  it('never answers allowed from a prohibiting clause, whatever an example says', () => {
    const answer = createPolicyIndex([doc]).answer('is it fine to leave my motor on the lawn?');
    expect(answer.citations[0]?.clauseId).toBe('1.p2');
    expect(answer.verdict).toBe('not_allowed');
  });

  it('stay in use when approved examples are reloaded (learning from use), and approved ones join them', () => {
    const live = createLivePolicyIndex([doc], {});
    live.useExamples([{ question: 'my nephew wants to come and see the control room, where does he leave his car', clauseId: '2.p1' }]);
    expect(live.answer('where should the sticker go on my car?').citations[0]?.clauseId).toBe('1.p1');
    expect(live.answer('my nephew is coming to see the control room, where does he leave his car?').citations[0]?.clauseId).toBe('2.p1');
  });
});

describe('the sentence encoder reads the seed examples too', () => {
  const doc = loadPolicyFile(policyDir(EXAMPLES));

  it('encoderTexts are the clauses, then the seed questions; approved examples (which change at run time) are not encoded', () => {
    const index = createPolicyIndex([doc], { examples: [{ question: 'approved one', clauseId: '2.p1' }] });
    const clauses = createPolicyIndex([doc], { without: ['examples'] }).encoderTexts;
    expect(index.encoderTexts).toEqual([...clauses, ...doc.examples!.map((e) => e.question)]);
    expect(createPolicyIndex([doc], { encodeExamples: false }).encoderTexts).toEqual(clauses);
  });

  it("a clause's similarity is the best of its own cosine and its examples' cosines", () => {
    const sims = Float32Array.from([0.2, 0.3, 0.4, 0.9, 0.1, 0.35]);
    expect([...clauseSimilarities(sims, 3, [0, 1, 1])]).toEqual([0.9, 0.35, 0.4].map((x) => Math.fround(x)));
  });

  it('a match on a few words of a long example is hedged, or refused when the clause itself does not answer the question either', () => {
    const long = loadPolicyFile(policyDir(line('my nephew is visiting the control room on tuesday with his scout troop, where do their minibus and cars go', 'bay C only', 'info')));
    const index = createPolicyIndex([long]);
    const sure = index.answer('my nephew is visiting the control room with his scout troop, where does their minibus go?');
    expect(sure.citations[0]?.clauseId).toBe('2.p1');
    expect(sure.confidence).toBeGreaterThanOrEqual(0.5);
    const hedged = index.answer('can the visitors minibus use bay C');
    expect(hedged.citations[0]?.clauseId).toBe('2.p1');
    expect(hedged.confidence).toBeLessThan(0.5);
    expect(index.answer('where does the minibus go?').verdict).toBe('not_covered');
  });
});
