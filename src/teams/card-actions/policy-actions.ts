import { answerCard, type FeedbackState } from '../../cards/answer-card';
import { answersReviewCard } from '../../cards/answers-review-card';
import { sectionCard } from '../../cards/section-card';
import { decide, listForReview, recordChoice } from '../../answer-learning/answer-learning';
import { answerView } from '../commands/answer-view';
import { moderationActorOf } from '../commands/actor-roles';
import { learningDeps } from '../commands/learning-deps';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';

/** Older cards (before the section opened in place) still send this verb. */
export const showSection: CardActionHandler<'policy.section'> = async ({ services, action }) => {
  const clause = services.policy.clause(action.clauseId);
  const section = clause ? services.policy.section(clause.sectionId) : undefined;
  if (!clause || !section) return { kind: 'error', status: 404, text: "Sorry, I couldn't find that part of the policy. It may have been updated; please ask again." };
  const metadata = services.policy.documents.find((doc) => doc.id === clause.documentId)?.metadata;
  const expiryNote = metadata?.expired ? `This policy is marked as expired; check with ${metadata.owner ? `${metadata.owner}, the department that owns this policy,` : 'the policy owner'} for the current version.` : undefined;
  return { kind: 'card', card: sectionCard(section, clause.id, expiryNote) };
};

/** The same answer card again, with the feedback part moved on: the answer never disappears. */
async function refreshed(ctx: CardActionContext, question: string, state: FeedbackState): Promise<CardActionResult> {
  return { kind: 'card', card: answerCard({ ...(await answerView(ctx.services.policy, question)), feedback: state }) };
}

export const recordFeedback: CardActionHandler<'policy.feedback'> = async (ctx) => {
  const { services, action, logger } = ctx;
  // Only the clause, the verdict and the vote: no question text and no user id, by design.
  await services.store.feedback.record({ clauseId: action.clauseId ?? 'none', verdict: action.verdict, helpful: action.helpful, at: services.clock.now() });
  logger.info({ clauseId: action.clauseId, helpful: action.helpful }, 'answer feedback recorded');
  if (!action.question) return { kind: 'message', text: action.helpful ? 'Thanks for the feedback.' : 'Thanks for the feedback. Please ask again in other words.' };
  return refreshed(ctx, action.question, action.helpful ? 'helpful' : 'choose');
};

export const chooseClause: CardActionHandler<'policy.choose'> = async (ctx) => {
  const { action, logger } = ctx;
  const result = await recordChoice(learningDeps(ctx.services), { question: action.question, offeredClauseIds: action.offered, chosen: action.chosen });
  if (!result.ok) return { kind: 'error', status: 400, text: result.message };
  logger.info({ exampleId: result.id, chosen: action.chosen }, 'answer choice stored for review');
  return refreshed(ctx, action.question, 'chosen');
};

export const reviewAnswers: CardActionHandler<'answers.review'> = async (ctx) => {
  const result = await listForReview(learningDeps(ctx.services), await moderationActorOf(ctx));
  return result.ok ? { kind: 'card', card: answersReviewCard(result.pending, (id) => ctx.services.policy.clause(id)) } : { kind: 'error', status: 403, text: result.message };
};

export const decideAnswer: CardActionHandler<'answers.decide'> = async (ctx) => {
  const result = await decide(learningDeps(ctx.services), await moderationActorOf(ctx), ctx.action.exampleId, ctx.action.decision);
  if (!result.ok) return { kind: 'error', status: 403, text: result.message };
  return { kind: 'card', card: answersReviewCard(result.pending, (id) => ctx.services.policy.clause(id), result.changed === false ? 'That suggestion was already reviewed.' : undefined) };
};
