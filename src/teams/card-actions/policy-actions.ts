import { answerCard, type FeedbackState } from '../../cards/answer-card';
import { answersReviewCard } from '../../cards/answers-review-card';
import { sectionCard } from '../../cards/section-card';
import { decide, listForReview, recordChoice } from '../../answer-learning/answer-learning';
import { answerView } from '../commands/answer-view';
import { moderationActorOf } from '../commands/actor-roles';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';
import type { CardAction } from './card-action-schema';
import type { AnswerLearningDeps } from '../../answer-learning/answer-learning';
import type { PolicyIndex } from '../../policy';
import type { Clock } from '../../ports/clock';
import type { FeedbackRepo } from '../../ports/feedback-repo';
import type { RoleLookup } from '../route-deps';

/** What the answer card and the answers review card buttons use. */
export interface PolicyActionDeps extends RoleLookup {
  readonly policy: PolicyIndex;
  readonly learning: AnswerLearningDeps;
  /** "Helpful?" votes: the clause, the verdict and the vote only. */
  readonly store: { readonly feedback: FeedbackRepo };
  readonly clock: Clock;
}

/** Older cards (before the section opened in place) still send this verb. */
export const showSection: CardActionHandler<'policy.section', PolicyActionDeps> = async ({ deps, action }) => {
  const clause = deps.policy.clause(action.clauseId);
  const section = clause ? deps.policy.section(clause.sectionId) : undefined;
  if (!clause || !section) return { kind: 'error', status: 404, text: "Sorry, I couldn't find that part of the policy. It may have been updated; please ask again." };
  const metadata = deps.policy.documents.find((doc) => doc.id === clause.documentId)?.metadata;
  const expiryNote = metadata?.expired ? `This policy is marked as expired; check with ${metadata.owner ? `${metadata.owner}, the department that owns this policy,` : 'the policy owner'} for the current version.` : undefined;
  return { kind: 'card', card: sectionCard(section, clause.id, expiryNote) };
};

/** The same answer card again, with the feedback part moved on: the answer never disappears. */
async function refreshed(ctx: CardActionContext<CardAction, PolicyActionDeps>, question: string, state: FeedbackState): Promise<CardActionResult> {
  return { kind: 'card', card: answerCard({ ...(await answerView(ctx.deps.policy, question)), feedback: state }) };
}

export const recordFeedback: CardActionHandler<'policy.feedback', PolicyActionDeps> = async (ctx) => {
  const { deps, action, logger } = ctx;
  // Only the clause, the verdict and the vote: no question text and no user id, by design.
  await deps.store.feedback.record({ clauseId: action.clauseId ?? 'none', verdict: action.verdict, helpful: action.helpful, at: deps.clock.now() });
  logger.info({ clauseId: action.clauseId, helpful: action.helpful }, 'answer feedback recorded');
  if (!action.question) return { kind: 'message', text: action.helpful ? 'Thanks for the feedback.' : 'Thanks for the feedback. Please ask again in other words.' };
  return refreshed(ctx, action.question, action.helpful ? 'helpful' : 'choose');
};

export const chooseClause: CardActionHandler<'policy.choose', PolicyActionDeps> = async (ctx) => {
  const { action, logger } = ctx;
  const result = await recordChoice(ctx.deps.learning, { question: action.question, offeredClauseIds: action.offered, chosen: action.chosen });
  if (!result.ok) return { kind: 'error', status: 400, text: result.message };
  logger.info({ exampleId: result.id, chosen: action.chosen }, 'answer choice stored for review');
  return refreshed(ctx, action.question, 'chosen');
};

export const reviewAnswers: CardActionHandler<'answers.review', PolicyActionDeps> = async (ctx) => {
  const result = await listForReview(ctx.deps.learning, await moderationActorOf(ctx));
  return result.ok ? { kind: 'card', card: answersReviewCard(result.pending, (id) => ctx.deps.policy.clause(id)) } : { kind: 'error', status: 403, text: result.message };
};

export const decideAnswer: CardActionHandler<'answers.decide', PolicyActionDeps> = async (ctx) => {
  const result = await decide(ctx.deps.learning, await moderationActorOf(ctx), ctx.action.exampleId, ctx.action.decision);
  if (!result.ok) return { kind: 'error', status: 403, text: result.message };
  return { kind: 'card', card: answersReviewCard(result.pending, (id) => ctx.deps.policy.clause(id), result.changed === false ? 'That suggestion was already reviewed.' : undefined) };
};
