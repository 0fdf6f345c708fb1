import { describe, expect, it } from 'vitest';
import { questionIntent } from '../../src/policy/question-intent';

/**
 * Idioms that ask whether an act is proper ("would it be in order", "within scope to", "a remit to") ask for a verdict;
 * the same nouns used for whom or what a rule covers ("within the scope of the policy") ask for a fact. Sentences
 * written for this test.
 */
describe('permission idioms', () => {
  it('"in order" asks whether an act is proper', () => {
    expect(questionIntent('Would it be in order for the club page to list the winning raffle tickets?').intent).toBe('permission');
    expect(questionIntent('I want to send the minutes to the whole committee. Is that in order?').intent).toBe('permission');
  });

  it('"in order to" states a purpose, not a request', () => {
    expect(questionIntent('In order to book the hall, who do I ring?').intent).toBe('info');
  });

  it('"remit" or "scope" followed by an act asks for permission', () => {
    expect(questionIntent('Is it within scope to use the newsletter to thank our sponsors?').intent).toBe('permission');
    expect(questionIntent('Does the garden committee have a remit to trim the hedges of members?').intent).toBe('permission');
    expect(questionIntent('Is it within the remit of the notice board to advertise plant sales?').intent).toBe('permission');
  });

  it('"scope" or "remit" naming whom or what a rule covers asks for a fact', () => {
    expect(questionIntent('Are junior members within the scope of the allotment rules?').intent).toBe('info');
    expect(questionIntent('Does the scope extend to visitors to the allotments?').intent).toBe('info');
    expect(questionIntent('Is the remit of the committee written down anywhere?').intent).toBe('info');
    expect(questionIntent('Does the scope of the rules go to the car park as well?').intent).toBe('info');
  });
});
