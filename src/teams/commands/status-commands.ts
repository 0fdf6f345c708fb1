import type { Scanner } from '../../detection';
import type { PolicyIndex } from '../../policy';
import { statusCheckCard, statusPromptCard } from '../../cards/status-cards';
import { checkStatus, type StatusCitations } from '../../status';
import { replyWithCard } from '../card-response';
import type { CommandHandler } from './command-context';

/** What the status commands and the status card actions use. */
export interface StatusDeps {
  /** The clauses status cards quote. */
  readonly policy: Pick<PolicyIndex, 'clauseForTopic'>;
  /** The default-config scanner (status checks do not follow the admins' detector toggles). */
  readonly scanner: Scanner;
}

/** The clauses status cards quote, looked up in the loaded policy. */
export function statusCitations(deps: Pick<StatusDeps, 'policy'>): StatusCitations {
  return { encouraged: deps.policy.clauseForTopic('status_encouraged'), personalInformation: deps.policy.clauseForTopic('status_personal_information') };
}

export const handleStatus: CommandHandler<'status', unknown> = async ({ context }) => {
  await replyWithCard(context, statusPromptCard());
};

export const handleCheckStatus: CommandHandler<'check_status', StatusDeps> = async ({ context, deps, command, logger }) => {
  const check = checkStatus(command.draft, { scanner: deps.scanner });
  logger.info({ outcome: check.outcome }, 'status draft checked');
  await replyWithCard(context, statusCheckCard(check, statusCitations(deps)));
};
