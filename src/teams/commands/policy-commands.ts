import { answerCard } from '../../cards/answer-card';
import { answersReviewCard } from '../../cards/answers-review-card';
import { helpCard } from '../../cards/help-card';
import { listForReview, type AnswerLearningDeps } from '../../answer-learning/answer-learning';
import type { PolicyIndex } from '../../policy';
import { replyWithCard } from '../card-response';
import type { RoleLookup } from '../route-deps';
import { answerView } from './answer-view';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';

/** What the policy commands (a question, "help", "answers review") use. */
export interface PolicyCommandDeps extends RoleLookup {
  /** The live policy index (rebuilt with approved example questions). */
  readonly policy: PolicyIndex;
  /** Answer learning: suggested example questions waiting for an admin. */
  readonly learning: AnswerLearningDeps;
}

export const handleQuestion: CommandHandler<'question', Pick<PolicyCommandDeps, 'policy'>> = async ({ context, deps, command, logger }) => {
  const view = await answerView(deps.policy, command.text);
  const { answer } = view;
  // Verdict and clause ids only: the question itself may hold personal data.
  logger.info({ verdict: answer.verdict, confidence: Number(answer.confidence.toFixed(2)), clauseIds: answer.citations.map((c) => c.clauseId), alternatives: answer.alternatives?.length ?? 0 }, 'question answered');
  await replyWithCard(context, answerCard(view));
};

export const handleAnswersReview: CommandHandler<'answers_review', PolicyCommandDeps> = async (ctx) => {
  const result = await listForReview(ctx.deps.learning, await moderationActorOf(ctx));
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  await replyWithCard(ctx.context, answersReviewCard(result.pending, (id) => ctx.deps.policy.clause(id)));
};

export const handleHelp: CommandHandler<'help', RoleLookup> = async ({ context, deps, actor }) => {
  const roles = await deps.roles.rolesOf(actor.aadObjectId);
  await replyWithCard(context, helpCard({ isAdmin: roles.has('admin'), isModerator: roles.has('moderator'), isPsd: roles.has('psd') }));
};
