import type { Citation } from '../policy';
import type { Flag } from '../moderation/flag';
import type { FlagAction } from '../moderation/flag-action';
import { adaptiveCard, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard } from './card-kit';
import { formatLondon } from '../reports/london-time';
import { findingLabel } from '../status/finding-labels';
import { POSTER_FLAG_COUNT_TITLE, posterHistoryText } from './flag-card';
import { placeLabel } from './place-label';

/**
 * Sent to the Professional Standards channel only. PSD's role needs the full context, so this is
 * the one card that carries the post text unmasked (while retention still holds it).
 */
export function psdEscalationCard(input: { flag: Flag; postText?: string; clauses: Citation[]; history: FlagAction[]; posterHistory: { confirmed: number; open: number } }): AdaptiveCard {
  const { flag } = input;
  return adaptiveCard(
    [
      heading(`Escalation ${flag.id}: for Professional Standards only`, 'Large'),
      facts([
        ['Poster', plainText(flag.posterName ?? 'Unknown')],
        ['Poster id', flag.posterId],
        ['Channel', plainText(placeLabel(flag, flag.channelId))],
        ['Posted', formatLondon(flag.createdAt)],
        ['Detected', flag.detectionTypes.map(findingLabel).join(', ') || 'reported by a member'],
        ['Escalated by', plainText(flag.lastActorName ?? 'a moderator')],
        ['Reason', plainText(flag.escalationReason ?? '')],
        [POSTER_FLAG_COUNT_TITLE, posterHistoryText(input.posterHistory)],
      ]),
      paragraph('**Findings**'),
      ...flag.findings.map((finding) => paragraph(`• ${findingLabel(finding.type)}: ${plainText(finding.maskedValue)}${finding.fileName ? ` (${plainText(finding.fileName)})` : ''}`)),
      input.postText !== undefined ? quote(plainText(input.postText), 'Post text as posted') : subtle('Post text removed under the retention policy.'),
      ...input.clauses.map((clause) => quote(clause.text, `Policy section ${clause.section} (clause ${clause.clauseId})`)),
      paragraph('**History**'),
      ...input.history.map((action) => subtle(`${formatLondon(action.at)}: ${action.action.replace(/_/g, ' ')}${action.actorName ? ` by ${plainText(action.actorName)}` : ''}${action.reason ? `: ${plainText(action.reason)}` : ''}`)),
    ],
    {
      actions: flag.deepLink ? [{ type: 'Action.OpenUrl', title: 'Open the post', url: flag.deepLink }] : [],
      fallbackText: `Escalation ${flag.id} for Professional Standards.`,
    },
  );
}
