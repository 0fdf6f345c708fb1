import { beforeAll, describe, expect, it } from 'vitest';
import { namesResidence, workplacePhraseStems } from '../../src/policy/workplace-phrase';
import { createPolicyIndex, parsePolicy, type PolicyIndex } from '../../src/policy';
import { languageOptions } from './policy-fixtures';

/** "which <place> I work at" names a location (fifteenth session). Sentences and document written for this test. */
describe('the place the asker works', () => {
  it('is read from a "which ..." phrase closed by the asker and working somewhere', () => {
    expect([...workplacePhraseStems('Can I list my role and which depot I work at?')]).toEqual(['depot']);
    expect(workplacePhraseStems("may I add which sorting office I'm based in").size).toBe(2);
    expect(workplacePhraseStems('can I add which garage im at').size).toBe(1);
    // Not where the asker works: where they live or stay, or what someone else does.
    expect(workplacePhraseStems('can I add which street I live in').size).toBe(0);
    expect(workplacePhraseStems("can I add which hotel I'm staying at").size).toBe(0);
    expect(workplacePhraseStems('can I add which school my kids are at').size).toBe(0);
  });

  const doc = parsePolicy(
    [
      '1. Profiles',
      '',
      'Members can update their profile with their job title, location etc, and also add a photograph - only photographs of the member themselves can be used.',
      '',
      '2. Meetings',
      '',
      'Meetings are held monthly in the village hall.',
    ].join('\n'),
    'directory.txt',
  );
  let index: PolicyIndex;
  beforeAll(async () => {
    index = createPolicyIndex([doc], { ...(await languageOptions()), verdictModel: false });
  });

  it('against a sentence listing a location, the phrase is no proposal outside it', () => {
    const a = index.answer('Can I add my job title and which sorting depot I work at to my profile?');
    expect(a.citations[0].text).toContain('job title, location');
    expect(a.verdict).toBe('allowed');
  });

  it('anything else offered is still read as before', () => {
    const profiles = doc.clauses[0].id;
    expect(index.answerFromClause('Can I add my job title and which sorting depot I work at to my profile?', profiles)?.verdict).toBe('allowed');
    expect(index.answerFromClause('Can I add which sorting depot I work at and my passport number to my profile?', profiles)?.verdict).toBe('not_allowed');
    expect(index.answerFromClause('Can I add my job title and my sorting depot to my profile?', profiles)?.verdict).toBe('not_allowed');
  });

  it('where the asker lives is no location the sentence names (lead, fifteenth session)', () => {
    const profiles = doc.clauses[0].id;
    expect(index.answerFromClause('Can I add which lane I live on to my member profile?', profiles)?.verdict).toBe('not_allowed');
    expect(index.answerFromClause('is it ok to put the hamlet we live in on my profile', profiles)?.verdict).toBe('not_allowed');
    expect(index.answerFromClause('Can I put my hometown on my profile?', profiles)?.verdict).toBe('not_allowed');
    // The same profile with the work location stays allowed.
    expect(index.answerFromClause('Can I add my job title and my location to my profile?', profiles)?.verdict).toBe('allowed');
  });
});

describe('namesResidence', () => {
  it('reads where the asker lives, not a mention of living somewhere as scene-setting', () => {
    expect(namesResidence('can I say where I live')).toBe(true);
    expect(namesResidence('which part of town we live in')).toBe(true);
    expect(namesResidence('my home postcode')).toBe(true);
    expect(namesResidence('I live in Leek - can I put my job title on it?')).toBe(false);
    expect(namesResidence('which depot I work at')).toBe(false);
    expect(namesResidence('a live stream of the parade')).toBe(false);
  });
});
