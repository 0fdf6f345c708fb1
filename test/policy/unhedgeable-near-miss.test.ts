import { describe, expect, it } from 'vitest';
import { asksWhetherPolicyAddresses } from '../../src/policy/hedge-would-not-answer';
import { createNearestExampleCheck, DEFAULT_NEAREST_EXAMPLE } from '../../src/policy/nearest-example-check';

/**
 * Sixteenth session (docs/policy-answers.md, branch `nc16`): more ways of asking whether the policy addresses a thing,
 * and the near-miss check's neighbourhood cue read at any p(none) for a question a hedged answer would not answer.
 */
describe('asking whether the document has, gives or contains something', () => {
  it('recognises the document as the one that gives, offers, contains or provides the thing', () => {
    for (const q of [
      'Does the guidance offer anything for staff who are trolled after a post?',
      'does this policy contain a section on drone footage',
      'Does the policy provide a template for appeal posts?',
      'Would the policy have a rule for out-of-hours replies?',
      'Does our policy make any reference to accessibility of images?',
      'Does the document touch on podcasts at all?',
    ]) expect(asksWhetherPolicyAddresses(q), q).toBe(true);
  });

  it('recognises "anything in the policy about ...", the other names of a written rule and "covered by the policy"', () => {
    for (const q of [
      'Is there anything in the policy about emojis in replies?',
      'is there something within this guidance on livestreams',
      'Is there a house style guide for posters and banners?',
      'Is there a formal protocol for handing a page over to a new sergeant?',
      'Is there any written stance on memes?',
      'Are podcasts covered by this policy?',
      'our ward newsletter - is that mentioned in the policy anywhere?',
    ]) expect(asksWhetherPolicyAddresses(q), q).toBe(true);
  });

  it('leaves content questions about what the document gives, and look-alikes that are not about the document, alone', () => {
    for (const q of [
      'What templates does the policy provide?',
      'Which teams does the policy give a role to?',
      'What sort of examples does this guidance offer for status updates?',
      'Does the policy officer give talks to new starters?',
      'Is my phone covered by the insurance if I drop it on duty?',
      'Is there anyone I can ask about the policy?',
      'What is the policy on profile photos?',
      'Can I give the policy to a new volunteer to read?',
    ]) expect(asksWhetherPolicyAddresses(q), q).toBe(false);
  });
});

describe('the neighbourhood cue for a question a hedged answer would not answer (unhedgeableLeanAt)', () => {
  // 2 clauses, covered examples at 2-5, uncovered at 6-9, headings at 10-11.
  const wide = { coveredFrom: 2, uncoveredFrom: 6, headingsFrom: 10, end: 12 };
  const options = { leanAt: 0.8, exampleLeanAt: 0.65, margin: 0, headingAt: 0.4, neighbourhoodLeanAt: 0.2, neighbourhoodMargin: 0.02, neighbours: 3 };
  const check = createNearestExampleCheck(wide, { ...options, unhedgeableLeanAt: 0 });
  // Three uncovered examples near the question (0.62, 0.6, 0.57), the covered ones further (0.55, 0.5, 0.44).
  const uncoveredAround = [0.3, 0.3, 0.55, 0.5, 0.44, 0.2, 0.62, 0.6, 0.57, 0.1, 0.1, 0.1];
  // The covered examples as near as the uncovered ones: the neighbourhood does not lean.
  const level = [0.3, 0.3, 0.62, 0.6, 0.56, 0.2, 0.62, 0.6, 0.57, 0.1, 0.1, 0.1];

  it('reads the neighbourhood at any p(none) when a hedge would not answer the question', () => {
    expect(check.wanted(0.01, true, true)).toBe(true);
    expect(check.refuses(0.01, uncoveredAround, true)).toBe(true);
  });

  it('keeps the answer when the neighbourhood does not lean, and for other questions below neighbourhoodLeanAt', () => {
    expect(check.refuses(0.01, level, true)).toBe(false);
    expect(check.wanted(0.01, true, false)).toBe(false);
    expect(check.refuses(0.01, uncoveredAround, false)).toBe(false);
    expect(check.refuses(0.01, uncoveredAround)).toBe(false);
  });

  it('lowers only the neighbourhood cue: the single nearest example and the headings keep their bounds', () => {
    // One uncovered example nearest (0.63) among crowding covered ones, and a heading at 0.5: neither is read at 0.3.
    const oneUncoveredNearHeading = [0.3, 0.3, 0.62, 0.6, 0.59, 0.2, 0.63, 0.3, 0.25, 0.1, 0.5, 0.1];
    expect(check.refuses(0.3, oneUncoveredNearHeading, true)).toBe(false);
    expect(check.refuses(0.9, oneUncoveredNearHeading, true)).toBe(true);
  });

  it('is off without unhedgeableLeanAt (the fourteenth session\'s options), and on by default', () => {
    const old = createNearestExampleCheck(wide, options);
    expect(old.wanted(0.01, true, true)).toBe(false);
    expect(old.refuses(0.01, uncoveredAround, true)).toBe(false);
    expect(DEFAULT_NEAREST_EXAMPLE.unhedgeableLeanAt).toBe(0);
  });

  it('never reads a refusal the engine would not answer anyway', () => {
    expect(check.wanted(0.01, false, true)).toBe(false);
  });
});
