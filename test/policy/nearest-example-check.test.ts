import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy } from '../../src/policy';
import { createNearestExampleCheck, DEFAULT_NEAREST_EXAMPLE, nearerToUncovered, neighbourhoodLean } from '../../src/policy/nearest-example-check';
import { PARKING_POLICY } from './parking-policy';

/**
 * The near-miss check: a hedged answer the none class leans against is refused when the sentence encoder puts the
 * question nearer to an example question the policy does not answer than to every one it does.
 */
// Encoder texts laid out as the index lays them out: 2 clauses, covered examples at 2-3, uncovered at 4-5, headings at 6-7.
const ranges = { coveredFrom: 2, uncoveredFrom: 4, headingsFrom: 6, end: 8 };

describe('nearerToUncovered', () => {
  it('is the best uncovered cosine minus the best covered one, ignoring the clauses and headings', () => {
    expect(nearerToUncovered([0.9, 0.9, 0.3, 0.5, 0.6, 0.2, 0.9, 0.9], ranges)).toBeCloseTo(0.1);
    expect(nearerToUncovered([0.1, 0.1, 0.7, 0.2, 0.4, 0.5, 0.9, 0.9], ranges)).toBeCloseTo(-0.2);
  });
});

describe('createNearestExampleCheck', () => {
  const check = createNearestExampleCheck(ranges, { leanAt: 0.7, margin: 0.02, headingAt: 0.4 });
  const nearUncovered = [0.2, 0.2, 0.4, 0.45, 0.6, 0.3, 0.1, 0.2];
  const nearCovered = [0.2, 0.2, 0.4, 0.62, 0.6, 0.3, 0.1, 0.2];

  it('refuses when the none class leans uncovered and an uncovered example is clearly the nearest', () => {
    expect(check.refuses(0.8, nearUncovered)).toBe(true);
  });

  it('keeps the answer when a covered example is as near, within the margin, or nearer', () => {
    expect(check.refuses(0.8, nearCovered)).toBe(false);
    expect(check.refuses(0.8, [0.2, 0.2, 0.4, 0.59, 0.6, 0.3, 0.1, 0.2])).toBe(false);
  });

  it('refuses when the question is plainly on the policy\'s subject (near a section heading), whatever example is nearest', () => {
    expect(check.refuses(0.8, [0.2, 0.2, 0.4, 0.62, 0.6, 0.3, 0.45, 0.2])).toBe(true);
    expect(check.refuses(0.8, [0.2, 0.2, 0.4, 0.62, 0.6, 0.3, 0.39, 0.38])).toBe(false);
    expect(check.refuses(0.5, [0.2, 0.2, 0.4, 0.62, 0.6, 0.3, 0.45, 0.2])).toBe(false);
  });

  it('keeps the answer when the none class does not lean uncovered, or has not spoken', () => {
    expect(check.refuses(0.5, nearUncovered)).toBe(false);
    expect(check.refuses(undefined, nearUncovered)).toBe(false);
  });

  it('keeps the answer without the uncovered examples\' cosines (the clauses\' alone, or none)', () => {
    expect(check.refuses(0.8, nearUncovered.slice(0, 2))).toBe(false);
    expect(check.refuses(0.8, undefined)).toBe(false);
  });

  it('wants the encoder only for an answer the none class leans against', () => {
    expect(check.wanted(0.75, true)).toBe(true);
    expect(check.wanted(0.3, true)).toBe(false);
    expect(check.wanted(0.75, false)).toBe(false);
  });

  it('does nothing when a document has no examples of one kind', () => {
    const empty = createNearestExampleCheck({ coveredFrom: 2, uncoveredFrom: 2, headingsFrom: 4, end: 5 });
    expect(empty.wanted(0.99, true)).toBe(false);
    expect(empty.refuses(0.99, [0, 0, 0.9, 0.9, 0.9])).toBe(false);
  });
});

