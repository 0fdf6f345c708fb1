import type { Flag } from '../moderation/flag';
import type { QueueView } from '../moderation/flag-views';
import { findingLabel } from '../status/finding-labels';
import { adaptiveCard, heading, paragraph, plainText, subtle, type AdaptiveCard, type CardElement } from './card-kit';
import { channelMessageLink } from './card-links';
import { placeLabel } from './place-label';

export type { QueueView } from '../moderation/flag-views';

const HOUR_MS = 3_600_000;

/** "3 days", "5 hours", "under an hour": how long a flag has waited. */
export function ageText(since: Date, now: Date): string {
  const hours = Math.floor((now.getTime() - since.getTime()) / HOUR_MS);
  if (hours < 1) return 'under an hour';
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.floor(hours / 24);
  return `${days} days`;
}

function row(flag: Flag, view: QueueView): CardElement {
  // An appeal waits from when it was lodged (the flag's last change), a new flag from when it was raised.
  const since = flag.state === 'appealed' ? flag.updatedAt : flag.createdAt;
  const link = flag.cardActivityId && view.moderatorsChannelId ? channelMessageLink(view.moderatorsChannelId, flag.cardActivityId) : undefined;
  const what = [...new Set(flag.detectionTypes.map(findingLabel))].join(', ') || 'reported by a member';
  return {
    type: 'Container',
    separator: true,
    ...(link ? { selectAction: { type: 'Action.OpenUrl', title: `Open the card for ${flag.id}`, url: link } } : {}),
    items: [
      paragraph(`**${flag.id}**${flag.state === 'appealed' ? ' · **Appealed**' : ''} · waiting ${ageText(since, view.now)}`, { color: flag.state === 'appealed' ? 'Attention' : 'Default' }),
      paragraph(`${plainText(what)} in ${plainText(placeLabel(flag))}`),
      subtle(link ? 'Select to open its card' : 'Its card has not been delivered yet'),
    ],
  };
}

/** The moderators' work list: what is waiting, oldest first, each row opening its card. */
export function moderatorQueueCard(view: QueueView): AdaptiveCard {
  const body: CardElement[] = [heading(view.total ? `${view.total} flag${view.total === 1 ? '' : 's'} waiting` : 'Nothing waiting', 'Large')];
  if (!view.total) body.push(paragraph('Every flag has been dealt with.'));
  body.push(...view.flags.map((flag) => row(flag, view)));
  if (view.total > view.flags.length) body.push(subtle(`Showing the oldest ${view.flags.length}. Clear these and ask again for the rest.`));
  return adaptiveCard(body, { fallbackText: `${view.total} flag(s) waiting for a moderator.` });
}
