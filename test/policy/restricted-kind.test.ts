import { beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, type PolicyIndexOptions } from '../../src/policy';
import { mustUseThing, namesAnotherOfTheKind, onlyPhrase, proposesAnotherDoer } from '../../src/policy/restricted-kind';
import type { QueryUnit } from '../../src/policy/query-terms';
import { stem } from '../../src/policy/tokenise';
import { languageOptions } from './policy-fixtures';

/**
 * Issue 11 point 4 on "only" clauses (restricted-kind.ts), on sentences written here: another member of the kind the
 * "only" phrase restricts, or another person doing the act, is outside what the clause lets through.
 */
const rule = 'Borrowing is handled by the card desk, so only those with Riverton Library cards may borrow the reference books.';
const section = 'Lending. Members and volunteers can ask the card desk for help.';

/** A plain word as the engine reads it; `readings` as a vocabulary would add them; `weight` < 1 for a weak word. */
function unit(label: string, readings: string[][] = [], weight = 1): QueryUnit {
  return { label, own: label.split(' ').map(stem), ownAll: label.includes(' '), added: readings.map((r) => r.map(stem)), offTopic: false, concept: readings.length > 0, weight };
}
const everyday = (w: string) => !['mastercard', 'tuesday'].includes(w);
const specific = (w: string) => !everyday(w);
// Word vectors as far as these tests need them: "mastercard" sits near "cards", as "gmail" does near "email".
const nearIn = (w: string, text: string) => w === 'mastercard' && /\bcards\b/.test(text);

describe('the "only" phrase', () => {
  it('reads the phrase, whether it names people, and the act', () => {
    const p = onlyPhrase(rule)!;
    expect(p.text).toBe('those with Riverton Library cards');
    expect(p.who).toBe(true);
    expect(p.act).toBe(stem('borrow'));
    expect(p.thing).toBe('Riverton Library cards');
    expect(onlyPhrase('Members can choose an avatar - only a photograph of the member can be used.')).toMatchObject({ who: false, act: stem('used'), thing: 'a photograph' });
  });

  it('finds none in a sentence without a standalone "only"', () => {
    expect(onlyPhrase('The network remains private and members-only.')).toBeUndefined();
    expect(onlyPhrase('Everyone can borrow books.')).toBeUndefined();
  });
});

describe('a qualifier of the question\'s own on the restricted thing ("my school card" against "Riverton Library cards")', () => {
  const mustUse = 'Every club must use the booking sheet kept at the front desk for room requests.';
  const own = (q: string, sentence = rule, context = section) => namesAnotherOfTheKind([unit('borrow')], sentence, context, specific, nearIn, q);

  it('reads the thing a "must use" sentence names, as an "only" phrase\'s', () => {
    expect(mustUseThing(mustUse)).toBe('booking sheet kept at the front desk');
    expect(mustUseThing('Members must use their library cards.')).toBe('library cards');
    expect(mustUseThing('Members can borrow books.')).toBeUndefined();
  });

  it('another qualifier on the same noun is another member of the kind, everyday words included', () => {
    expect(own('Can I borrow the atlas with my school card?')).toBe(true);
    expect(own("Could my daughter use her college library card to borrow it?")).toBe(true);
    expect(own('Can our chess club book the room on a paper sheet instead?', mustUse, 'Rooms')).toBe(true);
  });

  it('the clause\'s own qualifier, a word its section uses, a weak word or no qualifier at all stays inside', () => {
    expect(own('Can I borrow the atlas with my Riverton card?')).toBe(false);
    expect(own('Do I need a card to borrow the atlas?')).toBe(false);
    // "desk" is the clause's own word; "own" says whose it is, not which kind.
    expect(own('Can we fill in the desk sheet for the room?', mustUse, 'Rooms')).toBe(false);
    expect(own('Can I use my own card?')).toBe(false);
    const weak = namesAnotherOfTheKind([unit('borrow'), unit('staff', [], 0.35)], rule, section, specific, nearIn, 'Can I borrow with my staff card?');
    expect(weak).toBe(false);
  });
});

