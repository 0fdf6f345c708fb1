import { askWithEncoder } from '../../src/app/live-policy-index';
import type { Answer, PolicyIndex } from '../../src/policy';
import { modalityOf } from '../../src/policy/clause-modality';
import { evaluateAnswers, type EvalReport, type LabelledQuestion } from '../../src/policy/evaluate-answers';

/**
 * One dev set's figures as the dev tools print them (qa-top-clause-sets.ts, qa-dev-examples-folds.ts,
 * qa-refusal-grid.ts, qa-verdict19-misses.ts): every question asked the way the bot asks (index + sentence encoder
 * where consulted), scored, added to the running sums, and printed as one tab-separated row.
 */
export type SetSums = { top: number; cov: number; verdict: number; n: number; nc: number; ncn: number; refused: number; bad: number };
export const emptySums = (): SetSums => ({ top: 0, cov: 0, verdict: 0, n: 0, nc: 0, ncn: 0, refused: 0, bad: 0 });

/** A clause that prohibits: an `allowed` answer citing it counts against the floor. */
export const prohibitingClause = (text: string) => modalityOf(text).includes('prohibit');

type Encoder = Parameters<typeof askWithEncoder>[1];

/** Asks every question of one set and scores the answers (evaluateAnswers reads them synchronously). */
export async function answerAndScore(index: PolicyIndex, encoder: Encoder, questions: LabelledQuestion[]): Promise<{ answers: Map<string, Answer>; report: EvalReport }> {
  const answers = new Map<string, Answer>();
  for (const { q } of questions) answers.set(q, await askWithEncoder(index, encoder, q));
  const report = evaluateAnswers({ answer: (q: string) => answers.get(q)! } as unknown as PolicyIndex, questions, prohibitingClause);
  return { answers, report };
}

/** Adds one set's report to `sum` and gives its row: `label set top a/b verdict a/b nc a/b refused n allowedBad n`. */
export function addSetFigures(sum: SetSums, label: string, set: string, r: EvalReport): string {
  const top = Math.round(r.citeAccuracy * r.covered), verdict = Math.round(r.verdictAccuracy * r.total), nc = Math.round(r.notCoveredRecall * r.notCovered);
  sum.top += top; sum.cov += r.covered; sum.verdict += verdict; sum.n += r.total; sum.nc += nc; sum.ncn += r.notCovered; sum.refused += r.falseNotCovered; sum.bad += r.allowedOnProhibiting;
  return `${label}\t${set}\ttop ${top}/${r.covered}\tverdict ${verdict}/${r.total}\tnc ${nc}/${r.notCovered}\trefused ${r.falseNotCovered}\tallowedBad ${r.allowedOnProhibiting}`;
}