describe('the nearest-example cue below the heading cue\'s band (exampleLeanAt)', () => {
  const check = createNearestExampleCheck(ranges, { leanAt: 0.8, exampleLeanAt: 0.65, margin: 0, headingAt: 0.4 });
  // Nearest to an uncovered example; near no heading.
  const nearUncovered = [0.2, 0.2, 0.4, 0.45, 0.6, 0.3, 0.1, 0.2];
  // A covered example is nearest, but the question is close to a section heading.
  const nearHeadingOnly = [0.2, 0.2, 0.4, 0.62, 0.6, 0.3, 0.45, 0.2];

  it('refuses a moderate lean (0.7) when an uncovered example is the nearest', () => {
    expect(check.wanted(0.7, true)).toBe(true);
    expect(check.refuses(0.7, nearUncovered)).toBe(true);
  });

  it('does not read the heading cue below leanAt, nor either cue below exampleLeanAt', () => {
    expect(check.refuses(0.7, nearHeadingOnly)).toBe(false);
    expect(check.refuses(0.85, nearHeadingOnly)).toBe(true);
    expect(check.wanted(0.6, true)).toBe(false);
    expect(check.refuses(0.6, nearUncovered)).toBe(false);
  });

  it('is read below leanAt by default', () => {
    expect(DEFAULT_NEAREST_EXAMPLE.exampleLeanAt).toBeLessThan(DEFAULT_NEAREST_EXAMPLE.leanAt);
  });
});

describe('the neighbourhood cue where the none class leans towards an answer (neighbourhoodLeanAt)', () => {
  // 2 clauses, covered examples at 2-5, uncovered at 6-9, headings at 10-11.
  const wide = { coveredFrom: 2, uncoveredFrom: 6, headingsFrom: 10, end: 12 };
  const check = createNearestExampleCheck(wide, { leanAt: 0.8, exampleLeanAt: 0.65, margin: 0, headingAt: 0.4, neighbourhoodLeanAt: 0.2, neighbourhoodMargin: 0.02, neighbours: 3 });
  // Three uncovered examples near the question (0.6, 0.58, 0.55), the covered ones further (0.56, 0.5, 0.45).
  const uncoveredAround = [0.3, 0.3, 0.56, 0.5, 0.45, 0.2, 0.6, 0.58, 0.55, 0.1, 0.1, 0.1];
  // One uncovered example happens to be nearest (0.62), but the covered ones crowd round it (0.6, 0.59, 0.58).
  const oneUncoveredAmongCovered = [0.3, 0.3, 0.6, 0.59, 0.58, 0.2, 0.62, 0.3, 0.25, 0.1, 0.1, 0.1];

  it('averages the k nearest of each kind, ignoring clauses and headings', () => {
    expect(neighbourhoodLean(uncoveredAround, wide, 3)).toBeCloseTo((0.6 + 0.58 + 0.55 - 0.56 - 0.5 - 0.45) / 3);
    expect(neighbourhoodLean(oneUncoveredAmongCovered, wide, 1)).toBeCloseTo(0.02);
    expect(neighbourhoodLean(oneUncoveredAmongCovered, wide, 3)).toBeLessThan(0);
  });

  it('refuses a mild lean (0.3) when the uncovered examples crowd round the question', () => {
    expect(check.wanted(0.3, true)).toBe(true);
    expect(check.refuses(0.3, uncoveredAround)).toBe(true);
  });

  it('keeps the answer at a mild lean when only the single nearest example is uncovered', () => {
    expect(check.refuses(0.3, oneUncoveredAmongCovered)).toBe(false);
    // From exampleLeanAt the single nearest example is enough, as before.
    expect(check.refuses(0.7, oneUncoveredAmongCovered)).toBe(true);
  });

  it('keeps the answer below neighbourhoodLeanAt, and when the neighbourhood is within the margin', () => {
    expect(check.wanted(0.1, true)).toBe(false);
    expect(check.refuses(0.1, uncoveredAround)).toBe(false);
    const level = [0.3, 0.3, 0.6, 0.58, 0.54, 0.2, 0.6, 0.58, 0.55, 0.1, 0.1, 0.1];
    expect(check.refuses(0.3, level)).toBe(false);
  });

  it('is off without neighbourhoodLeanAt (options as the tenth session had them)', () => {
    const old = createNearestExampleCheck(wide, { leanAt: 0.8, exampleLeanAt: 0.65, margin: 0, headingAt: 0.4 });
    expect(old.wanted(0.3, true)).toBe(false);
    expect(old.refuses(0.3, uncoveredAround)).toBe(false);
  });

  it('is read from the lowest bound by default', () => {
    expect(DEFAULT_NEAREST_EXAMPLE.neighbourhoodLeanAt).toBeLessThan(DEFAULT_NEAREST_EXAMPLE.exampleLeanAt!);
  });
});

