import { beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, type PolicyIndexOptions } from '../../src/policy';
import { asksAboutTheOpenList, openListItems } from '../../src/policy/open-list';
import { languageOptions } from './policy-fixtures';

/**
 * A sentence that permits an open list ("name, allotment number etc") and restricts something else with "only" ("only
 * drawings of the member's own plot"): a question about a listed item is not read against the "only" (written here, on
 * a small document).
 */
let language: PolicyIndexOptions;
beforeAll(async () => {
  language = await languageOptions();
});

const SENTENCE = 'Members can fill in their noticeboard card with their name, allotment number etc, and also pin a drawing to it – only drawings of the member\'s own plot can be pinned.';
const club = parsePolicy(
  ['1. Noticeboard', '', SENTENCE, '', '2. Meetings', '', 'Meetings are held monthly in the village hall.'].join('\n'),
  'club.txt',
);

describe('the open list of a sentence that restricts something else', () => {
  it('reads the listed items, not the restricted kind', () => {
    expect(openListItems(SENTENCE)).toEqual(['name', 'allotment number']);
  });

  it('has no open list without "etc", or when the "only" names who may act', () => {
    expect(openListItems('Members can fill in their card with their name and allotment number – only drawings of the member\'s own plot can be pinned.')).toEqual([]);
    expect(openListItems('Members can add their name, allotment number etc, and only those with a key may open the shed.')).toEqual([]);
  });

  it('a question naming a listed item whole and nothing of the restricted kind asks about the list', () => {
    expect(asksAboutTheOpenList('Can I put my name and which greenhouse row I am on onto my noticeboard card?', SENTENCE)).toBe(true);
    expect(asksAboutTheOpenList('is it fine to write my allotment number on the card?', SENTENCE)).toBe(true);
  });

  it('a question naming the restricted kind, or no listed item, does not', () => {
    expect(asksAboutTheOpenList('Can I put my name and a drawing of my cat on my card?', SENTENCE)).toBe(false);
    expect(asksAboutTheOpenList('Can I put my home phone number on my noticeboard card?', SENTENCE)).toBe(false);
    expect(asksAboutTheOpenList('Can I write my allotment on the card?', SENTENCE)).toBe(false);
  });

  it('answers a listed item with unnamed details "allowed"; an unlisted detail or another drawing stays not allowed', () => {
    const index = createPolicyIndex([club], { ...language, verdictModel: false });
    const listed = index.answer('Can I add my name and which greenhouse I use to my noticeboard card?');
    expect(listed.citations[0].text).toContain('only drawings');
    expect(listed.verdict).toBe('allowed');
    const unlisted = index.answer('Can I add my greenhouse to my noticeboard card?');
    expect(unlisted.citations[0].text).toContain('only drawings');
    expect(unlisted.verdict).toBe('not_allowed');
    const drawing = index.answer('Can I pin my name and a drawing of my neighbour\'s greenhouse to the noticeboard card?');
    expect(drawing.verdict).toBe('not_allowed');
  });
});
