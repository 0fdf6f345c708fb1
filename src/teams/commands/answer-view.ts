import type { AnswerCardView } from '../../cards/answer-card';
import type { Answer, PolicyIndex } from '../../policy';

/** Everything the answer card shows for a question: the answer, its section, and each "Did you mean..." answer. */
export async function answerView(policy: PolicyIndex & { ask?(question: string): Promise<Answer> }, question: string): Promise<AnswerCardView> {
  const answer = policy.ask ? await policy.ask(question) : policy.answer(question);
  const top = answer.citations[0];
  const clause = top ? policy.clause(top.clauseId) : undefined;
  const section = clause ? policy.section(answer.citations[0].clauseId.includes(':') ? `${clause.documentId}:${clause.sectionId}` : clause.sectionId) : undefined;
  const alternatives = (answer.alternatives ?? []).map((c) => policy.answerFromClause(question, c.clauseId)).filter((a) => a !== undefined);
  return { question, answer, section, alternatives };
}
