import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/ports/clock';
import type { Store } from '../../src/ports/store';
import { withConfigCache } from '../../src/storage/config-cache';
import { createTestStore } from '../support/test-store';

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-11-24T09:00:00Z')): Clock & { advance(ms: number): void } {
  let now = start;
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

const ref = { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: '19:general@thread.tacv2', channelId: 'msteams' };
const channel = (channelId: string) => ({ channelId, teamId: '19:team', name: channelId, conversationRef: { ...ref, conversationId: channelId }, watchedBy: 'admin' });

/**
 * Two stores on one database stand for two bot instances: `cached` is this instance (with the
 * cache), `other` writes behind its back. PGlite has one connection, so `other` is the raw store
 * the cache wraps; the effect is the same as another instance's write.
 */
async function setUp() {
  const clock = manualClock();
  const ctx = await createTestStore('pglite', { clock });
  const other: Store = ctx.store;
  const cached = withConfigCache(other, { ttlMs: 2_000, clock });
  return { clock, other, cached, cleanup: ctx.cleanup };
}

describe('settings and watched-channel cache', () => {
  it("serves another instance's change only after the TTL", async () => {
    const { clock, other, cached, cleanup } = await setUp();
    try {
      await other.settings.set('detection.types', { phone: true });
      expect(await cached.settings.get('detection.types')).toEqual({ phone: true });
      await other.settings.set('detection.types', { phone: false });
      expect(await cached.settings.get('detection.types')).toEqual({ phone: true });
      clock.advance(2_000);
      expect(await cached.settings.get('detection.types')).toEqual({ phone: false });

      expect(await cached.watchedChannels.isWatched('19:a')).toBe(false);
      await other.watchedChannels.watch(channel('19:a'));
      expect(await cached.watchedChannels.get('19:a')).toBeUndefined();
      clock.advance(2_000);
      expect((await cached.watchedChannels.get('19:a'))?.channelId).toBe('19:a');
    } finally {
      await cleanup();
    }
  });

  it('sees its own writes at once, direct or committed in a transaction', async () => {
    const { cached, cleanup } = await setUp();
    try {
      expect(await cached.watchedChannels.list()).toEqual([]);
      await cached.watchedChannels.watch(channel('19:b'));
      expect((await cached.watchedChannels.list()).map((c) => c.channelId)).toEqual(['19:b']);

      expect(await cached.settings.get('channel.moderators')).toBeUndefined();
      await cached.transaction(async (tx) => {
        await tx.settings.set('channel.moderators', { channelId: '19:mods' });
        await tx.watchedChannels.unwatch('19:b');
      });
      expect(await cached.settings.get('channel.moderators')).toEqual({ channelId: '19:mods' });
      expect(await cached.watchedChannels.isWatched('19:b')).toBe(false);
    } finally {
      await cleanup();
    }
  });

  it('drops what it cached during a transaction that wrote, even if the transaction failed', async () => {
    const { other, cached, cleanup } = await setUp();
    try {
      await other.settings.set('k', 1);
      expect(await cached.settings.get('k')).toBe(1);
      await expect(
        cached.transaction(async (tx) => {
          await tx.settings.set('k', 2);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      await other.settings.set('k', 3); // another instance, after the rollback
      expect(await cached.settings.get('k')).toBe(3);
    } finally {
      await cleanup();
    }
  });

  it('reads inside a transaction go to the database, not the cache', async () => {
    const { other, cached, cleanup } = await setUp();
    try {
      await other.settings.set('k', 'old');
      expect(await cached.settings.get('k')).toBe('old');
      await other.settings.set('k', 'new');
      const seen = await cached.transaction((tx) => tx.settings.get('k'));
      expect(seen).toBe('new');
    } finally {
      await cleanup();
    }
  });

  it('a TTL of 0 turns caching off', async () => {
    const { clock, other, cleanup } = await setUp();
    try {
      const uncached = withConfigCache(other, { ttlMs: 0, clock });
      expect(uncached).toBe(other);
    } finally {
      await cleanup();
    }
  });
});
