import { describe, expect, it } from 'vitest';
import { createClauseSearch } from '../../src/policy/clause-search';
import { searchDocFor, withContext } from '../../src/policy/clause-context';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { parseVocabulary } from '../../src/policy';
import { bundledPolicyPath } from './policy-fixtures';

/**
 * The search scores only the documents some stem of the question (typed, or added by the vocabulary) occurs in: the
 * union of the stems' posting lists (nineteenth session). These check that nothing a full scan found is lost.
 */
describe('clause search candidates', () => {
  const docs = [
    { text: 'Staff must display a parking permit in the windscreen.', title: 'Parking' },
    { text: 'Visitors park in bay C only.', title: 'Visitors' },
    { text: 'Lockers are emptied every Friday evening.', title: 'Lockers' },
    { text: 'Bicycles go in the rack behind the gym.', title: 'Cycling', context: 'Where staff may leave things:' },
  ];

  it('finds a document through its title or lead-in as well as its text, and never one sharing no stem', () => {
    const search = createClauseSearch(docs);
    expect(search.search('where do visitors go').hits.map((h) => h.index)).toEqual([1]);
    expect(search.search('can staff leave a bicycle').hits.map((h) => h.index).sort()).toEqual([0, 3]);
    expect(search.search('what about the canteen menu').hits).toEqual([]);
  });

  it('finds a document reached only through a vocabulary expansion', () => {
    const vocabulary = parseVocabulary(JSON.stringify({ terms: [{ phrases: ['guests'], means: 'visitors' }] }), 'test');
    const search = createClauseSearch(docs, { vocabulary });
    expect(search.search('where do guests stop').hits.map((h) => h.index)).toEqual([1]);
  });

  it('gives the same hits for a question however many other questions came before (no state carried over)', () => {
    const doc = loadPolicyFile(bundledPolicyPath);
    const fresh = () => createClauseSearch(withContext([doc]).map(searchDocFor), { vocabulary: doc.vocabulary });
    const questions = ['can I post a photo of a crime scene on facebook', 'who runs the yammer group', 'is my mobile number ok on my profile'];
    const warm = fresh();
    for (const q of questions) warm.search(q);
    for (const q of questions) expect(warm.search(q)).toEqual(fresh().search(q));
  });
});
