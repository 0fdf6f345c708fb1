import type { Answer, PolicyIndex, Verdict } from './types';

/**
 * Scores the answer engine on labelled questions (`{"q","cite","verdict"}` lines). Shared by
 * the accuracy test and bench/qa.ts so both report the same figures.
 */
export interface LabelledQuestion {
  q: string;
  /** Substring the top cited clause must contain; null when the policy does not cover the question. */
  cite: string | null;
  verdict: Verdict;
}

export interface EvalMiss {
  question: LabelledQuestion;
  answer: Answer;
  citeOk: boolean;
  verdictOk: boolean;
}

export interface EvalReport {
  total: number;
  covered: number;
  notCovered: number;
  /** Covered questions whose top citation contains `cite`. */
  citeAccuracy: number;
  verdictAccuracy: number;
  /** Of the not-covered questions, share answered not_covered. */
  notCoveredRecall: number;
  /** Covered questions wrongly answered not_covered (count). */
  falseNotCovered: number;
  misses: EvalMiss[];
}

export function parseLabelledQuestions(jsonl: string): LabelledQuestion[] {
  return jsonl
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LabelledQuestion);
}

export function evaluateAnswers(index: PolicyIndex, questions: LabelledQuestion[]): EvalReport {
  let citeOk = 0;
  let verdictOk = 0;
  let ncOk = 0;
  let falseNc = 0;
  const misses: EvalMiss[] = [];
  const covered = questions.filter((q) => q.cite !== null);
  for (const question of questions) {
    const answer = index.answer(question.q);
    const top = answer.citations[0]?.text ?? '';
    const c = question.cite === null ? answer.citations.length === 0 : top.includes(question.cite);
    const v = answer.verdict === question.verdict;
    if (question.cite !== null && c) citeOk++;
    if (v) verdictOk++;
    if (question.verdict === 'not_covered' && v) ncOk++;
    if (question.verdict !== 'not_covered' && answer.verdict === 'not_covered') falseNc++;
    if (!c || !v) misses.push({ question, answer, citeOk: c, verdictOk: v });
  }
  const nc = questions.length - covered.length;
  return {
    total: questions.length,
    covered: covered.length,
    notCovered: nc,
    citeAccuracy: covered.length ? citeOk / covered.length : 1,
    verdictAccuracy: questions.length ? verdictOk / questions.length : 1,
    notCoveredRecall: nc ? ncOk / nc : 1,
    falseNotCovered: falseNc,
    misses,
  };
}
