import type { Citation } from '../policy';
import type { Flag, FlagAction } from '../ports/store';
import { adaptiveCard, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard } from './card-kit';
import { formatLondon } from '../reports/london-time';

/**
 * Sent to the Professional Standards channel only. PSD's role needs the full context, so this is
 * the one card that carries the post text unmasked (while retention still holds it).
 */
export function psdEscalationCard(input: { flag: Flag; postText?: string; clauses: Citation[]; history: FlagAction[]; posterFlagCount90d: number }): AdaptiveCard {
  const { flag } = input;
  return adaptiveCard(
    [
      heading(`Escalation ${flag.id}: for Professional Standards only`, 'Large'),
      facts([
        ['Poster', plainText(flag.posterName ?? 'Unknown')],
        ['Poster id', flag.posterId],
        ['Channel', plainText(flag.channelName ?? flag.channelId)],
        ['Posted', formatLondon(flag.createdAt)],
        ['Detected', flag.detectionTypes.join(', ') || 'reported by a member'],
        ['Escalated by', plainText(flag.lastActorName ?? 'a moderator')],
        ['Reason', plainText(flag.escalationReason ?? '')],
        ['Flags for this poster (90 days)', String(input.posterFlagCount90d)],
      ]),
      paragraph('**Findings**'),
      ...flag.findings.map((finding) => paragraph(`• ${finding.type.replace(/_/g, ' ')}: ${plainText(finding.maskedValue)}${finding.fileName ? ` (${plainText(finding.fileName)})` : ''}`)),
      input.postText !== undefined ? quote(plainText(input.postText), 'Post text as posted') : subtle('Post text removed under the retention policy.'),
      ...input.clauses.map((clause) => quote(clause.text, `Policy section ${clause.section} (clause ${clause.clauseId})`)),
      paragraph('**History**'),
      ...input.history.map((action) => subtle(`${formatLondon(action.at)}: ${action.action.replace(/_/g, ' ')}${action.actorName ? ` by ${plainText(action.actorName)}` : ''}${action.reason ? `: ${plainText(action.reason)}` : ''}`)),
      ...(flag.deepLink ? [] : []),
    ],
    {
      actions: flag.deepLink ? [{ type: 'Action.OpenUrl', title: 'Open the post', url: flag.deepLink }] : [],
      fallbackText: `Escalation ${flag.id} for Professional Standards.`,
    },
  );
}
