import { describe, expect, it } from 'vitest';
import { asksForProcedure, asksWhetherPolicyAddresses, hedgeWouldNotAnswer } from '../../src/policy/hedge-would-not-answer';
import { DEFAULT_OUT_OF_SCOPE, judgeWithNoneClass, type Abstention } from '../../src/policy/out-of-scope-judge';

describe('questions that ask for a procedure, a place or a person', () => {
  it('recognises requests for steps, places and people, in plain, shorthand and non-native wording', () => {
    for (const q of [
      'How do I renew my warrant card?',
      'how can we book the briefing room for thursday',
      'Where do I hand in lost property found on patrol?',
      'where i can get a new radio battery',
      'Who do I speak to about a broken chair in the office?',
      'who handles requests for a second monitor',
      'Who in the control room approves a change of rest day?',
      "What's the procedure for returning a pool phone?",
      'How does a secondment get approved?',
      'how many days notice do I give for a course?',
      'How long are CCTV stills kept for?',
    ]) expect(asksForProcedure(q), q).toBe(true);
  });

  it('leaves permission, rule and fact questions alone', () => {
    for (const q of [
      'Can I post a photo of the station cat on the team page?',
      'Is it ok to follow the mayor on Twitter?',
      'What does the rule on profile pictures say?',
      'Who can see what I write in a private group?',
      'Where is the line between banter and bullying online?',
      'How do I know whether a post breaks the rules?',
      'Is a long post worse than a short one?',
    ]) expect(asksForProcedure(q), q).toBe(false);
  });

  it('leaves questions about the policy document itself alone: its header names the contact and owner', () => {
    expect(asksForProcedure('Who do I contact about this policy?')).toBe(false);
    expect(asksForProcedure('how do i get the guidance changed')).toBe(false);
    expect(asksForProcedure('Who do I contact about my tax code?')).toBe(true);
  });
});

describe('questions whether the policy addresses something', () => {
  it('recognises yes/no questions about what the policy contains, and "is there a rule on ..."', () => {
    for (const q of [
      'Does the policy mention body-worn video footage?',
      'My sergeant asked me to check: does this guidance cover podcasts?',
      'Is there any rule on how often the page has to be updated?',
      'Is there a force standard for hashtags?',
      'any force guidance on live streaming?',
      'I was wondering whether the policy says anything about emojis',
    ]) expect(asksWhetherPolicyAddresses(q), q).toBe(true);
  });

  it('leaves content questions ("what does the policy say about ..."), permission and fact questions alone', () => {
    for (const q of [
      'What does the policy say about profile photos?',
      'How does the policy define social media?',
      'Can I mention the policy in my Yammer status?',
      'Is there anyone who checks posts before they go up?',
      'Who owns the policy?',
    ]) expect(asksWhetherPolicyAddresses(q), q).toBe(false);
  });

  it('either kind makes a hedged answer no answer', () => {
    expect(hedgeWouldNotAnswer('Where can I find the rota?')).toBe(true);
    expect(hedgeWouldNotAnswer('Does the policy cover TikTok?')).toBe(true);
    expect(hedgeWouldNotAnswer('Can I share the rota on Yammer?')).toBe(false);
  });
});

describe('refusing an unsure answer to a question a hedge would not answer', () => {
  const answer: Abstention = { abstain: false, encoderMayAnswer: true, hedge: false };
  const o = DEFAULT_OUT_OF_SCOPE;

  it('refuses from procedureAt when the lexical engine is unsure, with no encoder overrule by default', () => {
    expect(judgeWithNoneClass(answer, false, o.unhedgeableAt, o, false, true)).toEqual({ abstain: true, encoderMayAnswer: false, hedge: true });
    expect(judgeWithNoneClass(answer, false, o.unhedgeableAt - 0.01, o, false, true).abstain).toBe(false);
  });

  it('does not refuse other questions at that p(none), nor a procedure the lexical engine is sure of', () => {
    expect(judgeWithNoneClass(answer, false, o.unhedgeableAt, o, false, false).abstain).toBe(false);
    expect(judgeWithNoneClass(answer, false, o.unhedgeableAt, o, true, true).abstain).toBe(false);
    expect(judgeWithNoneClass(answer, false, 0.9, { ...o, unhedgeableAt: Infinity, leanRefuseAt: Infinity }, false, true).abstain).toBe(false);
  });
});
