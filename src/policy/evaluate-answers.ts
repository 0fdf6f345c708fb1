import type { Answer, PolicyIndex, Verdict } from './types';

/**
 * Scores the answer engine on labelled questions. Two line formats are read:
 * - `{"q","accept":[{"cite","verdict"}]}`: every acceptable clause (an exact substring of the
 *   policy, or null for "not covered") with the verdict that goes with it;
 * - `{"q","cite","verdict"}`: the older single-answer form (one accept entry).
 * Shared by the accuracy tests and bench/qa.ts so both report the same figures.
 */
export interface Acceptable {
  cite: string | null;
  verdict: Verdict;
}

export interface LabelledQuestion {
  q: string;
  accept: Acceptable[];
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
  /** Covered questions whose top citation contains one of the acceptable cites. */
  citeAccuracy: number;
  /** Questions whose verdict is the one paired with a matching cite (or not_covered for an uncovered one). */
  verdictAccuracy: number;
  /** Of the not-covered questions, share answered not_covered. */
  notCoveredRecall: number;
  /** Covered questions wrongly answered not_covered (count, and share of covered). */
  falseNotCovered: number;
  falseNotCoveredRate: number;
  /** `allowed` answers whose quoted clause sentence prohibits or restricts, where no accept entry says allowed. */
  allowedOnProhibiting: number;
  misses: EvalMiss[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A cite copied from the policy file may start with the bullet marker ("- ", "· "), which clause texts leave out. */
const citeText = (s: string) => norm(s).replace(/^[-*+\u00b7\u2022]\s+/, '');

export function parseLabelledQuestions(jsonl: string): LabelledQuestion[] {
  return jsonl
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const raw = JSON.parse(l) as { q: string; accept?: Acceptable[]; cite?: string | null; verdict?: Verdict };
      const accept = raw.accept ?? [{ cite: raw.cite ?? null, verdict: raw.verdict ?? 'not_covered' }];
      // An empty cite can match no clause: writers use it (like null) for "the policy does not cover this", and read as
      // a covered question it would count every correct refusal as a wrong one.
      const uncovered = (a: Acceptable) => a.cite === null || citeText(a.cite) === '';
      return { q: raw.q, accept: accept.map((a) => (uncovered(a) ? { cite: null, verdict: 'not_covered' as Verdict } : { cite: citeText(a.cite as string), verdict: a.verdict })) };
    });
}

/** A question the policy covers: some acceptable answer cites a clause. */
export const isCovered = (q: LabelledQuestion) => q.accept.some((a) => a.cite !== null);

export function evaluateAnswers(index: PolicyIndex, questions: LabelledQuestion[], prohibiting: (clauseText: string) => boolean = () => false): EvalReport {
  let citeOk = 0;
  let verdictOk = 0;
  let ncOk = 0;
  let falseNc = 0;
  let allowedBad = 0;
  const misses: EvalMiss[] = [];
  const covered = questions.filter(isCovered);
  for (const question of questions) {
    const answer = index.answer(question.q);
    const top = norm(answer.citations[0]?.text ?? '');
    const matching = question.accept.filter((a) => (a.cite === null ? answer.verdict === 'not_covered' : top !== '' && top.includes(a.cite)));
    const c = matching.some((a) => a.cite !== null);
    const v = matching.some((a) => a.verdict === answer.verdict);
    const uncovered = !isCovered(question);
    if (!uncovered && c) citeOk++;
    if (v) verdictOk++;
    if (uncovered && answer.verdict === 'not_covered') ncOk++;
    if (!uncovered && answer.verdict === 'not_covered') falseNc++;
    if (answer.verdict === 'allowed' && answer.citations[0] && prohibiting(answer.citations[0].text) && !question.accept.some((a) => a.verdict === 'allowed' && a.cite !== null && top.includes(a.cite))) allowedBad++;
    if ((!uncovered && !c) || !v) misses.push({ question, answer, citeOk: uncovered || c, verdictOk: v });
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
    falseNotCoveredRate: covered.length ? falseNc / covered.length : 0,
    allowedOnProhibiting: allowedBad,
    misses,
  };
}
