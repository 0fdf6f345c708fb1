import { describe, expect, it } from 'vitest';
import { refrainedAct, refrainsFromQuoted } from '../../src/policy/refraining';
import { deriveVerdict } from '../../src/policy/derive-verdict';
import { questionIntent } from '../../src/policy/question-intent';

/** Refraining (sixteenth session). Sentences about a rowing club's rules, written for this test, not taken from any dev set. */
const FORBIDS = 'Members should not use the club noticeboard to advertise private sales.';
const ONLY = 'Crews can add their boat name and home river to the club register, and also a crest - only the club crest can be used.';
const PERMITS = 'Members are free to join the winter training group.';
const OBLIGES = 'Every crew must log each outing in the boathouse book.';
const verdict = (q: string, sentence: string) => deriveVerdict(questionIntent(q), sentence, undefined, false, false, refrainsFromQuoted(q, sentence));

describe('leaving undone what a sentence forbids, limits or permits', () => {
  it('finds the act the asker proposes not to do', () => {
    expect(refrainedAct('Is it OK not to add our home river to the register?')).toBe('ok not to add our home river to the register');
    expect(refrainedAct('Can we leave the crest off our register entry?')).toBe('leave the crest off our register entry');
    expect(refrainedAct('Is it fine if I never put anything up on the noticeboard and stick to the newsletter?')).toBe('if i never put anything up on the noticeboard');
  });

  it('answers yes: complying with a prohibition, or leaving out what is only limited or permitted', () => {
    expect(verdict('Is it fine if I never advertise my sales on the noticeboard?', FORBIDS)).toBe('allowed');
    expect(verdict('Can we leave the crest off our register entry?', ONLY)).toBe('allowed');
    expect(verdict('Would it be alright not to give our home river in the register?', ONLY)).toBe('allowed');
    expect(verdict('Am I allowed to skip the winter training group this year?', PERMITS)).toBe('allowed');
  });

  it('near misses keep their verdicts', () => {
    // Leaving out what is required is not complying.
    expect(verdict('Is it OK not to log our outing in the boathouse book?', OBLIGES)).not.toBe('allowed');
    // "Can I not just ...?" asks to do it; "without" qualifies an act still proposed.
    expect(refrainedAct('Can I not just advertise my bike on the noticeboard?')).toBeUndefined();
    expect(refrainedAct('Can I advertise my bike on the noticeboard without asking the captain?')).toBeUndefined();
    expect(verdict('Can I not just advertise my bike on the noticeboard?', FORBIDS)).toBe('not_allowed');
    // Leaving one thing out for another proposes the other; a refraining after "and" ends a plan with an act of its own.
    expect(refrainedAct('I would rather not show the club crest. Can we use our own badge instead?')).toBeUndefined();
    expect(refrainedAct('Would it be OK not to show the club crest and use our own badge instead?')).toBeUndefined();
    expect(verdict('Can I advertise my boat on the noticeboard and skip the newsletter?', FORBIDS)).toBe('not_allowed');
    // A negation of something the sentence does not speak of leaves it alone ("if I don't ask first" is not the sale).
    expect(refrainsFromQuoted('Is it ok if I do not ask the captain first?', FORBIDS)).toBe(false);
  });
});
