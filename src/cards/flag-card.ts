import type { Citation } from '../policy';
import type { Flag, FlagAction, FlagState } from '../ports/store';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard, type CardElement } from './card-kit';
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

export const DISMISS_REASONS = ['False positive', 'Work contact details (acceptable)', 'Already public information', 'Duplicate of another flag'];

export interface FlagCardView {
  flag: Flag;
  /** Post text with every finding masked; undefined once retention has purged it. */
  maskedSnippet?: string;
  clauses: Citation[];
  posterFlagCount90d: number;
  notes: FlagAction[];
  /** Bot Framework ids of moderators whose view of the card auto-refreshes. */
  refreshUserIds: string[];
  /** Shown above the card when someone pressed a button on a stale card. */
  banner?: string;
}

const ACTIONABLE: FlagState[] = ['open', 'appealed'];

function findingsBlock(flag: Flag): CardElement[] {
  return flag.findings.map((finding) => {
    const file = finding.fileName ? ` (${plainText(finding.fileName)}${finding.fileType ? `, ${finding.fileType}` : ''})` : '';
    return paragraph(`• **${finding.type.replace(/_/g, ' ')}**: ${plainText(finding.maskedValue)}${file}`);
  });
}

function moderatorActions(flag: Flag): CardElement[] {
  if (!ACTIONABLE.includes(flag.state) && flag.state !== 'confirmed') return [executeAction('Add note', 'flag.note', { flagId: flag.id })];
  const actions: CardElement[] = [];
  if (ACTIONABLE.includes(flag.state)) {
    actions.push({
      type: 'Action.ShowCard',
      title: 'Dismiss',
      card: {
        type: 'AdaptiveCard',
        body: [
          { type: 'Input.ChoiceSet', id: 'dismissReason', label: 'Reason', style: 'compact', choices: DISMISS_REASONS.map((reason) => ({ title: reason, value: reason })) },
          { type: 'Input.Text', id: 'dismissReasonText', label: 'Or say why', maxLength: 500, isMultiline: true },
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
      body: [{ type: 'Input.Text', id: 'escalationReason', label: 'Reason for escalation (required)', isRequired: true, errorMessage: 'A reason is required', maxLength: 1000, isMultiline: true }],
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

/** The card in the moderators' channel. Values are masked; the reporter is named (moderators only see this channel). */
/** The fact that shows the poster's recent flags; new-flag intake fills its value in the database (see flag-intake). */
export const POSTER_FLAG_COUNT_TITLE = 'Flags for this poster (90 days)';

export function flagCard(view: FlagCardView): AdaptiveCard {
  const { flag } = view;
  const body: CardElement[] = [];
  if (view.banner) body.push({ type: 'Container', style: 'warning', items: [paragraph(view.banner, { weight: 'Bolder' })] });
  body.push(heading(`${flag.source === 'report' ? 'Reported post' : flag.source === 'historic' ? 'Historic post (network audit)' : 'Flagged post'} ${flag.id}`, 'Large'));
  body.push(paragraph(`**Status:** ${STATE_LABELS[flag.state]}${flag.lastActorName && flag.state !== 'open' ? ` (by ${plainText(flag.lastActorName)})` : ''}`));
  const factsList: Array<[string, string]> = [
    ['Poster', plainText(flag.posterName ?? 'Unknown')],
    ['Channel', plainText(flag.channelName ?? flag.channelId)],
    ['Posted', formatLondon(flag.createdAt)],
    [POSTER_FLAG_COUNT_TITLE, String(view.posterFlagCount90d)],
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
  const actions = [...moderatorActions(flag)];
  if (isTeamsMessageLink(flag.deepLink)) actions.push({ type: 'Action.OpenUrl', title: 'Open the post', url: flag.deepLink });
  return adaptiveCard(body, {
    actions,
    refresh: {
      action: { type: 'Action.Execute', title: 'Refresh', verb: 'flag.refresh', data: { verb: 'flag.refresh', flagId: flag.id } },
      // Teams refreshes automatically only for listed users (at most 60); others see the last pushed update.
      ...(view.refreshUserIds.length ? { userIds: view.refreshUserIds.slice(0, 60) } : {}),
    },
    fallbackText: `${flag.id}: ${flag.detectionTypes.join(', ')} in ${flag.channelName ?? 'a watched channel'}. ${STATE_LABELS[flag.state]}.`,
  });
}
