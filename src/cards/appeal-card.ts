import type { Flag } from '../moderation/flag';
import { adaptiveCard, executeAction, heading, paragraph, plainText, quote, type AdaptiveCard, type CardElement } from './card-kit';
import { channelMessageLink } from './card-links';
import { placeLabel } from './place-label';

/**
 * A new, short message in the moderators' channel when a poster appeals: the original card is
 * updated too, but an edit to an old card is easy to miss among forty.
 */
export function appealCard(flag: Flag, moderatorsChannelId: string | undefined): AdaptiveCard {
  const actions: CardElement[] = [];
  if (flag.cardActivityId && moderatorsChannelId) actions.push({ type: 'Action.OpenUrl', title: 'Open the flag card', url: channelMessageLink(moderatorsChannelId, flag.cardActivityId) });
  actions.push(executeAction('Show the flag here', 'flag.refresh', { flagId: flag.id }));
  return adaptiveCard(
    [
      heading(`Appeal on ${flag.id}`),
      paragraph(`**Status: Appealed by the poster: waiting for a moderator**`, { color: 'Attention' }),
      paragraph(`${plainText(flag.posterName ?? 'The poster')} thinks the flag on their post in ${plainText(placeLabel(flag))} is wrong:`),
      quote(plainText(flag.appealReason ?? ''), 'The poster’s reason'),
    ],
    { actions, fallbackText: `Appeal on ${flag.id}: the poster thinks the flag is wrong.` },
  );
}
