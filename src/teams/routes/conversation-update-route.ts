import { welcomeCard } from '../../cards/help-card';
import type { PlaceEvent } from '../../moderation/place-events';
import type { ActivitiesRepo } from '../../ports/activities-repo';
import type { Clock } from '../../ports/clock';
import { channelRefKey, userRefKey, type ConversationRefsRepo } from '../../ports/conversation-refs-repo';
import { replyWithCard } from '../card-response';
import { conversationRefOf, placeOf, type Turn } from '../turn-info';
import { readChannelData } from '../activity-schema';
import { checkAddedMembers, checkTeamOnInstall, type TeamMembersDeps } from './team-members-route';

/** What the conversation update routes (install, members added, renames) use. */
export interface ConversationUpdateDeps {
  /** Where the bot can message later, and the claim that says hello once per install. */
  readonly store: { readonly conversationRefs: ConversationRefsRepo; readonly activities: ActivitiesRepo };
  readonly clock: Clock;
  /** Stored team and channel names follow a rename (moderation/place-events.ts). */
  readonly applyPlaceEvent: (event: PlaceEvent) => Promise<void>;
  readonly teamMembers: TeamMembersDeps;
}

/**
 * When the bot is added to a team or a chat it says hello once, and remembers the conversation so
 * it can message it later. A 1:1 install also stores the user's personal chat for private notices.
 */
export async function handleMembersAdded(turn: Turn, deps: ConversationUpdateDeps): Promise<void> {
  const { activity, context, logger } = turn;
  const botId = activity.recipient?.id;
  const botWasAdded = (activity.membersAdded ?? []).some((member) => member.id === botId);
  const people = (activity.membersAdded ?? []).filter((member) => member.id !== botId);
  if (people.length) await checkAddedMembers(turn, deps.teamMembers, people);
  if (!botWasAdded) return;
  const place = placeOf(activity);
  const ref = conversationRefOf(activity, { channelRoot: true });
  if (place.conversationType === 'personal' && activity.from.aadObjectId) {
    await deps.store.conversationRefs.upsert(userRefKey(activity.from.aadObjectId.toLowerCase()), ref);
  } else if (place.channelId) {
    await deps.store.conversationRefs.upsert(channelRefKey(place.channelId), ref);
  }
  if (activity.id && !(await deps.store.activities.claimActivity(`install:${activity.id}`, deps.clock.now()))) return;
  logger.info({ conversationType: place.conversationType }, 'bot installed; sending welcome');
  await replyWithCard(context, welcomeCard());
  await checkTeamOnInstall(turn, deps.teamMembers);
}

/**
 * channelRenamed / channelDeleted / teamRenamed: Teams puts the new names in channelData. Stored
 * names follow, so every card, notice, report and export uses the current name.
 */
export async function handlePlaceChanged(turn: Turn, deps: ConversationUpdateDeps, kind: 'channelRenamed' | 'channelDeleted' | 'teamRenamed'): Promise<void> {
  const { activity, logger } = turn;
  const channelData = readChannelData(activity.channelData);
  let event: PlaceEvent | undefined;
  if (kind === 'teamRenamed' && channelData.team?.id && channelData.team.name) event = { kind: 'team_renamed', teamId: channelData.team.id, name: channelData.team.name };
  if (kind === 'channelRenamed' && channelData.channel?.id && channelData.channel.name) event = { kind: 'channel_renamed', channelId: channelData.channel.id, name: channelData.channel.name };
  if (kind === 'channelDeleted' && channelData.channel?.id) event = { kind: 'channel_deleted', channelId: channelData.channel.id };
  if (!event) return void logger.warn({ kind }, 'place change without the ids it needs; ignored');
  await deps.applyPlaceEvent(event);
  logger.info({ kind }, 'place names updated');
}
