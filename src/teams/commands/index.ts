import type { CommandHandlers } from './command-context';
import { handleGrant, handleRevoke, handleSetModerators, handleSetPsd, handleSettings, handleUnwatch, handleWatch, type AdminCommandDeps } from './admin-commands';
import { handleAnswersReview, handleHelp, handleQuestion, type PolicyCommandDeps } from './policy-commands';
import { handleQueue, type QueueCommandDeps } from './queue-command';
import { handleAudit, handleExport, handleReport, type ReportCommandDeps } from './report-commands';
import { handleCheckStatus, handleStatus, type StatusDeps } from './status-commands';
import { handleSample, type SamplingCommandDeps } from './sampling-commands';
import { handleOperational, type OperationalCommandDeps } from './operational-commands';
import { handlePartner, type PartnerCommandDeps } from './partner-commands';

/**
 * Everything the chat commands use together: each handler file declares its own list, and this
 * is their intersection, every field any of them names (src/app builds one object of this type).
 * A handler that starts using a port must add it to its own list, and the composition root then
 * fails to compile until it is wired.
 */
export type CommandDeps = AdminCommandDeps & PolicyCommandDeps & QueueCommandDeps & ReportCommandDeps & StatusDeps & SamplingCommandDeps & OperationalCommandDeps & PartnerCommandDeps;

/** One handler per command kind; the type makes a missing one a compile error. */
export const commandHandlers: CommandHandlers<CommandDeps> = {
  help: handleHelp,
  question: handleQuestion,
  watch: handleWatch,
  unwatch: handleUnwatch,
  set_moderators: handleSetModerators,
  set_psd: handleSetPsd,
  settings: handleSettings,
  queue: handleQueue,
  grant: handleGrant,
  revoke: handleRevoke,
  report: handleReport,
  export: handleExport,
  audit: handleAudit,
  status: handleStatus,
  check_status: handleCheckStatus,
  answers_review: handleAnswersReview,
  sample: handleSample,
  operational: handleOperational,
  partner: handlePartner,
};
