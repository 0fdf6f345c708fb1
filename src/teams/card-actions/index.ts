import type { CardActionHandlers } from './card-action-context';
import { confirmFlag, dismissFlag, escalateFlag, noteFlag, posterAppeal, posterFixed, refreshFlag } from './moderation-actions';
import { chooseClause, decideAnswer, recordFeedback, reviewAnswers, showSection } from './policy-actions';
import { refreshSettings, toggleDetector, unwatchFromSettings } from './settings-actions';
import { suggestStatus, useSuggestion } from './status-actions';
import { raiseFromSample, sampleFine } from './sample-actions';
import { changePartnerFromSettings, memberExpected, raiseWithOwner } from './membership-actions';

/** One handler per verb; the type makes a missing one a compile error. */
export const cardActionHandlers: CardActionHandlers = {
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
