import { describe, expect, it } from 'vitest';
import { asksUndescribed, capabilityAsk, clauseSpeaksTo, createCapabilityReader } from '../../src/policy/capability-question';
import { DEFAULT_OUT_OF_SCOPE, judgeWithNoneClass, type Abstention } from '../../src/policy/out-of-scope-judge';
import type { QueryUnit } from '../../src/policy/query-terms';

describe('questions that ask for a capability, steps or whether something exists', () => {
  it('reads the four kinds of ask, with the word that names what is asked for', () => {
    const cases: [string, string, string][] = [
      ['can teams translate a message into polish for me', 'feature', 'translate'],
      ['Will Facebook tell me who looked at my page?', 'feature', 'tell'],
      ['does the app remember my login between shifts', 'feature', 'remember'],
      ['Is there an option to mute a noisy thread?', 'way', 'mute'],
      ['any way of archiving old messages in bulk', 'way', 'archiving'],
      ['Is it possible to dictate a post instead of typing it', 'way', 'dictate'],
      ['Is there a first aid refresher running this spring?', 'exists', 'refresher'],
      ['do we have a drone unit in the north of the county', 'exists', 'unit'],
      ['does kent police run a cadet scheme for teenagers', 'exists', 'scheme'],
      ['my sergeant asked if there is a bereavement helpline', 'exists', 'helpline'],
      ['How do I reserve a locker at the new station?', 'howto', 'reserve'],
      ['how can we make the banner image sharper', 'howto', 'banner'],
      ['Where can I find the canteen menu for next week?', 'howto', 'canteen'],
      ['can I pin the chat window so it stays on top', 'setting', 'pin'],
      ['why is instagram blocked on the front desk pc', 'fault', 'blocked'],
    ];
    for (const [q, kind, head] of cases) expect(capabilityAsk(q), q).toMatchObject({ kind, head });
  });

  it('keeps the object and a noun phrase\'s other words, so the clause check reads them too', () => {
    expect(capabilityAsk('How do I book a meeting room?')).toMatchObject({ head: 'book', object: 'meeting' });
    expect(capabilityAsk('is there a yammer quiz group')).toMatchObject({ head: 'group', modifiers: ['yammer', 'quiz'] });
    // A second question or clause does not run into the first one's ask.
    expect(capabilityAsk('Is there a car share scheme, and can I use it at weekends?')?.asked).toEqual(['car', 'share', 'scheme']);
  });

  it('leaves conduct, judgement and "what does it say" questions alone', () => {
    for (const q of [
      'Can I post a photo of the station dog on the team page?',
      'can yammer be used to arrange cover for a shift',
      'Is there a problem with me liking a councillor\'s post?',
      'is there any harm in following a journalist',
      'Is there a rule about swearing in comments?',
      'Is there a deadline for replying to residents?',
      'If there is a flood warning, can we share the council\'s post?',
      'if we have a misper, can the page ask for sightings',
      'What does Yammer give the force that email does not?',
      'How does yammer decide who gets in?',
      'How do I know whether a comment is defamatory?',
      'how do I make sure my profile is appropriate',
      'We were told to tell people how to contact the front office on the page. Is that ok?',
      'Would Yammer be a sensible way to share the rota?',
      'Why should I not accept friend requests from offenders?',
      'does teams cost the force anything per licence',
      'Will Instagram count as social media under this policy?',
    ]) expect(capabilityAsk(q), q).toBeUndefined();
  });

  it('does not ask the clause to repeat a participle that says what state the thing is in', () => {
    expect(capabilityAsk('is there a published cycling route map')).toMatchObject({ head: 'map', modifiers: ['cycling', 'route'] });
    expect(capabilityAsk('Is there an approved van for the dog unit?')).toMatchObject({ head: 'van', modifiers: [] });
  });

  it('reads nothing when only light words are asked for', () => {
    expect(capabilityAsk('locked out - how do i get back in?')).toBeUndefined();
    expect(capabilityAsk('my password expired, how do i reset it')).toBeUndefined();
    expect(capabilityAsk('locked out again, how do i get back on pal x')).toBeUndefined();
  });

  it('leaves questions about the policy document itself to its header', () => {
    expect(capabilityAsk('Is there a phone number for whoever wrote this policy?')).toBeUndefined();
    expect(capabilityAsk('Is there a phone number for the help desk?')).toMatchObject({ head: 'number' });
  });
});

