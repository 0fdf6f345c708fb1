/**
 * Settings and the watched-channel list are read on every channel post but change only when an
 * admin acts. This decorator serves those reads from memory for up to `ttlMs`, which removes
 * two or three round trips from every post (see bench:moderation).
 *
 * - Only reads OUTSIDE a transaction are cached. A transaction's reads go to the database, so a
 *   read-modify-write inside one still sees committed state.
 * - Writes made through this store, directly or inside a transaction (once it ends), drop the
 *   whole cache at once: this instance never reads back a stale value after its own change.
 * - Another instance's change (PostgreSQL, several instances) is seen within `ttlMs`.
 * - ttlMs 0 turns caching off.
 */
import type { Clock } from '../ports/clock';
import type { PlaceNamesRepo } from '../ports/place-names-repo';
import type { SettingsRepo } from '../ports/settings-repo';
import type { Repositories, Store } from '../ports/store';
import type { WatchedChannel, WatchedChannelsRepo } from '../ports/watched-channels-repo';

export interface ConfigCacheOptions {
  ttlMs: number;
  clock: Clock;
}

interface Entry<T> {
  value: T;
  at: number;
}

export function withConfigCache(store: Store, opts: ConfigCacheOptions): Store {
  if (opts.ttlMs <= 0) return store;
  const settingValues = new Map<string, Entry<unknown>>();
  let channels: Entry<{ list: WatchedChannel[]; byId: Map<string, WatchedChannel> }> | undefined;
  // Bumped on every invalidation: a read that started before a write must not cache what it saw.
  let generation = 0;

  const now = () => opts.clock.now().getTime();
  const fresh = (entry: Entry<unknown> | undefined) => entry !== undefined && now() - entry.at < opts.ttlMs;
  const invalidate = () => {
    generation += 1;
    settingValues.clear();
    channels = undefined;
  };

  async function cachedSetting<T>(key: string): Promise<T | undefined> {
    const hit = settingValues.get(key);
    if (hit && fresh(hit)) return hit.value as T | undefined;
    const seen = generation;
    const value = await store.settings.get<T>(key);
    if (seen === generation) settingValues.set(key, { value, at: now() });
    return value;
  }

  async function watchedChannels() {
    if (channels && fresh(channels)) return channels.value;
    const seen = generation;
    const list = await store.watchedChannels.list();
    const value = { list, byId: new Map(list.map((channel) => [channel.channelId, channel])) };
    if (seen === generation) channels = { value, at: now() };
    return value;
  }

  /** Write-through: the write goes to the database, then `onWrite` runs (invalidate now, or mark the transaction). */
  const writeThrough =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>, onWrite: () => void) =>
    async (...args: A): Promise<R> => {
      try {
        return await write(...args);
      } finally {
        onWrite();
      }
    };
  const settingsWrites = (repos: SettingsRepo, onWrite: () => void): Pick<SettingsRepo, 'set' | 'delete'> => ({
    set: writeThrough((key: string, value: unknown, updatedBy?: string) => repos.set(key, value, updatedBy), onWrite),
    delete: writeThrough((key: string) => repos.delete(key), onWrite),
  });
  const channelWrites = (repos: WatchedChannelsRepo, onWrite: () => void): Pick<WatchedChannelsRepo, 'watch' | 'unwatch'> => ({
    watch: writeThrough((input: Parameters<WatchedChannelsRepo['watch']>[0]) => repos.watch(input), onWrite),
    unwatch: writeThrough((channelId: string) => repos.unwatch(channelId), onWrite),
  });

  // A rename changes watched channels' names, which the cached list holds.
  const placeWrites = (repos: PlaceNamesRepo, onWrite: () => void): PlaceNamesRepo => ({
    renameChannel: writeThrough((channelId: string, name: string) => repos.renameChannel(channelId, name), onWrite),
    renameTeam: writeThrough((teamId: string, name: string) => repos.renameTeam(teamId, name), onWrite),
  });

  // getForUpdate is for read-modify-writes, which must see the database, never the cache.
  const settings: SettingsRepo = { get: cachedSetting, getForUpdate: (key) => store.settings.getForUpdate(key), ...settingsWrites(store.settings, invalidate) };
  const watched: WatchedChannelsRepo = {
    get: async (channelId) => (await watchedChannels()).byId.get(channelId),
    isWatched: async (channelId) => (await watchedChannels()).byId.has(channelId),
    list: async () => [...(await watchedChannels()).list],
    ...channelWrites(store.watchedChannels, invalidate),
  };

  return {
    ...store,
    settings,
    watchedChannels: watched,
    placeNames: placeWrites(store.placeNames, invalidate),
    async transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
      let wrote = false;
      const markWrite = () => {
        wrote = true;
      };
      try {
        return await store.transaction((tx) =>
          fn({
            ...tx,
            settings: { ...tx.settings, ...settingsWrites(tx.settings, markWrite) },
            watchedChannels: { ...tx.watchedChannels, ...channelWrites(tx.watchedChannels, markWrite) },
            placeNames: placeWrites(tx.placeNames, markWrite),
          }),
        );
      } finally {
        // After commit (or rollback, harmlessly): anything cached while the transaction ran is dropped.
        if (wrote) invalidate();
      }
    },
  };
}
