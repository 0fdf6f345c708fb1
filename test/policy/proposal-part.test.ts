import { beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, type PolicyIndexOptions } from '../../src/policy';
import { declinedOnly, proposalPart } from '../../src/policy/proposal-scope';
import { namesAnotherOfTheKind, saysTheDoerHoldsIt } from '../../src/policy/restricted-kind';
import type { QueryUnit } from '../../src/policy/query-terms';
import { languageOptions } from './policy-fixtures';

/**
 * What a question proposes sits in the part that asks: a remark after the last question, or an "or is that ..."
 * alternative pointing back at the proposal, names nothing the asker means to do (written here, on a small document).
 */
let language: PolicyIndexOptions;
beforeAll(async () => {
  language = await languageOptions();
});

const club = parsePolicy(
  ['1. Newsletter', '', 'Members can send recipes to the newsletter, and only recipes of vegetarian dishes can be printed.', '', '2. Meetings', '', 'Meetings are held monthly in the village hall.'].join('\n'),
  'club.txt',
);

describe('the proposal part of a message', () => {
  it('leaves out a remark after the last question and an alternative that points back at the proposal', () => {
    expect(proposalPart('Can I send a recipe? I admit my spelling is dreadful.')).toBe('Can I send a recipe?');
    expect(proposalPart('can I send a lentil recipe or is that frowned upon?')).not.toMatch(/frowned/);
    expect(proposalPart('can I send a lentil recipe, or would it annoy the editor?')).not.toMatch(/annoy/);
  });

  it('keeps statements before the question and an alternative with its own proposal', () => {
    expect(proposalPart('I run the lamb stall. Can I send a recipe?')).toContain('lamb stall');
    expect(proposalPart('can I send a lentil recipe or a lamb one?')).toContain('lamb');
  });

  it('an "only" clause answers a proposal inside it "allowed" whatever remark follows; a proposal outside it stays not allowed', () => {
    const index = createPolicyIndex([club], { ...language, verdictModel: false });
    const inside = index.answer('Can I send a vegetarian recipe to the newsletter? I confess I am hopeless with computers.');
    expect(inside.citations[0].text).toContain('only recipes of vegetarian dishes');
    expect(inside.verdict).toBe('allowed');
    expect(index.answer('can I send a vegetarian recipe to the newsletter or is that frowned upon').verdict).toBe('allowed');
    const outside = index.answer('Can I send my venison recipe to the newsletter? I confess I am hopeless.');
    expect(outside.verdict).toBe('not_allowed');
    expect(index.answer('can I send my venison recipe to the newsletter or is that frowned upon').verdict).toBe('not_allowed');
  });
});

const unit = (label: string, own: string[], added: string[][] = []): QueryUnit => ({ label, own, ownAll: false, added, offTopic: false, concept: added.length > 0, weight: 1 });

describe('what the asker declines ("rather than", "instead of")', () => {
  const files = parsePolicy(
    [
      '1. Sharing',
      '',
      'Members must follow these guidelines:',
      '',
      '- Members should not attach spreadsheets to club posts, as these belong on the shared drive. Spreadsheets in posts are open to everybody. Members are able to add useful web links to club posts.',
      '- Members can post photos of club events.',
      '',
      '2. Meetings',
      '',
      'Meetings are held monthly in the village hall.',
    ].join('\n'),
    'sharing.txt',
  );

  it('names units met only in the declined phrase, not those the question also uses elsewhere', () => {
    const units = [unit('address', ['address']), unit('attaching', ['attach']), unit('spreadsheet', ['spreadsheet'])];
    expect([...declinedOnly('can I post a web address instead of attaching the spreadsheet?', units)].map((u) => u.label)).toEqual(['attaching', 'spreadsheet']);
    expect([...declinedOnly('can I attach the spreadsheet rather than a web address?', units)].map((u) => u.label)).toEqual(['address']);
    expect(declinedOnly('can I attach the spreadsheet to the post?', units).size).toBe(0);
  });

  it('does not choose the sentence the verdict is read from', () => {
    const index = createPolicyIndex([files], { ...language, verdictModel: false });
    expect(index.answer('Can I put a link up instead of attaching the club spreadsheets to club posts?').verdict).toBe('allowed');
    expect(index.answer('Can I attach a spreadsheet to a club post?').verdict).toBe('not_allowed');
    expect(index.answer('Can I put the club spreadsheets up on club posts?').verdict).toBe('not_allowed');
  });
});

describe('"only those with X": a doer said to hold X meets the test', () => {
  const sentence = 'Entry is decided by card, so only those with Riverside Library cards may borrow the laptops.';

  it('reads a statement that the doer holds the thing, not one that denies it', () => {
    expect(saysTheDoerHoldsIt("I'm a visiting lecturer but I've been issued a Riverside Library card. Can I borrow a laptop?", sentence)).toBe(true);
    expect(saysTheDoerHoldsIt("I'm a visiting lecturer and I don't have a library card yet. Can I borrow a laptop?", sentence)).toBe(false);
    expect(saysTheDoerHoldsIt('Can I borrow a laptop?', sentence)).toBe(false);
    expect(saysTheDoerHoldsIt('I have a library card. Can I borrow a laptop?', 'Only laptops of the reference room can be borrowed.')).toBe(false);
  });

  it('a phrase the vocabulary reads as the clause\'s own thing is not another of its kind; a qualifier of the question\'s own still is', () => {
    const readsAsOwn = [unit('branch card', ['branch', 'card'], [['riversid', 'librari', 'card']])];
    expect(namesAnotherOfTheKind(readsAsOwn, sentence, 'Laptops', () => true, undefined, 'can I borrow a laptop with my branch card?')).toBe(false);
    const other = [unit('branch', ['branch']), unit('card', ['card'])];
    expect(namesAnotherOfTheKind(other, sentence, 'Laptops', () => true, undefined, 'can I borrow a laptop with my branch card?')).toBe(true);
  });
});
