import { describe, expect, it } from 'vitest';
import { pendingCaseRunnerUp, placesCaseBeforeItsEnd } from '../../src/policy/pending-case';
import type { ClauseWithContext } from '../../src/policy/clause-context';
import type { SearchHit } from '../../src/policy/clause-search';

/**
 * A clause about results ("match results and league tables") does not answer a question about a case still under way;
 * a close runner-up about the same event that does not speak of its results does. Sentences and clauses written for
 * this test.
 */
describe('a case placed before its end', () => {
  it('is read from "not yet", "starting", "still going on", "until the ..."', () => {
    expect(placesCaseBeforeItsEnd("We have a tribunal hearing that hasn't happened yet. Can I write about it?")).toBe(true);
    expect(placesCaseBeforeItsEnd('The cup match is starting on Saturday - can I post the team sheet?')).toBe(true);
    expect(placesCaseBeforeItsEnd('Can I write about the tribunal while it is still going on?')).toBe(true);
    expect(placesCaseBeforeItsEnd('Should I keep quiet until the tribunal is over?')).toBe(true);
  });

  it('is not read from a question looking past the end or asking for the results', () => {
    expect(placesCaseBeforeItsEnd('Once the tribunal has decided, can I post what happened?')).toBe(false);
    expect(placesCaseBeforeItsEnd('If we win the cup match, can I post it on the website?')).toBe(false);
    expect(placesCaseBeforeItsEnd('Can I post the result before the league table is updated?')).toBe(false);
  });
});

describe('the runner-up for a case still under way', () => {
  // The choice among ranked hits, on entries written for it (scores as the ranking would give them).
  const entries = [
    { clause: { text: 'Match results and league tables' } },
    { clause: { text: 'Members make sure that what they post about a match does not prejudice a disciplinary tribunal.' } },
    { clause: { text: 'Training times and venues' } },
  ] as unknown as ClauseWithContext[];
  const hits = [
    { index: 0, score: 10 },
    { index: 1, score: 8 },
    { index: 2, score: 2 },
  ] as unknown as SearchHit[];
  const pending = "Can I post about the match that goes to the tribunal? It hasn't sat yet.";

  it('is the close runner-up that names the event without its results', () => {
    expect(pendingCaseRunnerUp(pending, hits[0], hits, entries)).toBe(1);
  });

  it('is none for a question looking past the end, a far runner-up, or a question sharing no event word with it', () => {
    expect(pendingCaseRunnerUp('Once the tribunal has ruled, can I post about the match?', hits[0], hits, entries)).toBeUndefined();
    const far = [hits[0], { index: 1, score: 4 }, hits[2]] as unknown as SearchHit[];
    expect(pendingCaseRunnerUp(pending, far[0], far, entries)).toBeUndefined();
    expect(pendingCaseRunnerUp("Can I post the league table? The season hasn't finished yet.", hits[0], hits, entries)).toBeUndefined();
  });
});
