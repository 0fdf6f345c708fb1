import type { AbstentionSignals, Clause, RankedClauseTrace } from './types';
import type { ClauseWithContext } from './clause-context';
import type { ClauseRanker, Ranking } from './rank-clauses';
import type { Abstention } from './out-of-scope-judge';
import { createPolicyWords } from './unknown-words';

/** What the dev traces read from the index: its ranking and the refusal decision's own parts (create-policy-index.ts). */
export interface TracedIndex {
  entries: ClauseWithContext[];
  ranker: ClauseRanker;
  qualified(clause: Clause): string;
  /** The "none of the clauses" probability, when the index judges with that class. */
  noneProbability?(question: string): number;
  judge(ranking: Ranking, question: string): Abstention;
  judgeLexically(ranking: Ranking): Abstention;
  lexicallyUnsure(ranking: Ranking): boolean;
}

export interface DevTraces {
  abstentionSignals(question: string): AbstentionSignals;
  rankingTrace(question: string): RankedClauseTrace[];
}

/**
 * Dev tools only: the numbers behind an answer, kept apart from the answering code (create-policy-index.ts) because
 * the bot never calls them; each ranks the question afresh and changes nothing.
 */
export function createDevTraces(index: TracedIndex): DevTraces {
  const { entries, ranker, qualified } = index;
  const policyWords = createPolicyWords(entries);

  /** What the refusal decision read (scripts/qa-not-covered-signals.ts). */
  function abstentionSignals(question: string): AbstentionSignals {
    const ranking = ranker.rank(question);
    const { result } = ranking;
    const { coverage = 0, score = 0 } = ranking.lexicalHits[0] ?? {};
    const pNone = index.noneProbability?.(question);
    const { onSubject } = result.query;
    const plainlyOutside = result.offTopic && !onSubject;
    const lexicallySure = !index.lexicallyUnsure(ranking);
    return { pNone, lexicalAbstain: index.judgeLexically(ranking).abstain, abstain: index.judge(ranking, question).abstain, plainlyOutside, onSubject, offTopic: result.offTopic, lexicallySure, coverage, score, ...policyWords(result.query.units) };
  }

  /** The ranking behind an answer (scripts/qa-cite-misses.ts). */
  function rankingTrace(question: string): RankedClauseTrace[] {
    const ranking = ranker.rank(question);
    const lexicalRank = new Map(ranking.lexicalHits.map((h, r) => [h.index, r]));
    const units = ranking.result.query.units;
    return ranking.hits.slice(0, 10).map((h) => ({ clauseId: qualified(entries[h.index].clause), score: h.score, coverage: h.coverage, lexicalRank: lexicalRank.get(h.index) ?? -1, viaExample: ranking.exampleMatches.has(h.index), answeredUnits: units.filter((_, k) => ((h.unitMask ?? 0) >> k) & 1).map((u) => `${u.label}${u.weight < 1 ? '~' : ''}`) }));
  }

  return { abstentionSignals, rankingTrace };
}
