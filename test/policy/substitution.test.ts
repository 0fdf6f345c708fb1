import { describe, expect, it } from 'vitest';
import { forbidsOnlyReplacing, proposesAddingBeside } from '../../src/policy/substitution';
import { deriveVerdict } from '../../src/policy/derive-verdict';
import { questionIntent } from '../../src/policy/question-intent';

/** Replacing against adding (fifteenth session). Sentences written for this test, not taken from any dev set. */
const SENTENCE = 'The club forum should not replace the printed newsletter as a way of reaching members, but be used to support it.';
const verdict = (q: string, sentence = SENTENCE) => deriveVerdict(questionIntent(q), sentence, undefined, false, proposesAddingBeside(q));

describe('replacing against adding', () => {
  it('reads a sentence that forbids a substitution and says what the thing is for instead', () => {
    expect(forbidsOnlyReplacing(SENTENCE)).toBe(true);
    // No "but" part: the sentence forbids without saying the thing may be used beside the other.
    expect(forbidsOnlyReplacing('The club forum should not replace the printed newsletter.')).toBe(false);
    expect(forbidsOnlyReplacing('Members should not share their keys, but report a lost one to the secretary.')).toBe(false);
  });

  it('a proposal to use the one beside the other is what the "but" part asks for', () => {
    expect(verdict('Can I post the show dates on the forum as well as in the newsletter?')).toBe('allowed');
    expect(verdict('The dates are in the newsletter now. Can I also put a note on the forum pointing people to it?')).toBe('allowed');
    expect(verdict('Could we use the forum together with the newsletter for reminders?')).toBe('allowed');
  });

  it('a proposal that speaks of replacing, stopping or moving off stays the substitution', () => {
    expect(verdict('Can we stop the newsletter and just use the forum?')).toBe('not_allowed');
    expect(verdict('Could the forum take over from the newsletter, and can we use both meanwhile?')).toBe('not_allowed');
    expect(verdict('Can I post the dates on the forum instead of in the newsletter?')).toBe('not_allowed');
    expect(verdict('Can we move the notices off the newsletter and onto the forum as well?')).toBe('not_allowed');
  });

  it('adding words do nothing against another kind of prohibition', () => {
    expect(verdict('Can I also lend my key to my neighbour?', 'Members should not lend their keys to anyone, but report a lost one.')).toBe('not_allowed');
  });
});
