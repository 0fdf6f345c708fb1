import type { Flag, FlagState } from '../moderation/flag';
import { OTHER_DISMISS_REASON, type FlagCardView } from '../moderation/flag-views';
import { findingLabel } from '../status/finding-labels';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard, type CardElement } from './card-kit';
import { placeLabel } from './place-label';
import { formatLondon } from '../reports/london-time';
import { isTeamsMessageLink } from '../text/teams-link';

export const STATE_LABELS: Record<FlagState, string> = {
  open: 'Open: waiting for a moderator',
  dismissed: 'Dismissed',
  confirmed: 'Confirmed: poster notified privately',
  escalated: 'Escalated to Professional Standards',
  appealed: 'Appealed by the poster: waiting for a moderator',
  resolved_edited: 'Resolved: edited by the author',
  resolved_deleted: 'Resolved: deleted by the author',
};

/** Colour backs up the words (never replaces them): red waits for a moderator, amber is with PSD, green is closed. */
const STATE_COLOURS: Record<FlagState, 'Attention' | 'Warning' | 'Good' | 'Default'> = {
  open: 'Attention',
  appealed: 'Attention',
  escalated: 'Warning',
  confirmed: 'Good',
  dismissed: 'Default',
  resolved_edited: 'Good',
  resolved_deleted: 'Good',
};

export { OTHER_DISMISS_REASON };
export type { FlagCardView };
export const DISMISS_REASONS = ['False positive', 'Work contact details (acceptable)', 'Already public information', 'Duplicate of another flag', OTHER_DISMISS_REASON];

/** How the poster's recent record reads on the card (and on PSD's copy). */
export const POSTER_FLAG_COUNT_TITLE = 'This poster, last 90 days';
export function posterHistoryText(history: { confirmed: number | string; open: number | string }): string {
  return `${history.confirmed} confirmed, ${history.open} open`;
}


const ACTIONABLE: FlagState[] = ['open', 'appealed'];

function findingsBlock(flag: Flag): CardElement[] {
  return flag.findings.map((finding) => {
    const file = finding.fileName ? ` (${plainText(finding.fileName)}${finding.fileType ? `, ${finding.fileType}` : ''})` : '';
    return paragraph(`• **${findingLabel(finding.type)}**: ${plainText(finding.maskedValue)}${file}`);
  });
}

function moderatorActions(flag: Flag, draft: FlagCardView['draft'] = {}): CardElement[] {
  if (!ACTIONABLE.includes(flag.state) && flag.state !== 'confirmed') return [executeAction('Add note', 'flag.note', { flagId: flag.id })];
  const actions: CardElement[] = [];
  if (ACTIONABLE.includes(flag.state)) {
    actions.push({
      type: 'Action.ShowCard',
      title: 'Dismiss',
      card: {
        type: 'AdaptiveCard',
        body: [
          // Required, so an empty submit is stopped in the client with the field highlighted, not collapsed.
          { type: 'Input.ChoiceSet', id: 'dismissReason', label: 'Reason', style: 'compact', isRequired: true, errorMessage: 'Choose a reason for dismissing', choices: DISMISS_REASONS.map((reason) => ({ title: reason, value: reason })), ...(draft.dismissReason ? { value: draft.dismissReason } : {}) },
          { type: 'Input.Text', id: 'dismissReasonText', label: 'Details (kept with the reason)', maxLength: 500, isMultiline: true, ...(draft.dismissReasonText ? { value: draft.dismissReasonText } : {}) },
        ],
        actions: [executeAction('Dismiss flag', 'flag.dismiss', { flagId: flag.id })],
      },
    });
    actions.push(executeAction('Confirm and notify poster', 'flag.confirm', { flagId: flag.id }, 'positive'));
  }
  actions.push({
    type: 'Action.ShowCard',
    title: 'Escalate to PSD',
    card: {
      type: 'AdaptiveCard',
      body: [{ type: 'Input.Text', id: 'escalationReason', label: 'Reason for escalation (required)', isRequired: true, errorMessage: 'A reason is required', maxLength: 1000, isMultiline: true, ...(draft.escalationReason ? { value: draft.escalationReason } : {}) }],
      actions: [executeAction('Escalate', 'flag.escalate', { flagId: flag.id }, 'destructive')],
    },
  });
  actions.push({
    type: 'Action.ShowCard',
    title: 'Add note',
    card: { type: 'AdaptiveCard', body: [{ type: 'Input.Text', id: 'note', label: 'Note', maxLength: 1000, isMultiline: true }], actions: [executeAction('Save note', 'flag.note', { flagId: flag.id })] },
  });
  return actions;
}

