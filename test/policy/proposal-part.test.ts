import { beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, type PolicyIndexOptions } from '../../src/policy';
import { proposalPart } from '../../src/policy/proposal-scope';
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