describe('whether the closest clause speaks to the ask', () => {
  const unit = (label: string): QueryUnit => ({ label, own: [label], ownAll: false, added: [], offTopic: false, concept: false, weight: 1 });
  const units = ['book', 'meeting', 'room'].map(unit);
  const ask = capabilityAsk('how do I book a meeting room')!;

  it('needs the head (keys 1) or the head and its object (keys 2) among the units the clause answers', () => {
    expect(clauseSpeaksTo(ask, units, 0b011, 2)).toBe(true);
    expect(clauseSpeaksTo(ask, units, 0b001, 2)).toBe(false);
    expect(clauseSpeaksTo(ask, units, 0b001, 1)).toBe(true);
    expect(clauseSpeaksTo(ask, units, 0b110, 1)).toBe(false);
  });

  it('reads a phrase unit\'s words one by one', () => {
    expect(clauseSpeaksTo(ask, [unit('book'), unit('meeting room')], 0b11, 2)).toBe(true);
  });

  it('is false for a question that is no such ask', () => {
    expect(asksUndescribed('Can I post a photo of the station dog?', units, 0, 2)).toBe(false);
    expect(asksUndescribed('how do I book a meeting room', units, 0, 2)).toBe(true);
  });
});

describe('whether any clause of the policy holds the ask (createCapabilityReader, anyClause)', () => {
  const read = createCapabilityReader(['Rooms are booked through the estates desk.', 'A locked account can be un-suspended by the owner.']);
  const units = ['book', 'meeting', 'room'].map((label): QueryUnit => ({ label, own: [label], ownAll: false, added: [], offTopic: false, concept: false, weight: 1 }));

  it('lets a clause elsewhere in the policy that holds the key words answer, even when the closest one does not', () => {
    expect(read('how do I book a room', units, 0, 2, false)).toBe(true);
    expect(read('how do I book a room', units, 0, 2, true)).toBe(false);
    expect(read('how do I book a parking space', units, 0, 2, true)).toBe(true);
  });

  it('reads hyphenated clause words joined too', () => {
    expect(read('is there a way to unsuspend an account', [], 0, 1, true)).toBe(false);
  });

  it('reads the closest clause\'s own words, hyphens joined, when the search split the word it answers', () => {
    // the search matched no unit (mask 0): "unsuspended" met "un-suspended" only as two words
    expect(read('how can I get my account unsuspended', [], 0, 2, false)).toBe(true);
    expect(read('how can I get my account unsuspended', [], 0, 2, false, 1)).toBe(false);
    // a closest clause that does not hold the words leaves the ask undescribed
    expect(read('how can I get my account unsuspended', [], 0, 2, false, 0)).toBe(true);
  });
});

describe('the refusal it drives (out-of-scope-judge.ts, capabilityAt)', () => {
  const answer: Abstention = { abstain: false, encoderMayAnswer: true, hedge: false };
  const refusal: Abstention = { abstain: true, encoderMayAnswer: true, hedge: false };
  const on = { ...DEFAULT_OUT_OF_SCOPE, capabilityAt: 0 };

  it('is on as shipped at any p(none), and off at Infinity', () => {
    expect(DEFAULT_OUT_OF_SCOPE.capabilityAt).toBe(0);
    expect(judgeWithNoneClass(answer, false, 0.05, DEFAULT_OUT_OF_SCOPE, false, false, false, true).abstain).toBe(true);
    expect(judgeWithNoneClass(answer, false, 0.05, { ...DEFAULT_OUT_OF_SCOPE, capabilityAt: Infinity }, false, false, false, true).abstain).toBe(false);
  });

  it('refuses an unsure answer to an undescribed ask, still offering the closest clause', () => {
    expect(judgeWithNoneClass(answer, false, 0.05, on, false, false, false, true)).toMatchObject({ abstain: true, offerClosest: true, encoderMayAnswer: false });
  });

  it('leaves a sure answer, and an ask the clause speaks to, alone', () => {
    expect(judgeWithNoneClass(answer, false, 0.05, on, true, false, false, true).abstain).toBe(false);
    expect(judgeWithNoneClass(answer, false, 0.05, on, false, false, false, false).abstain).toBe(false);
  });

  it('keeps the words\' refusal of an undescribed ask that the none class would overrule, without the encoder fallback', () => {
    expect(judgeWithNoneClass(refusal, false, 0.01, DEFAULT_OUT_OF_SCOPE, false, false, false, false).abstain).toBe(false);
    expect(judgeWithNoneClass(refusal, false, 0.01, on, false, false, false, true)).toMatchObject({ abstain: true, encoderMayAnswer: false });
  });

  it('reads p(none) against capabilityAt', () => {
    const at = { ...DEFAULT_OUT_OF_SCOPE, capabilityAt: 0.2 };
    expect(judgeWithNoneClass(answer, false, 0.1, at, false, false, false, true).abstain).toBe(false);
    expect(judgeWithNoneClass(answer, false, 0.3, at, false, false, false, true).abstain).toBe(true);
  });
});
