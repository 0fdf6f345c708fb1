import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy } from '../../src/policy';
import { DEFAULT_SENTENCE_FUSION } from '../../src/policy/sentence-fusion';
import { PARKING_POLICY } from './parking-policy';

/**
 * PolicyIndex.prepareAnswer: the bot ranks a question once, learns whether the sentence encoder is wanted and which
 * of its cosines the answer reads, then completes the answer. A tiny synthetic policy with seed examples of its own.
 */
const parsed = parsePolicy(PARKING_POLICY, 'parking.txt');
const ids = parsed.clauses.map((c) => c.id);
const doc = {
  ...parsed,
  examples: [
    { question: 'where does the sticker go on my car', clauseId: ids[0], verdict: 'info' as const },
    { question: 'can i leave my motor on the lawn', clauseId: ids[1], verdict: 'not_allowed' as const },
    { question: 'guests arriving tomorrow, who lets them in', clauseId: ids[2], verdict: 'info' as const },
  ],
};
const index = createPolicyIndex([doc]);
const clauseTexts = index.encoderTexts.length - doc.examples.length;
const covered = 'must staff display a permit in the windscreen';
const refused = 'how do I claim back my train fare';

/** Encoder cosines (all texts) with the given clause alone close to the question. */
function closeTo(clause: number): Float32Array {
  const sims = new Float32Array(index.encoderTexts.length).fill(0.1);
  sims[clause] = 0.9;
  return sims;
}

describe('prepareAnswer', () => {
  it('says what needsSentenceEncoder says, and completes to what answer gives, with or without hints', () => {
    for (const q of [covered, refused, 'visitors sign in where', 'what is the pay rise this year']) {
      const pending = index.prepareAnswer(q);
      expect(pending.needsSentenceEncoder).toBe(index.needsSentenceEncoder(q));
      expect(pending.answer()).toEqual(index.answer(q));
      expect(pending.answer({ sentenceSimilarity: closeTo(1) })).toEqual(index.answer(q, { sentenceSimilarity: closeTo(1) }));
    }
  });

  it('can be completed more than once: the ranking it keeps is not changed by answering', () => {
    const pending = index.prepareAnswer(refused);
    const first = pending.answer({ sentenceSimilarity: closeTo(1) });
    expect(pending.answer()).toEqual(index.answer(refused));
    expect(pending.answer({ sentenceSimilarity: closeTo(1) })).toEqual(first);
  });

  it('before a refusal reads the clauses\' cosines alone, and answers from them as from all the cosines', () => {
    const pending = index.prepareAnswer(refused);
    expect(pending.needsSentenceEncoder).toBe(true);
    expect(pending.answer().verdict).toBe('not_covered');
    expect(pending.encoderTextsRead).toBe(clauseTexts);
    expect(clauseTexts).toBeLessThan(index.encoderTexts.length);
    const fromClauses = pending.answer({ sentenceSimilarity: closeTo(1).slice(0, pending.encoderTextsRead) });
    expect(fromClauses.citations[0]?.text).toBe(parsed.clauses[1].text);
    expect(fromClauses).toEqual(pending.answer({ sentenceSimilarity: closeTo(1) }));
  });

  it('ignores cosines of any other length (neither every text nor the clauses alone): the refusal stands', () => {
    const pending = index.prepareAnswer(refused);
    expect(pending.answer({ sentenceSimilarity: closeTo(1).slice(0, clauseTexts + 1) })).toEqual(pending.answer());
    expect(pending.answer({ sentenceSimilarity: closeTo(1).slice(0, clauseTexts - 1) })).toEqual(pending.answer());
  });

  it('reads the example questions\' cosines too when the encoder may reorder a close call (fusion on)', () => {
    const fusing = createPolicyIndex([doc], { sentenceFusion: { ...DEFAULT_SENTENCE_FUSION, gate: 'always' } });
    const pending = fusing.prepareAnswer('staff must');
    expect(pending.needsSentenceEncoder).toBe(true);
    expect(pending.encoderTextsRead).toBe(fusing.encoderTexts.length);
    // Without fusion the same question reads no example cosines.
    expect(index.prepareAnswer('staff must').encoderTextsRead).toBe(clauseTexts);
  });
});
