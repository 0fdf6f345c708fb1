import type { Abstention } from './out-of-scope-judge';
import type { Ranking } from './rank-clauses';
import { CLEAR_COVERAGE, MIN_COVERAGE_MIXED, MIN_COVERAGE_OFF_SUBJECT, MIN_SCORE, SURE_COVERAGE } from './answer-thresholds';

/** The part of the example evidence the lexical judgement reads: whether the top clause was won through examples only. */
export interface WeakMatchReader {
  weakMatchOnly(ranking: Ranking, minOwnCoverage: number): boolean;
}

/**
 * The words-only judgement of a ranking (split from create-policy-index.ts): whether the lexical engine refuses the
 * question, and whether its answer would be marked unsure. It reads the hits before the clause classifier reordered
 * them, because the classifier picks among clauses and does not judge coverage.
 */
export function createLexicalJudgement(evidence: WeakMatchReader) {
  function judgeLexically(fused: Ranking): Abstention {
    const ranking = { ...fused, hits: fused.lexicalHits };
    const { result, hits } = ranking;
    const top = hits[0];
    // A question that names an outside subject (pay, leave) and nothing of the policy's is refused outright.
    const encoderMayAnswer = !(result.offTopic && !result.query.onSubject);
    if (!top) return { abstain: true, encoderMayAnswer, hedge: false };
    const outsideUnits = result.query.units.filter((u) => u.offTopic).length;
    // One outside word in a question about the subject is not enough; two, or a weak match on the rest, is.
    const abstain = result.query.onSubject
      ? result.offTopic && (top.coverageOnTopic < MIN_COVERAGE_MIXED || outsideUnits >= 2)
      : result.offTopic || top.coverage < MIN_COVERAGE_OFF_SUBJECT || (top.score < MIN_SCORE && top.coverage < CLEAR_COVERAGE) || evidence.weakMatchOnly(ranking, MIN_COVERAGE_OFF_SUBJECT);
    // On the subject with one outside word, the refusal rests on the rest's weak match: the none class may judge that.
    const weakRestOnly = abstain && result.query.onSubject && outsideUnits === 1;
    return { abstain, encoderMayAnswer, hedge: false, ...(weakRestOnly ? { weakRestOnly } : {}) };
  }

  /** Whether the lexical answer would be marked unsure (low coverage, weak score, an outside word). */
  function lexicallyUnsure(ranking: Ranking): boolean {
    const top = ranking.hits[0];
    return !top || top.coverage < SURE_COVERAGE || top.score < MIN_SCORE || ranking.result.offTopic;
  }

  return { judgeLexically, lexicallyUnsure };
}
