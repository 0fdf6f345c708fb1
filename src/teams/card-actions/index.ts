import type { CardActionHandlers } from './card-action-context';
import { confirmFlag, dismissFlag, escalateFlag, noteFlag, posterAppeal, posterFixed, refreshFlag, type ModerationActionDeps } from './moderation-actions';
import { chooseClause, decideAnswer, recordFeedback, reviewAnswers, showSection, type PolicyActionDeps } from './policy-actions';
import { refreshSettings, toggleDetector, unwatchFromSettings, type SettingsActionDeps } from './settings-actions';
import { suggestStatus, useSuggestion } from './status-actions';
import type { StatusDeps } from '../commands/status-commands';
import { raiseFromSample, sampleFine, type SampleActionDeps } from './sample-actions';
import { changePartnerFromSettings, memberExpected, raiseWithOwner, type MembershipActionDeps } from './membership-actions';

/**
 * Everything the card buttons use together: each handler file declares its own list, and this is
 * their intersection, every field any of them names (src/app builds one object of this type).
 */
export type CardActionDeps = ModerationActionDeps & PolicyActionDeps & SettingsActionDeps & StatusDeps & SampleActionDeps & MembershipActionDeps;

/** One handler per verb; the type makes a missing one a compile error. */
export const cardActionHandlers: CardActionHandlers<CardActionDeps> = {
  'policy.section': showSection,
  'policy.feedback': recordFeedback,
  'policy.choose': chooseClause,
  'answers.review': reviewAnswers,
  'answers.decide': decideAnswer,
  'status.suggest': suggestStatus,
  'status.use': useSuggestion,
  'flag.refresh': refreshFlag,
  'flag.dismiss': dismissFlag,
  'flag.confirm': confirmFlag,
  'flag.escalate': escalateFlag,
  'flag.note': noteFlag,
  'poster.fixed': posterFixed,
  'poster.appeal': posterAppeal,
  'settings.unwatch': unwatchFromSettings,
  'settings.detector': toggleDetector,
  'settings.refresh': refreshSettings,
  'sample.fine': sampleFine,
  'sample.raise': raiseFromSample,
  'member.expected': memberExpected,
  'member.raise': raiseWithOwner,
  'settings.partner': changePartnerFromSettings,
};
