import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy } from '../../src/policy';
import { PARKING_POLICY } from './parking-policy';

/**
 * The near-miss check (nearest-example-check.ts) can only turn an unsure answer, or a refusal's fallback, into a
 * refusal: a sure answer never reads it. So the index does not ask for the encoder for a sure answer even where the
 * none class leans enough for the check (nineteenth session), and any cosines given to it change nothing.
 * A tiny synthetic policy with its own examples and uncovered questions; the check's thresholds at 0 so it is always
 * "wanted", which isolates the rule under test.
 */
const parsed = parsePolicy(PARKING_POLICY, 'parking.txt');
const ids = parsed.clauses.map((c) => c.id);
const doc = {
  ...parsed,
  examples: [
    { question: 'where does the permit go in my car', clauseId: ids[0], verdict: 'info' as const },
    { question: 'can i leave my motor on the lawn', clauseId: ids[1], verdict: 'not_allowed' as const },
    { question: 'guests arriving tomorrow, who lets them in', clauseId: ids[2], verdict: 'info' as const },
  ],
  outOfScope: ['how much is the canteen lunch', 'when is the christmas party', 'who fixes the office printer'],
};
const index = createPolicyIndex([doc], { nearestExample: { leanAt: 0, exampleLeanAt: 0, margin: 0, headingAt: 0.375, neighbourhoodLeanAt: 0 } });
const uncoveredFrom = index.encoderTexts.indexOf('how much is the canteen lunch');

/** Cosines over every encoder text with the question nearest one uncovered question (the check would refuse). */
function nearestUncovered(): Float32Array {
  const sims = new Float32Array(index.encoderTexts.length).fill(0.1);
  sims[uncoveredFrom] = 0.95;
  return sims;
}

describe('a sure answer does not wait for the encoder', () => {
  it('answers a question the clause\'s own words cover fully without the encoder, whatever its cosines would say', () => {
    const q = 'must staff display a permit in the windscreen';
    const pending = index.prepareAnswer(q);
    const plain = pending.answer();
    expect(plain.answer.startsWith("I'm not sure")).toBe(false);
    expect(plain.verdict).not.toBe('not_covered');
    expect(pending.needsSentenceEncoder).toBe(false);
    expect(pending.answer({ sentenceSimilarity: nearestUncovered() })).toEqual(plain);
  });

  it('still asks for every cosine for an unsure answer, which the check can turn into a refusal', () => {
    const q = 'staff lunch on the grass';
    const pending = index.prepareAnswer(q);
    const plain = pending.answer();
    expect(plain.verdict).not.toBe('not_covered');
    expect(plain.answer.startsWith("I'm not sure")).toBe(true);
    expect(pending.needsSentenceEncoder).toBe(true);
    expect(pending.encoderTextsRead).toBe(index.encoderTexts.length);
    expect(pending.answer({ sentenceSimilarity: nearestUncovered() }).verdict).toBe('not_covered');
  });
});
