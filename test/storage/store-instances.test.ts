/** Restarts and several instances on one database: migrations, activity dedupe, claims. */
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/storage/create-store';
import { createTestStore, testDatabaseUrl, type TestStoreContext } from '../support/test-store';
import { MIGRATIONS } from '../../src/storage/migrations/index';

/** PostgreSQL-only cases exist only when TEST_DATABASE_URL is set (no skipped tests otherwise). */
const itWithPostgres = (testDatabaseUrl ? it : () => undefined) as typeof it;

const ref = { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: 'conv', channelId: 'msteams' };

describe('store instances', () => {
  let ctx: TestStoreContext | undefined;
  afterEach(async () => {
    await ctx?.cleanup();
    ctx = undefined;
  });

  it('pglite: data survives close and reopen of the same DATA_DIR; claimActivity stays claimed', async () => {
    ctx = await createTestStore('pglite', { persistent: true });
    expect(await ctx.store.activities.claimActivity('act-1')).toBe(true);
    await ctx.store.settings.set('k', { v: 1 });
    const store = await ctx.restart();
    expect(await store.activities.claimActivity('act-1')).toBe(false);
    expect(await store.settings.get('k')).toEqual({ v: 1 });
    const versions = await ctx.rawQuery('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('createStore with a dataDir uses DATA_DIR/pglite; ping fails after close', async () => {
    const { mkdtemp, readdir, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'policy-bot-factory-'));
    try {
      const store = await createStore({ dataDir: dir });
      expect(store.kind).toBe('pglite');
      await store.ping();
      await store.close();
      expect(await readdir(dir)).toEqual(['pglite']);
      await expect(store.ping()).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  itWithPostgres('postgres: two live instances share claims, activity dedupe and job runs', async () => {
    ctx = await createTestStore('postgres');
    const a = ctx.store;
    const b = await ctx.openSecond();
    expect(a.kind).toBe('postgres');
    const results = await Promise.all([a, b, a, b].map((s) => s.activities.claimActivity('act-x')));
    expect(results.filter(Boolean)).toHaveLength(1);
    const at = new Date('2026-03-02T07:00:00Z');
    const runs = await Promise.all([a.jobs.tryRunOnce('psd', at, 'a'), b.jobs.tryRunOnce('psd', at, 'b')]);
    expect(runs.filter(Boolean)).toHaveLength(1);
    for (let i = 0; i < 40; i++) await a.outbox.enqueue({ conversationRef: { ...ref, conversationId: `c${i % 8}` }, activity: { i }, purpose: 'reply' });
    const now = new Date(Date.now() + 1000);
    const claims = await Promise.all([0, 1, 2, 3].map((k) => (k % 2 ? a : b).outbox.claimDue(`i${k}`, now, 15, { perConversation: 10 })));
    const ids = claims.flat().map((c) => c.id);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(new Set(ids).size).toBe(ids.length); // never the same item twice
    // Claims are serialised and conversation-affine: no conversation went to two instances.
    const ownerOf = new Map<string, string>();
    for (const c of claims.flat()) {
      const conv = c.conversationRef.conversationId;
      expect(ownerOf.get(conv) ?? c.leaseOwner).toBe(c.leaseOwner);
      ownerOf.set(conv, c.leaseOwner!);
    }
  });

  itWithPostgres('postgres: concurrent starts on a fresh schema migrate once', async () => {
    ctx = await createTestStore('postgres');
    const more = await Promise.all([ctx.openSecond(), ctx.openSecond(), ctx.openSecond()]);
    for (const s of more) await s.ping();
    const rows = await ctx.rawQuery('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('postgres adapter: createStore fails fast when the server is unreachable', async () => {
    const store = await createStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none', dataDir: '' }).catch((e: unknown) => e);
    expect(store).toBeInstanceOf(Error);
  });
});
