import { describe, expect, it } from 'vitest';
import { answerTypePrior } from '../../src/policy/answer-type-prior';

/** The question type's prior on a clause's text (answer-type-prior.ts). */
describe('answer-type prior: "who" questions and the clause naming an agent', () => {
  const contact = 'For enquiries regarding this policy, please contact the Web Communications Team on extension 2270.';

  it('a clause telling whom to contact names an agent for a "who" question', () => {
    expect(answerTypePrior('who do I ring about this policy')(contact)).toBeGreaterThan(1);
    expect(answerTypePrior('who do I ring about this policy')('Pages will be set up by the Web Communications Team.')).toBeGreaterThan(1);
  });

  it('"contact" without a team or role after it names no agent', () => {
    expect(answerTypePrior('who do I ring about this policy')('Identify neighbourhood policing teams and how they can be contacted.')).toBe(1);
    expect(answerTypePrior('who do I ring about this policy')('Pages should carry contact details for the public.')).toBe(1);
  });

  it('a question that is not a "who" question gets no agent prior', () => {
    expect(answerTypePrior('can I ring about this policy')(contact)).toBe(1);
  });
});