/** The status line: coloured, with the words saying the same thing. */
export function statusLine(flag: Flag): CardElement {
  const by = flag.lastActorName && flag.state !== 'open' ? ` (by ${plainText(flag.lastActorName)})` : '';
  return paragraph(`**Status: ${STATE_LABELS[flag.state]}**${by}`, { color: STATE_COLOURS[flag.state] });
}

/** The card in the moderators' channel. Values are masked; the reporter is named (moderators only see this channel). */
export function flagCard(view: FlagCardView): AdaptiveCard {
  const { flag } = view;
  const body: CardElement[] = [];
  if (view.banner) body.push({ type: 'Container', style: 'warning', items: [paragraph(view.banner, { weight: 'Bolder' })] });
  body.push(heading(`${flag.source === 'report' ? 'Reported post' : flag.source === 'historic' ? 'Historic post (network audit)' : 'Flagged post'} ${flag.id}`, 'Large'));
  body.push(statusLine(flag));
  const factsList: Array<[string, string]> = [
    ['Poster', plainText(flag.posterName ?? 'Unknown')],
    ['Channel', plainText(flag.channelName ?? 'Unknown channel')],
    ...(flag.teamName ? [['Team', plainText(flag.teamName)] as [string, string]] : []),
    ['Posted', formatLondon(flag.createdAt)],
    [POSTER_FLAG_COUNT_TITLE, posterHistoryText(view.posterHistory)],
  ];
  if (flag.source === 'report') factsList.push(['Reported by', plainText(flag.reporterName ?? 'Unknown')], ['Report reason', plainText(flag.reportReason ?? '')]);
  if (flag.appealReason) factsList.push(["Poster's appeal", plainText(flag.appealReason)]);
  if (flag.dismissReason) factsList.push(['Dismissed because', plainText(flag.dismissReason)]);
  if (flag.escalationReason) factsList.push(['Escalated because', plainText(flag.escalationReason)]);
  body.push(facts(factsList));
  body.push(paragraph('**What was found**'));
  body.push(...(flag.findings.length ? findingsBlock(flag) : [subtle('Nothing detected automatically (reported by a member).')]));
  body.push(view.maskedSnippet !== undefined ? quote(plainText(view.maskedSnippet), 'Post (personal details masked)') : subtle('The post text has been removed under the retention policy.'));
  for (const clause of view.clauses) body.push(quote(clause.text, `Policy section ${clause.section} ${clause.sectionTitle} (clause ${clause.clauseId})`));
  for (const note of view.notes) body.push(subtle(`Note by ${plainText(note.actorName ?? 'moderator')}, ${formatLondon(note.at)}: ${plainText(note.reason ?? '')}`));
  const actions = [...moderatorActions(flag, view.draft)];
  if (isTeamsMessageLink(flag.deepLink)) actions.push({ type: 'Action.OpenUrl', title: 'Open the post', url: flag.deepLink });
  return adaptiveCard(body, {
    actions,
    refresh: {
      action: { type: 'Action.Execute', title: 'Refresh', verb: 'flag.refresh', data: { verb: 'flag.refresh', flagId: flag.id } },
      // Teams refreshes automatically only for listed users (at most 60); others see the last pushed update.
      ...(view.refreshUserIds.length ? { userIds: view.refreshUserIds.slice(0, 60) } : {}),
    },
    fallbackText: `${flag.id}: ${flag.detectionTypes.map(findingLabel).join(', ')} in ${placeLabel(flag)}. ${STATE_LABELS[flag.state]}.`,
  });
}
