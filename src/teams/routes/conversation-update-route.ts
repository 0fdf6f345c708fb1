import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../../app/services';
import { welcomeCard } from '../../cards/help-card';
import { channelRefKey, userRefKey } from '../../ports/store';
import { replyWithCard } from '../card-response';
import { conversationRefOf, placeOf, turnLogger } from '../turn-info';

/**
 * When the bot is added to a team or a chat it says hello once, and remembers the conversation so
 * it can message it later. A 1:1 install also stores the user's personal chat for private notices.
 */
export async function handleMembersAdded(context: TurnContext, services: BotServices): Promise<void> {
  const activity = context.activity;
  const botId = activity.recipient?.id;
  const botWasAdded = (activity.membersAdded ?? []).some((member) => member.id === botId);
  if (!botWasAdded) return;
  const place = placeOf(context);
  const ref = conversationRefOf(context, { channelRoot: true });
  if (place.conversationType === 'personal' && activity.from.aadObjectId) {
    await services.store.conversationRefs.upsert(userRefKey(activity.from.aadObjectId.toLowerCase()), ref);
  } else if (place.channelId) {
    await services.store.conversationRefs.upsert(channelRefKey(place.channelId), ref);
  }
  if (activity.id && !(await services.store.activities.claimActivity(`install:${activity.id}`, services.clock.now()))) return;
  turnLogger(context, services.logger).info({ conversationType: place.conversationType }, 'bot installed; sending welcome');
  await replyWithCard(context, welcomeCard());
}
