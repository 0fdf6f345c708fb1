import { describe, expect, it } from 'vitest';
import { questionIntent } from '../../src/policy/question-intent';
import { asksRequestAfterAnd, offersOnlyAsTheOther } from '../../src/policy/two-part-ask';
import { createExampleEvidence } from '../../src/policy/example-evidence';
import type { ClauseWithContext } from '../../src/policy/clause-context';
import type { ExampleMatch } from '../../src/policy/rank-clauses';

/**
 * Twenty-first session's two-part asks (docs/policy-answers.md), each on sentences written here about an allotment society
 * and a swimming club, not taken from any dev set.
 */
describe('a wh-question, then ", and can I / we ..." in the same sentence', () => {
  it('the asker\'s own request after ", and" is what is asked', () => {
    expect(questionIntent('Where does the compost go on the site, and can we build our own bin by the shed?').intent).toBe('permission');
    expect(questionIntent('What is the hedge along the lane for, and could I trim it myself?').intent).toBe('permission');
    expect(asksRequestAfterAnd('Who keeps the key, but can I borrow it at weekends?')).toBe(true);
  });

  it('a second wh-question, someone else\'s act, or a request to the reader stays a fact question', () => {
    expect(questionIntent('Who runs the seed swap, and when does it start?').intent).toBe('info');
    expect(questionIntent('Where does the compost go, and can the council collect it?').intent).toBe('info');
    expect(asksRequestAfterAnd('Where does the compost go, and can you tell me who empties it?')).toBe(false);
    // No comma: "and can I" inside one clause is not read as a second part.
    expect(asksRequestAfterAnd('Who said I can plant fruit trees and can I do it?')).toBe(false);
  });
});

describe('an approval word opening a message before its wh-part', () => {
  it('"is that allowed, and how ..." asks for the verdict first', () => {
    expect(questionIntent('Is that allowed, and how would I go about booking the hall?').intent).toBe('permission');
    expect(questionIntent('Would it be acceptable to swap plots with my neighbour, and who records it?').intent).toBe('permission');
  });

  it('a fact opening or a wh-opening is unchanged', () => {
    expect(questionIntent('Is the hall heated, and how much does it cost?').intent).toBe('info');
    expect(questionIntent('To whom should I send the plot form?').intent).toBe('info');
  });
});

describe('the restriction as the other alternative ("..., or only ...?")', () => {
  it('asks whether the first may be done beyond the restriction', () => {
    expect(questionIntent('Can juniors use the deep end on their own, or only with a coach?').intent).toBe('permission');
    expect(questionIntent('Is the pool usable on bank holidays or weekdays only?').intent).toBe('permission');
    expect(offersOnlyAsTheOther(' can guests swim at the gala or is it only for members ')).toBe(true);
  });

  it('a choice between two facts, "or just", or no "only" stays a choice', () => {
    expect(questionIntent('Would the newsletter reach every swimmer or only the masters squad?').intent).toBe('info');
    expect(offersOnlyAsTheOther(' can everyone read the noticeboard or just the committee ')).toBe(false);
    expect(offersOnlyAsTheOther(' is the pool heated or unheated ')).toBe(false);
    expect(questionIntent('Is the gala on Saturday or Sunday?').intent).toBe('info');
  });
});

describe('a learner\'s "is ok I ..." without "it"', () => {
  it('an approval word then the asker asks whether the plan may be done', () => {
    expect(questionIntent('Is ok I bring my own spade to the allotment?').intent).toBe('permission');
    expect(questionIntent('I have new plot. Is fine we put a shed on it?').intent).toBe('permission');
  });

  it('a subject before "is", or no asker after the approval word, is left to the other readings', () => {
    expect(questionIntent('My plan is ok i think, what do you say?').intent).toBe('info');
    expect(questionIntent('Is the water supply fine in winter?').intent).toBe('info');
  });
});

describe('judging the plan against the policy in other words ("in line", "aligned", "reasonable", "the right way")', () => {
  it('with the plan as subject, asks for the verdict', () => {
    expect(questionIntent('We want to hold the plant sale in the car park. Is that in line with the rules?').intent).toBe('permission');
    expect(questionIntent('Proposal: we move the AGM online for good. Is that aligned with the constitution or will members object?').intent).toBe('permission');
    expect(questionIntent('Is it reasonable to ask plot holders to pay for the new gate?').intent).toBe('permission');
    expect(questionIntent('I have the minutes as a PDF - is emailing it to everyone the right way, or should it go on the board?').intent).toBe('permission');
    expect(questionIntent('Please advise whether this is in keeping with the lease.').intent).toBe('permission');
  });

  it('a thing rather than the asker\'s plan, or a meta question, stays a fact question', () => {
    expect(questionIntent('Is the society in line with the council\'s rules?').intent).toBe('info');
    expect(questionIntent('Is the constitution consistent with the lease?').intent).toBe('info');
    expect(questionIntent('Is that the right phone number for the secretary?').intent).toBe('info');
    expect(questionIntent('Is this the right place to ask about water charges?').intent).toBe('info');
  });
});

describe('a matched example\'s `allowed` against the rules\' `not_allowed` on the quoted sentence', () => {
  const evidence = createExampleEvidence([], new Map(), 0, {});
  // A paragraph that asks one thing and reserves another for a named team: no sentence of it prohibits.
  const entry = { clause: { text: 'Plot holders should keep paths clear. Gates will be fitted by the Works Committee.' } } as unknown as ClauseWithContext;
  const match = { verdict: 'allowed', coverage: 1, exampleShare: 1, question: 'Can I keep the path clear?' } as unknown as ExampleMatch;
  const asked = { intent: 'permission', whOnly: false, selfDoing: false, doesTheAct: false } as const;
  const reserved = 'Gates will be fitted by the Works Committee.';

  it('does not overrule the rules\' no on a sentence that permits nothing: the example may have been about the other one', () => {
    expect(evidence.verdict(match, entry, asked, 'not_allowed', reserved)).toBeUndefined();
  });

  it('still answers where the rules say anything else, or where the quoted sentence also permits', () => {
    expect(evidence.verdict(match, entry, asked, 'conditional', reserved)).toBe('allowed');
    expect(evidence.verdict(match, entry, asked, 'not_allowed', 'Plot holders can add a name board - only boards of the plot number can be used.')).toBe('allowed');
    expect(evidence.verdict(match, entry, asked)).toBe('allowed');
  });
});
