import { answerCard } from '../../cards/answer-card';
import { answersReviewCard } from '../../cards/answers-review-card';
import { helpCard } from '../../cards/help-card';
import { listForReview } from '../../answer-learning/answer-learning';
import { replyWithCard } from '../card-response';
import { answerView } from './answer-view';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';
import { learningDeps } from './learning-deps';

export const handleQuestion: CommandHandler<'question'> = async ({ context, services, command, logger }) => {
  const view = await answerView(services.policy, command.text);
  const { answer } = view;
  // Verdict and clause ids only: the question itself may hold personal data.
  logger.info({ verdict: answer.verdict, confidence: Number(answer.confidence.toFixed(2)), clauseIds: answer.citations.map((c) => c.clauseId), alternatives: answer.alternatives?.length ?? 0 }, 'question answered');
  await replyWithCard(context, answerCard(view));
};

export const handleAnswersReview: CommandHandler<'answers_review'> = async (ctx) => {
  const result = await listForReview(learningDeps(ctx.services), await moderationActorOf(ctx));
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  await replyWithCard(ctx.context, answersReviewCard(result.pending, (id) => ctx.services.policy.clause(id)));
};

export const handleHelp: CommandHandler<'help'> = async ({ context, services, actor }) => {
  const roles = await services.roles.rolesOf(actor.aadObjectId);
  await replyWithCard(context, helpCard({ isAdmin: roles.has('admin'), isModerator: roles.has('moderator'), isPsd: roles.has('psd') }));
};
