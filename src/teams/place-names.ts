import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../ports/logger';
import type { TurnPlace } from './turn-info';

export interface PlaceNames {
  channelName: string;
  teamName: string | null;
}

/** Teams gives the General channel no name in the channel list; it is always called "General". */
export const GENERAL_CHANNEL_NAME = 'General';

/**
 * The channel's and team's display names from the Teams API (GET /v3/teams/{id}/conversations and
 * GET /v3/teams/{id}). Channel messages carry no names, so this is how a card can say "General,
 * Force Network" instead of "this channel". Called when a channel is watched or set, and the first
 * time a watched channel's post arrives without a stored name. A failure (the API down, a team
 * the bot was removed from) falls back to whatever the activity carried: names are a courtesy,
 * never a reason to lose a post.
 */
export async function resolvePlaceNames(context: TurnContext, place: TurnPlace, logger: Logger): Promise<PlaceNames | undefined> {
  if (!place.channelId || !place.teamId) return place.channelName ? { channelName: place.channelName, teamName: null } : undefined;
  const [channels, team] = await Promise.allSettled([TeamsInfo.getTeamChannels(context, place.teamId), TeamsInfo.getTeamDetails(context, place.teamId)]);
  if (channels.status === 'rejected' || team.status === 'rejected') logger.warn({ channels: channels.status, team: team.status }, 'team or channel names unavailable from Teams');
  const listed = channels.status === 'fulfilled' ? channels.value.find((channel) => channel.id === place.channelId) : undefined;
  const isGeneral = place.channelId === place.teamId;
  const channelName = listed?.name || (listed || isGeneral ? GENERAL_CHANNEL_NAME : place.channelName);
  const teamName = team.status === 'fulfilled' ? team.value.name ?? null : null;
  return channelName ? { channelName, teamName } : undefined;
}
