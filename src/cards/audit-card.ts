/**
 * The audit card: who did what to a flag, when (UK time) and why. Shows the flag summary
 * with masked values only; post text is never shown here, even while it is still retained.
 */
import { formatLondon } from '../reports/london-time';
import type { FlagHistory, HistoryEntry } from '../reports/flag-history';
import { adaptiveCard, facts, heading, paragraph, plainText, subtle, type AdaptiveCard, type CardElement } from './card-kit';

/** Newest entries kept when a history is long: Teams rejects cards over ~28 KB. */
export const AUDIT_CARD_MAX_ENTRIES = 80;

const ACTION_WORDS: Record<string, string> = {
  flagged: 'Flagged',
  viewed: 'Viewed',
  dismissed: 'Dismissed',
  confirmed: 'Confirmed',
  escalated: 'Escalated to PSD',
  appealed: 'Appealed',
  poster_fixed: 'Poster fixed the post',
  note: 'Note added',
  edited: 'Post edited',
  deleted: 'Post deleted',
  reopened: 'Reopened',
};

export function auditCard(history: FlagHistory): AdaptiveCard {
  const { flag } = history;
  const shown = history.entries.slice(-AUDIT_CARD_MAX_ENTRIES);
  const hidden = history.entries.length - shown.length;
  const body: CardElement[] = [
    heading(`History of flag ${flag.id}`, 'Large'),
    facts([
      ['Flag', flag.id],
      ['State', flag.state.replace('_', ' ')],
      ['Channel', plainText(flag.channelName ?? flag.channelId)],
      ['Raised', `${formatLondon(flag.createdAt)} (${flag.source === 'report' ? 'reported by staff' : 'automatic scan'})`],
      ['Detected', flag.detectionTypes.join(', ') || 'none'],
      ['Masked values', plainText(flag.findings.map((f) => f.maskedValue).join(', ')) || 'none'],
    ]),
    heading(`Timeline (${history.entries.length} entr${history.entries.length === 1 ? 'y' : 'ies'}, UK time)`),
  ];
  if (hidden > 0) body.push(subtle(`${hidden} earlier entr${hidden === 1 ? 'y is' : 'ies are'} not shown; the audit log keeps them all.`));
  if (shown.length === 0) body.push(paragraph('No actions recorded yet.'));
  body.push(...shown.map(entryElement));
  body.push(subtle('Post text is never shown in the history. Viewing this history is recorded in the audit log.'));
  return adaptiveCard(body, {
    fallbackText: `History of flag ${flag.id} (${flag.state}): ${history.entries.length} entries.`,
  });
}

function entryElement(entry: HistoryEntry, index: number): CardElement {
  const who = entry.actorName ?? entry.actorId ?? 'system';
  const what = entry.source === 'action' ? (ACTION_WORDS[entry.what] ?? entry.what) : `Audit: ${entry.what}`;
  const items: CardElement[] = [
    paragraph(`**${formatLondon(entry.at)}** · ${plainText(what)} · by ${plainText(who)}`, { spacing: 'None' }),
  ];
  if (entry.reason) items.push(subtle(`Why: ${plainText(entry.reason)}`));
  return { type: 'Container', separator: index > 0, spacing: 'Small', items };
}
