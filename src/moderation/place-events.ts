import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { MODERATORS_CHANNEL_KEY, PSD_CHANNEL_KEY, type ChannelSetting } from './channel-settings';

/** What Teams told us changed about a team or channel (conversationUpdate events). */
export type PlaceEvent =
  | { kind: 'channel_renamed'; channelId: string; name: string }
  | { kind: 'channel_deleted'; channelId: string }
  | { kind: 'team_renamed'; teamId: string; name: string };

const SYSTEM = { actorId: 'teams', actorName: 'Microsoft Teams' };
const SETTING_KEYS = [MODERATORS_CHANNEL_KEY, PSD_CHANNEL_KEY] as const;

/**
 * Keeps stored names current, so cards, notices, reports and exports name the place as it is now.
 * A deleted channel stops being watched (nothing more can arrive from it) and, if it held the
 * moderators' or PSD cards, that setting is cleared so new cards wait for `set moderators` /
 * `set psd` instead of failing against a channel that no longer exists.
 */
export async function applyPlaceEvent(store: Store, clock: Clock, event: PlaceEvent): Promise<void> {
  await store.transaction(async (tx) => {
    const at = clock.now();
    if (event.kind === 'channel_renamed') {
      const changed = await tx.placeNames.renameChannel(event.channelId, event.name);
      for (const key of SETTING_KEYS) {
        const setting = await tx.settings.get<ChannelSetting>(key);
        if (setting?.channelId === event.channelId && setting.name !== event.name) await tx.settings.set(key, { ...setting, name: event.name }, SYSTEM.actorId);
      }
      await tx.audit.append({ ...SYSTEM, action: 'place.channel_renamed', target: event.channelId, details: changed, at });
    } else if (event.kind === 'team_renamed') {
      const changed = await tx.placeNames.renameTeam(event.teamId, event.name);
      for (const key of SETTING_KEYS) {
        const setting = await tx.settings.get<ChannelSetting>(key);
        if (setting?.teamId === event.teamId && setting.teamName !== event.name) await tx.settings.set(key, { ...setting, teamName: event.name }, SYSTEM.actorId);
      }
      await tx.audit.append({ ...SYSTEM, action: 'place.team_renamed', target: event.teamId, details: changed, at });
    } else {
      const unwatched = await tx.watchedChannels.unwatch(event.channelId);
      const cleared: string[] = [];
      for (const key of SETTING_KEYS) {
        const setting = await tx.settings.get<ChannelSetting>(key);
        if (setting?.channelId === event.channelId) {
          await tx.settings.delete(key);
          cleared.push(key);
        }
      }
      await tx.audit.append({ ...SYSTEM, action: 'place.channel_deleted', target: event.channelId, details: { unwatched, cleared }, at });
    }
  });
}