describe('another member of the restricted kind', () => {
  it('a vocabulary reading sharing the kind with a qualifier of its own is outside', () => {
    // "county card" read by a vocabulary as "council library cards": library cards, but not Riverton's.
    expect(namesAnotherOfTheKind([unit('borrow'), unit('county card', [['council', 'library', 'cards']])], rule, 'Lending', everyday, nearIn)).toBe(true);
  });

  it('a specific word only word vectors put near a word of the phrase is outside', () => {
    expect(namesAnotherOfTheKind([unit('borrow'), unit('mastercard')], rule, 'Lending', specific, nearIn)).toBe(true);
  });

  it('the clause\'s own thing, a reading it names whole, a weak word, or an unrelated word is not another of the kind', () => {
    expect(namesAnotherOfTheKind([unit('borrow'), unit('library'), unit('card')], rule, 'Lending', specific, nearIn)).toBe(false);
    expect(namesAnotherOfTheKind([unit('town card', [['riverton', 'library', 'cards']])], rule, 'Lending', specific, nearIn)).toBe(false);
    expect(namesAnotherOfTheKind([unit('staff card', [['council', 'library', 'cards']], 0.35)], rule, 'Lending', specific, nearIn)).toBe(false);
    expect(namesAnotherOfTheKind([unit('tuesday')], rule, 'Lending', specific, nearIn)).toBe(false);
    // Near a capitalised name ("Riverton"), or near what a photo is "of", is no evidence of another of the kind.
    const nearName = (w: string, text: string) => w === 'rivertown' && /\bRiverton\b/.test(text);
    expect(namesAnotherOfTheKind([unit('rivertown')], rule, 'Lending', () => true, nearName)).toBe(false);
    const nearMember = (w: string, text: string) => w === 'membership' && /\bmember\b/.test(text);
    expect(namesAnotherOfTheKind([unit('membership')], 'Members can choose an avatar - only a photograph of the member can be used.', 'Avatars', () => true, nearMember)).toBe(false);
    // ...and no "only" phrase, no rule.
    expect(namesAnotherOfTheKind([unit('mastercard')], 'Members can borrow with any cards.', 'Lending', specific, nearIn)).toBe(false);
  });
});

describe('another person doing the act of an "only those ..." clause', () => {
  it('a doer the clause and its section never name is outside, however everyday the word', () => {
    expect(proposesAnotherDoer('Can my nephew borrow the reference books?', [], rule, section)).toBe(true);
    expect(proposesAnotherDoer('is it ok for my neighbour to borrow one?', [], rule, section)).toBe(true);
  });

  it('the asker, a person the section speaks of, a weak word, or a doer holding the thing stays with the other rules', () => {
    expect(proposesAnotherDoer('Can I borrow the reference books?', [], rule, section)).toBe(false);
    expect(proposesAnotherDoer('can volunteers borrow them?', [], rule, section)).toBe(false);
    expect(proposesAnotherDoer('can staff borrow them?', [unit('staff', [], 0.35)], rule, section)).toBe(false);
    expect(proposesAnotherDoer('can my nephew with a Riverton card borrow them?', [], rule, section)).toBe(false);
    // ...and a clause that restricts a thing, not people, has no doer to check.
    expect(proposesAnotherDoer('can my nephew use a photo?', [], 'Members can choose an avatar - only a photograph of the member can be used.', section)).toBe(false);
  });
});

describe('on a document, through the rules', () => {
  let language: PolicyIndexOptions;
  beforeAll(async () => {
    language = await languageOptions();
  });
  const club = parsePolicy(
    ['1. Forum', '', 'Access is checked by domain, so only those with Harbour Rowing Club email addresses may join the club forum. Everybody is free to join it from a browser.'].join('\n'),
    'club.txt',
  );

  it('another email (near "email" in general word vectors) or another person is not allowed', () => {
    const index = createPolicyIndex([club], { ...language, verdictModel: false });
    expect(index.answer('can I join the club forum with my hotmail?').verdict).toBe('not_allowed');
    expect(index.answer('can my brother join the club forum?').verdict).toBe('not_allowed');
  });

  it('joining, or joining with the club address, keeps its verdict', () => {
    const index = createPolicyIndex([club], { ...language, verdictModel: false });
    expect(index.answer('can I join the club forum?').verdict).toBe('allowed');
    expect(index.answer('can I join the club forum with my rowing club email?').verdict).toBe('allowed');
  });
});
