export type {
  Scanner, ScannerFinding, StatusDeps, StatusIntent, SuggestInput, SuggestResult, StatusCheck, MaskedFinding,
  InvalidReason, NotWorkReason, ClauseQuote, StatusCitations,
} from './types';
export { STATUS_INTENTS } from './types';
export { TOPIC_MAX_LENGTH, DRAFT_MAX_LENGTH, SUGGESTION_MAX_LENGTH } from './limits';
export { suggestStatuses, SUGGESTION_COUNT } from './suggest-statuses';
export { checkStatus } from './check-status';
export { removePersonalInfo } from './remove-personal-info';
export { classifyNotWork, NOT_WORK_MESSAGES } from './classify-not-work';
export { cleanTopicText } from './clean-text';
export { findingLabel, describeFindings } from './finding-labels';
export { resolveUseAction, type UseResolution } from './resolve-use-action';
export { parseStatusCommand, type StatusCommand } from './parse-status-command';
