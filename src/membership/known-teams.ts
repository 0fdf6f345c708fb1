import { MODERATORS_CHANNEL_KEY, PSD_CHANNEL_KEY, type ChannelSetting } from '../moderation/channel-settings';
import type { Store } from '../ports/store';
import type { TeamAddress } from '../ports/team-roster';

export interface KnownTeam extends TeamAddress {
  /** A team with a watched channel: its members are checked for external people. */
  watched: boolean;
  /** The tenant the bot met the team in (the force's own). */
  tenantId?: string;
}

/**
 * The teams the bot is installed in and knows how to reach: those with watched channels, and
 * those holding the moderators' and PSD channels (where the role holders are).
 */
export async function knownTeams(store: Pick<Store, 'watchedChannels' | 'settings'>): Promise<KnownTeam[]> {
  const [watched, moderators, psd] = await Promise.all([
    store.watchedChannels.list(),
    store.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY),
    store.settings.get<ChannelSetting>(PSD_CHANNEL_KEY),
  ]);
  const teams = new Map<string, KnownTeam>();
  // A team whose name Teams did not give is named by a channel in it, so an admin can still tell which it is.
  for (const channel of watched) {
    if (!teams.has(channel.teamId)) teams.set(channel.teamId, { teamId: channel.teamId, teamName: channel.teamName ?? `the team of the ${channel.name} channel`, serviceUrl: channel.conversationRef.serviceUrl, tenantId: channel.conversationRef.tenantId, watched: true });
  }
  for (const setting of [moderators, psd]) {
    if (setting && !teams.has(setting.teamId)) teams.set(setting.teamId, { teamId: setting.teamId, teamName: setting.teamName ?? `the team of the ${setting.name} channel`, serviceUrl: setting.conversationRef.serviceUrl, tenantId: setting.conversationRef.tenantId, watched: false });
  }
  return [...teams.values()];
}
