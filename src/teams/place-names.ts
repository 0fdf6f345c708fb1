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
 * How long a name lookup may hold a turn. Teams gives up on a turn after 15 s and redelivers; a
 * post must be scanned and stored well inside that, whatever the Teams API is doing.
 */
export const NAME_LOOKUP_TIMEOUT_MS = 5_000;

/** Rejects after `ms` instead of waiting for a call that may never answer; the timer never holds the process. */
function withinTime<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

/** The channel list as Teams should send it; anything else (a proxy's page, a changed API) counts as no list. */
function channelListOf(value: unknown): Array<{ id?: unknown; name?: unknown }> | undefined {
  return Array.isArray(value) ? value.filter((c): c is { id?: unknown; name?: unknown } => typeof c === 'object' && c !== null) : undefined;
}

/**
 * The channel's and team's display names from the Teams API (GET /v3/teams/{id}/conversations and
 * GET /v3/teams/{id}). Channel messages carry no names, so this is how a card can say "General,
 * Force Network" instead of "this channel". Called when a channel is watched or set, and the first
 * time a watched channel's post arrives without a stored name. A failure (the API down, slow or
 * answering something unexpected, a team the bot was removed from) falls back to whatever the
 * activity carried: names are a courtesy, never a reason to lose a post or a set-up command, so
 * this never throws and never waits longer than NAME_LOOKUP_TIMEOUT_MS.
 */
export async function resolvePlaceNames(context: TurnContext, place: TurnPlace, logger: Logger): Promise<PlaceNames | undefined> {
  if (!place.channelId || !place.teamId) return place.channelName ? { channelName: place.channelName, teamName: null } : undefined;
  const teamId = place.teamId;
  const [channels, team] = await Promise.allSettled([
    withinTime(Promise.resolve().then(() => TeamsInfo.getTeamChannels(context, teamId)), NAME_LOOKUP_TIMEOUT_MS),
    withinTime(Promise.resolve().then(() => TeamsInfo.getTeamDetails(context, teamId)), NAME_LOOKUP_TIMEOUT_MS),
  ]);
  const list = channels.status === 'fulfilled' ? channelListOf(channels.value) : undefined;
  const teamName = team.status === 'fulfilled' && typeof team.value?.name === 'string' && team.value.name ? team.value.name : null;
  if (!list || teamName === null) logger.warn({ channels: channels.status === 'fulfilled' ? (list ? 'listed' : 'unexpected answer') : 'failed', team: team.status === 'fulfilled' ? (teamName ? 'named' : 'no name') : 'failed' }, 'team or channel names unavailable from Teams');
  const listed = list?.find((channel) => channel.id === place.channelId);
  const isGeneral = place.channelId === place.teamId;
  const listedName = typeof listed?.name === 'string' ? listed.name : '';
  const channelName = listedName || (listed || isGeneral ? GENERAL_CHANNEL_NAME : place.channelName);
  return channelName ? { channelName, teamName } : undefined;
}
