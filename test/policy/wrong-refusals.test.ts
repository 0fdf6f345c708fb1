import { beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIndex, type PolicyIndex } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { DEFAULT_OUT_OF_SCOPE, judgeWithNoneClass, sameTopClause, type Abstention } from '../../src/policy/out-of-scope-judge';
import { createQueryAnalyser } from '../../src/policy/query-terms';
import { bundledPolicyPath, languageOptions } from './policy-fixtures';

/**
 * Twelfth session (docs/policy-answers.md, "Twelfth session: wrong refusals"): covered questions the lexical rules
 * refused for word overlap alone, where the none class and the classifier read them as covered. Sentences are our own.
 */
describe('a lexical refusal the classifier does not share', () => {
  const refuse: Abstention = { abstain: true, encoderMayAnswer: true, hedge: false };
  const answer: Abstention = { abstain: false, encoderMayAnswer: true, hedge: false };
  const hedged = { abstain: false, encoderMayAnswer: false, hedge: true };
  const o = DEFAULT_OUT_OF_SCOPE;
  const between = (o.answerBelow + o.hedgeAt) / 2;

  it('is answered, hedged, when the classifier agrees on the clause and p(none) is under hedgeAt', () => {
    expect(judgeWithNoneClass(refuse, false, between, o, false, false, true)).toEqual(hedged);
    expect(judgeWithNoneClass(refuse, false, o.hedgeAt - 0.01, o, false, false, true)).toEqual(hedged);
  });

  it('stays refused without agreement, from hedgeAt up, or when the question plainly names an outside subject only', () => {
    expect(judgeWithNoneClass(refuse, false, between, o, false, false, false)).toEqual(refuse);
    expect(judgeWithNoneClass(refuse, false, o.hedgeAt, o, false, false, true)).toEqual(refuse);
    expect(judgeWithNoneClass(refuse, true, between, o, false, false, true)).toEqual(refuse);
  });

  it("one outside word in a question on the subject (weakRestOnly) is the none class's call below hedgeAt, not above", () => {
    const weakRest: Abstention = { ...refuse, weakRestOnly: true };
    expect(judgeWithNoneClass(weakRest, false, between, o)).toEqual(hedged);
    expect(judgeWithNoneClass(weakRest, false, o.hedgeAt, o)).toEqual(weakRest);
    expect(judgeWithNoneClass(weakRest, false, 0.99, o).abstain).toBe(true);
  });

  it('agreement changes nothing for a question the lexical rules answer', () => {
    expect(judgeWithNoneClass(answer, false, between, o, false, false, true)).toEqual(answer);
    expect(judgeWithNoneClass(answer, false, o.abstainAt, o, false, false, true).abstain).toBe(true);
  });
});

describe('sameTopClause', () => {
  const byIndex = (a: number, b: number) => a === b;
  it('is true when the most probable clause is the lexical top hit, or the same text in another place', () => {
    expect(sameTopClause([0.1, 0.7, 0.2], 1, byIndex)).toBe(true);
    const texts = ['keep it civil', 'no files', 'keep it civil'];
    expect(sameTopClause([0.1, 0.2, 0.6], 0, (a, b) => texts[a] === texts[b])).toBe(true);
  });
  it('is false for another clause, no lexical hit or no probabilities', () => {
    expect(sameTopClause([0.1, 0.7, 0.2], 2, byIndex)).toBe(false);
    expect(sameTopClause([0.1, 0.7, 0.2], undefined, byIndex)).toBe(false);
    expect(sameTopClause([], 0, byIndex)).toBe(false);
  });
});

describe('"the policy" as a pointer at the document', () => {
  const analyser = createQueryAnalyser(['permit', 'windscreen']);
  const onSubject = (q: string) => analyser.analyse(q).onSubject;
  it('"the policy" as subject or object of the question names the document, like "this policy"', () => {
    expect(onSubject('who keeps the policy up to date')).toBe(true);
    expect(onSubject('does the policy mention contractors')).toBe(true);
    expect(onSubject("when was the policy's last revision")).toBe(true);
    expect(onSubject('is this policy still current')).toBe(true);
  });
  it('"the policy on / for / about X" names some policy by its topic, not this one', () => {
    expect(onSubject("what's the policy on tattoos")).toBe(false);
    expect(onSubject('is there a policy for claiming mileage')).toBe(false);
    expect(onSubject('what is the policy about beards')).toBe(false);
    expect(onSubject('the policies of other forces')).toBe(false);
  });
});

describe('in the bundled engine (the sentence encoder not consulted)', () => {
  let index: PolicyIndex;
  beforeAll(async () => {
    index = createPolicyIndex([loadPolicyFile(bundledPolicyPath)], await languageOptions());
  }, 120_000);
  const verdict = (q: string) => index.answer(q).verdict;

  it('an incidental outside word no longer refuses a question the none class finds clearly covered', () => {
    const q = 'A resident emailed the team inbox about a stolen car, do we have to reply within a day?';
    expect(index.abstentionSignals!(q).plainlyOutside).toBe(true);
    expect(verdict(q)).not.toBe('not_covered');
    // Seventeenth session: "can I stick the night shift briefing slides on yammer so the early turn can read them" was
    // checked here as not_allowed; the none class that also learnt the dev sets' not-covered questions refuses it
    // (p(none) 0.47 -> 0.54). A known cost of the dev examples (docs/policy-answers.md, "Seventeenth session: dev
    // questions as examples"): held out, covered questions refused fell from 33 to 29.
  });

  it('a question the classifier places on the clause the words reach is answered', () => {
    const q = 'For a training slide I need to know if one aim is to deter and detect crime - have I got that right?';
    expect(index.abstentionSignals!(q).lexicalAbstain).toBe(true);
    expect(index.answer(q).citations[0]?.clauseId).toBe('2.p1');
  });

  it('outside subjects are still refused', () => {
    for (const q of ['How much annual leave do I get?', 'Does the Force reimburse mileage for a private car?', "What's the policy on overtime pay?", 'can I post on facebook about my pay rise', 'when is payday']) expect(verdict(q)).toBe('not_covered');
  });
});
