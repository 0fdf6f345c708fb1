import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { createPolicyIndex } from '../../src/policy';
import { closestLead } from '../../src/policy/compose-answer';
import { DEFAULT_OUT_OF_SCOPE, judgeWithNoneClass, type Abstention } from '../../src/policy/out-of-scope-judge';
import { PARKING_POLICY } from './parking-policy';

/** The lean refusal (out-of-scope-judge.ts `leanRefuseAt`): unsure words and a strong lean to none refuse, quoting the closest clause. */
describe('lean refusal', () => {
  const answer: Abstention = { abstain: false, encoderMayAnswer: true, hedge: false };
  const o = DEFAULT_OUT_OF_SCOPE;

  it('sits between hedging and the none class refusing on its own', () => {
    expect(o.hedgeAt).toBeLessThan(o.leanRefuseAt);
    expect(o.leanRefuseAt).toBeLessThan(o.abstainAt);
  });

  it('refuses an unsure answer from leanRefuseAt, offering the closest clause; just under it the answer is only hedged', () => {
    expect(judgeWithNoneClass(answer, false, o.leanRefuseAt, o, false)).toEqual({ abstain: true, encoderMayAnswer: false, hedge: true, offerClosest: true });
    expect(judgeWithNoneClass(answer, false, o.leanRefuseAt - 0.01, o, false)).toEqual({ ...answer, hedge: true });
  });

  it('never refuses an answer the lexical engine is sure of, and is off at Infinity', () => {
    expect(judgeWithNoneClass(answer, false, o.leanRefuseAt, o, true)).toEqual({ ...answer, hedge: true });
    expect(judgeWithNoneClass(answer, false, o.leanRefuseAt, { ...o, leanRefuseAt: Infinity }, false).abstain).toBe(false);
  });

  it('in the engine: the refusal keeps the nearest clause quoted; covered questions are answered; switched off, the question is answered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lean-refusal-'));
    writeFileSync(join(dir, 'parking.txt'), PARKING_POLICY);
    const examples = [['where does the sticker go on my car', 'display a permit in the windscreen', 'info'], ['can i leave my motor on the lawn', 'must not park on the grass verges', 'not_allowed'], ['guests arriving tomorrow, who lets them in', 'signed in at the front desk', 'info']];
    writeFileSync(join(dir, 'parking.examples.jsonl'), examples.map(([q, cite, verdict]) => JSON.stringify({ q, cite, verdict })).join('\n'));
    const uncovered = ['how is overtime claimed', 'rate of pay for night overtime', 'can i claim mileage for driving to court', 'who signs off my holiday', 'how much annual leave do i get', 'is the gym open at weekends', 'what time does the canteen shut', 'can i get my payslip emailed'];
    writeFileSync(join(dir, 'parking.not-covered.jsonl'), uncovered.map((q) => JSON.stringify({ q, cite: null, verdict: 'not_covered', voice: 'test', kind: 'work' })).join('\n'));
    const doc = loadPolicyFile(join(dir, 'parking.txt'));
    // Eight examples make a less confident none class than the bundled policy's: the lean is read lower to match.
    const options = { abstainAt: 2, unhedgeableAt: Infinity, leanRefuseAt: 0.5 };
    const question = 'what time does the front desk shut';
    const refused = createPolicyIndex([doc], { outOfScope: options }).answer(question);
    expect(refused.verdict).toBe('not_covered');
    expect(refused.citations).toHaveLength(1);
    expect(refused.answer).toContain(closestLead());
    expect(refused.citations[0].text).toContain('front desk');
    // Unsure too (a word the policy lacks), but the none class does not lean uncovered: answered.
    expect(createPolicyIndex([doc], { outOfScope: options }).answer('can i park my car on the grass').verdict).toBe('not_allowed');
    expect(createPolicyIndex([doc], { outOfScope: { ...options, leanRefuseAt: Infinity } }).answer(question).verdict).not.toBe('not_covered');
  });
});
