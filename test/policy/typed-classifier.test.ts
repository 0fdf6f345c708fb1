import { describe, expect, it } from 'vitest';
import { withContext } from '../../src/policy/clause-context';
import { createClauseRanker } from '../../src/policy/rank-clauses';
import { parsePolicy } from '../../src/policy';

/**
 * The answer-type prior ("who" wants a clause naming a team) reaches the clause classifier's probabilities as well as
 * the lexical scores (rank-clauses.ts): a classifier leaning a little to another clause does not outvote the question type.
 */
const doc = parsePolicy(['1. Pages', '', 'Team pages are set up by the Digital Team.', '', 'Team pages carry the station email address.', ''].join('\n'), 'pages');
const entries = withContext([doc]);
const [AGENT, EMAIL] = [0, 1];
// The classifier prefers the email clause, but not by much.
const probs = Float32Array.from(entries.map((_, i) => (i === EMAIL ? 0.5 : i === AGENT ? 0.43 : 0)));
const ranker = createClauseRanker(entries, { classifier: { model: { probabilities: () => probs }, fusion: { mode: 'blend', weight: 0.9 } } });
const topOf = (q: string) => ranker.rank(q).hits[0]?.index;

describe('answer-type prior on the classifier', () => {
  it('a "who" question gets the clause naming a team though the classifier leans elsewhere', () => {
    expect(entries[AGENT].clause.text).toMatch(/Digital Team/);
    expect(topOf('who sets up team pages')).toBe(AGENT);
  });

  it('a question of no particular type keeps the classifier\'s lean', () => {
    expect(topOf('team pages set up')).toBe(EMAIL);
  });
});
