import { describe, expect, it } from 'vitest';
import { qualifyingSentence } from '../../src/policy/concession';
import type { ClauseWithContext } from '../../src/policy/clause-context';
import type { SearchHit } from '../../src/policy/clause-search';
import type { QueryUnit } from '../../src/policy/query-terms';
import type { PolicyDocument } from '../../src/policy/types';
import { contentStems } from '../../src/policy/tokenise';

// A library's rules, in the writer's own sentences: a sentence followed by "However, ..." concedes; the next one qualifies it.
const doc = { id: 'lib' } as PolicyDocument;
const sentence = (id: string, sectionId: string, text: string, kind: 'sentence' | 'bullet' = 'sentence'): ClauseWithContext => ({
  clause: { id, sectionId, sectionTitle: 'Loans', kind, text, documentId: 'lib' },
  document: doc,
});
const entries = [
  sentence('l.p1', 'l', 'The reading room works much like a lending library.'),
  sentence('l.p2', 'l', 'However, unlike a lending library, books from the reading room never leave the building.'),
  sentence('l.p3', 'l', 'Members can borrow up to six books.'),
  sentence('l.p4', 'l', 'Overdue books are charged daily.'),
  sentence('m.p1', 'm', 'However, late fees are waived for members under twelve.'),
];
const unit = (word: string): QueryUnit => ({ label: word, own: contentStems(word), ownAll: false, added: [], offTopic: false, concept: false, weight: 1 });
const hit = (index: number, score: number, unitMask: number): SearchHit => ({ index, score, coverage: 1, coverageOnTopic: 1, matchedUnits: 1, matchedConcept: false, unitMask });

describe('a concession and the sentence that qualifies it', () => {
  const units = [unit('reading room'), unit('lending library')];

  it('answers with the "however" sentence when it answers everything the question asks of the concession', () => {
    expect(qualifyingSentence(hit(0, 9, 0b11), [hit(0, 9, 0b11), hit(1, 4, 0b11)], units, entries)).toBe(1);
  });

  it('keeps the concession when the qualifier leaves out part of what the question asks', () => {
    expect(qualifyingSentence(hit(0, 9, 0b11), [hit(0, 9, 0b11), hit(1, 4, 0b01)], units, entries)).toBeUndefined();
  });

  it('needs a connective that qualifies, in the same section, and the qualifier among the hits', () => {
    // "Overdue books are charged daily" follows "Members can borrow ..." but does not qualify it.
    expect(qualifyingSentence(hit(2, 9, 0b11), [hit(2, 9, 0b11), hit(3, 4, 0b11)], units, entries)).toBeUndefined();
    // A "However" opening the next section answers nothing in this one.
    expect(qualifyingSentence(hit(3, 9, 0b11), [hit(3, 9, 0b11), hit(4, 4, 0b11)], units, entries)).toBeUndefined();
    expect(qualifyingSentence(hit(0, 9, 0b11), [hit(0, 9, 0b11)], units, entries)).toBeUndefined();
  });
});