describe('the check in the answer engine', () => {
  const parsed = parsePolicy(PARKING_POLICY, 'parking.txt');
  const ids = parsed.clauses.map((c) => c.id);
  const doc = {
    ...parsed,
    examples: [
      { question: 'do I have to show my parking permit', clauseId: ids[0], verdict: 'info' as const },
      { question: 'am I allowed to leave the van on the grass', clauseId: ids[1], verdict: 'not_allowed' as const },
      { question: 'who books visitors in at reception', clauseId: ids[2], verdict: 'info' as const },
    ],
    outOfScope: ['how much does the car park cost per month', 'can I charge my electric car at work', 'what are the canteen opening hours'],
  };
  // leanAt 0: the tiny classifier's p(none) is not what these tests are about.
  const index = createPolicyIndex([doc], { nearestExample: { leanAt: 0, margin: 0 } });
  const clauses = index.clauseCount;
  // Refused by the words alone; the encoder's fallback (a clause at cosine 0.6) would answer it, hedged.
  const question = 'is the permit needed for a bicycle';
  const cosines = (nearest: 'covered' | 'uncovered') => {
    const sims = new Float32Array(index.encoderTexts.length).fill(0.1);
    sims[0] = 0.6;
    sims[nearest === 'covered' ? clauses : clauses + doc.examples.length + 1] = 0.8;
    return sims;
  };

  it('puts the uncovered example questions, then the section headings, after the covered examples, only when the check is on', () => {
    expect(index.encoderTexts.slice(-5)).toEqual([...doc.outOfScope, 'Parking', 'Visitors']);
    const off = createPolicyIndex([doc], { nearestExample: false }).encoderTexts;
    expect(off).not.toContain(doc.outOfScope[0]);
    expect(off).not.toContain('Visitors');
  });

  it('reads every encoder text for a question it may answer hedged, and refuses it when an uncovered example is nearest', () => {
    const pending = index.prepareAnswer(question);
    expect(pending.needsSentenceEncoder).toBe(true);
    expect(pending.encoderTextsRead).toBe(index.encoderTexts.length);
    expect(pending.answer({ sentenceSimilarity: cosines('uncovered') }).verdict).toBe('not_covered');
  });

  it('refuses it when the question is near a section heading', () => {
    const sims = cosines('covered');
    sims[index.encoderTexts.length - 1] = 0.5;
    expect(index.prepareAnswer(question).answer({ sentenceSimilarity: sims }).verdict).toBe('not_covered');
  });

  it('keeps the hedged answer when a covered example is nearer and no heading is near', () => {
    const answer = index.prepareAnswer(question).answer({ sentenceSimilarity: cosines('covered') });
    expect(answer.verdict).not.toBe('not_covered');
    expect(answer.confidence).toBeLessThan(0.5);
    expect(answer.citations[0]?.text).toBe(parsed.clauses[0].text);
  });

  it('with the check off, the same cosines give the hedged answer', () => {
    const off = createPolicyIndex([doc], { nearestExample: false });
    const sims = cosines('uncovered').slice(0, off.encoderTexts.length);
    expect(off.answer(question, { sentenceSimilarity: sims }).verdict).not.toBe('not_covered');
  });

  it('never touches a sure answer', () => {
    const sure = 'must staff display a permit in the windscreen';
    const pending = index.prepareAnswer(sure);
    expect(pending.answer().confidence).toBeGreaterThanOrEqual(0.5);
    expect(pending.answer({ sentenceSimilarity: cosines('uncovered') }).verdict).not.toBe('not_covered');
  });
});
