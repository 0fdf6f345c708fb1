import { describe, expect, it } from 'vitest';
import { asksAboutTheConditionedOutcome } from '../../src/policy/purpose-condition';
import { deriveVerdict } from '../../src/policy/derive-verdict';
import { questionIntent } from '../../src/policy/question-intent';

/** A requirement for a purpose (sixteenth session). Sentences about a library's rules, written for this test. */
const SENTENCE = 'Borrowers can be barred by the duty librarian, and must pay any fines to lift the bar on their card.';
const verdict = (q: string, sentence = SENTENCE) =>
  deriveVerdict(questionIntent(q), sentence, undefined, false, false, false, asksAboutTheConditionedOutcome(q, sentence));

describe('"must A to B": A is the condition of B', () => {
  it('a question about the outcome, not about what the "can" part grants, is answered "yes, with a condition"', () => {
    expect(verdict('The librarian stopped my card yesterday. Can I start borrowing again?')).toBe('conditional');
    expect(verdict('my card got stopped?? can i get it working again')).toBe('conditional');
  });

  it('near misses: a question about the granted act keeps the "can", and other sentences are left alone', () => {
    expect(verdict('Can the duty librarian really bar a borrower?')).toBe('allowed');
    expect(verdict('Can I get my card working again?', 'Borrowers can renew their books online, and must return them by the due date.')).toBe('allowed');
    expect(asksAboutTheConditionedOutcome('Can I start borrowing again?', 'Borrowers can renew their books online.')).toBe(false);
  });
});
