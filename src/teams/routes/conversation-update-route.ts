import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import { welcomeCard } from '../../cards/help-card';
import { channelRefKey, userRefKey } from '../../ports/conversation-refs-repo';
import { replyWithCard } from '../card-response';
import { conversationRefOf, placeOf, turnLogger } from '../turn-info';
import { readChannelData } from '../activity-schema';
import { applyPlaceEvent, type PlaceEvent } from '../../moderation/place-events';
import { checkAddedMembers, checkTeamOnInstall, type TeamMembersDeps } from './team-members-route';

/** What the conversation update routes use. */
export type ConversationUpdateDeps = Pick<BotServices, 'store' | 'clock' | 'logger'> & TeamMembersDeps;

/**
 * When the bot is added to a team or a chat it says hello once, and remembers the conversation so
 * it can message it later. A 1:1 install also stores the user's personal chat for private notices.
 */
export async function handleMembersAdded(context: TurnContext, services: ConversationUpdateDeps): Promise<void> {
  const activity = context.activity;
  const botId = activity.recipient?.id;
  const botWasAdded = (activity.membersAdded ?? []).some((member) => member.id === botId);
  const people = (activity.membersAdded ?? []).filter((member) => member.id !== botId);
  if (people.length) await checkAddedMembers(context, services, people);
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
  await checkTeamOnInstall(context, services);
}

/**
 * channelRenamed / channelDeleted / teamRenamed: Teams puts the new names in channelData. Stored
 * names follow, so every card, notice, report and export uses the current name.
 */
export async function handlePlaceChanged(context: TurnContext, services: ConversationUpdateDeps, kind: 'channelRenamed' | 'channelDeleted' | 'teamRenamed'): Promise<void> {
  const channelData = readChannelData(context.activity.channelData);
  const logger = turnLogger(context, services.logger);
  let event: PlaceEvent | undefined;
  if (kind === 'teamRenamed' && channelData.team?.id && channelData.team.name) event = { kind: 'team_renamed', teamId: channelData.team.id, name: channelData.team.name };
  if (kind === 'channelRenamed' && channelData.channel?.id && channelData.channel.name) event = { kind: 'channel_renamed', channelId: channelData.channel.id, name: channelData.channel.name };
  if (kind === 'channelDeleted' && channelData.channel?.id) event = { kind: 'channel_deleted', channelId: channelData.channel.id };
  if (!event) return void logger.warn({ kind }, 'place change without the ids it needs; ignored');
  await applyPlaceEvent(services.store, services.clock, event);
  logger.info({ kind }, 'place names updated');
}
