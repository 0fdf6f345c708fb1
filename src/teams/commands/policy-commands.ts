import { answerCard } from '../../cards/answer-card';
import { helpCard } from '../../cards/help-card';
import { replyWithCard } from '../card-response';
import type { CommandHandler } from './command-context';

export const handleQuestion: CommandHandler<'question'> = async ({ context, services, command, logger }) => {
  const answer = services.policy.answer(command.text);
  // Verdict and clause ids only: the question itself may hold personal data.
  logger.info({ verdict: answer.verdict, confidence: Number(answer.confidence.toFixed(2)), clauseIds: answer.citations.map((c) => c.clauseId) }, 'question answered');
  await replyWithCard(context, answerCard(answer));
};

export const handleHelp: CommandHandler<'help'> = async ({ context, services, actor }) => {
  const roles = await services.roles.rolesOf(actor.aadObjectId);
  await replyWithCard(context, helpCard({ isAdmin: roles.has('admin'), isPsd: roles.has('psd') }));
};
