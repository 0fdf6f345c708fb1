import type { BotServices } from '../bot-services';
import { statusCheckCard, statusPromptCard } from '../../cards/status-cards';
import { checkStatus, type StatusCitations } from '../../status';
import { replyWithCard } from '../card-response';
import type { CommandHandler } from './command-context';

/** What the status commands use. */
export type StatusDeps = Pick<BotServices, 'policy' | 'scanner'>;

/** The clauses status cards quote, looked up in the loaded policy. */
export function statusCitations(services: StatusDeps): StatusCitations {
  return { encouraged: services.policy.clauseForTopic('status_encouraged'), personalInformation: services.policy.clauseForTopic('status_personal_information') };
}

export const handleStatus: CommandHandler<'status'> = async ({ context }) => {
  await replyWithCard(context, statusPromptCard());
};

export const handleCheckStatus: CommandHandler<'check_status'> = async ({ context, services, command, logger }) => {
  const check = checkStatus(command.draft, { scanner: services.scanner });
  logger.info({ outcome: check.outcome }, 'status draft checked');
  await replyWithCard(context, statusCheckCard(check, statusCitations(services)));
};
