import type { CommandHandlers } from './command-context';
import { handleGrant, handleRevoke, handleSetModerators, handleSetPsd, handleSettings, handleUnwatch, handleWatch } from './admin-commands';
import { handleAnswersReview, handleHelp, handleQuestion } from './policy-commands';
import { handleQueue } from './queue-command';
import { handleAudit, handleExport, handleReport } from './report-commands';
import { handleCheckStatus, handleStatus } from './status-commands';
import { handleSample } from './sampling-commands';
import { handleOperational } from './operational-commands';
import { handlePartner } from './partner-commands';

/** One handler per command kind; the type makes a missing one a compile error. */
export const commandHandlers: CommandHandlers = {
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
