/** Several dispatchers, restarts, crashed leases and the background loop (real time, nock'd connector). */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorMessenger } from '../../src/connector/connector-messenger';
import { anonymousTokenProvider } from '../../src/connector/token-provider';
import { createOutboxDispatcher } from '../../src/delivery/outbox-dispatcher';
import { realSleep } from '../../src/runtime/real-sleep';
import type { ConversationRef } from '../../src/ports/messenger';
import type { Store } from '../../src/ports/store';
import { itWithPostgres, skipUnlessAvailable } from '../support/postgres-only';
import { createTestStore, type TestStoreContext } from '../support/test-store';


const HOST = 'https://smba.trafficmanager.net';
const refTo = (conversationId: string): ConversationRef => ({ serviceUrl: `${HOST}/uk/`, conversationId, channelId: 'msteams' });
const messenger = () => new ConnectorMessenger({ tokens: anonymousTokenProvider });
const dispatcher = (store: Store, owner: string, pollIntervalMs = 50) =>
  createOutboxDispatcher({ store, messenger: messenger(), owner, pollIntervalMs, batchSize: 20, sleep: realSleep });

/** Connector stub that counts deliveries per message key (activity.key) and answers with an id. */
function countingConnector() {
  const seen = new Map<string, number>();
  nock(HOST).persist().post(/\/uk\/v3\/conversations\/[^/]+\/activities$/).reply((_uri, body) => {
    const key = String((body as { key: string }).key);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return [201, { id: `act-${key}` }];
  });
  return seen;
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterAll(() => nock.enableNetConnect());

describe('dispatcher instances', () => {
  let ctx: TestStoreContext | undefined;
  afterEach(async () => {
    nock.cleanAll();
    await ctx?.cleanup();
    ctx = undefined;
  });

  async function fill(store: Store, n: number, conversations: number, prefix = 'm') {
    for (let i = 0; i < n; i++) {
      await store.outbox.enqueue({ conversationRef: refTo(`c${i % conversations}`), activity: { key: `${prefix}${i}` }, purpose: 'reply' });
    }
  }

  itWithPostgres('postgres: two running dispatchers on two store instances send each item exactly once', async () => {
    ctx = await createTestStore('postgres');
    const seen = countingConnector();
    const second = await ctx.openSecond();
    await fill(ctx.store, 120, 12);
    // Small batches so both instances get conversations (each conversation sticks to one instance).
    const a = createOutboxDispatcher({ store: ctx.store, messenger: messenger(), owner: 'instance-a', pollIntervalMs: 20, batchSize: 5, sleep: realSleep });
    const b = createOutboxDispatcher({ store: second, messenger: messenger(), owner: 'instance-b', pollIntervalMs: 20, batchSize: 5, sleep: realSleep });
    a.start();
    b.start();
    for (let i = 0; i < 300 && (await ctx.store.outbox.health(new Date())).sent < 120; i++) await new Promise((r) => setTimeout(r, 50));
    await Promise.all([a.stop(), b.stop()]);
    expect(seen.size).toBe(120);
    expect([...seen.values()].every((v) => v === 1)).toBe(true);
    const [ha, hb] = await Promise.all([a.health(), b.health()]);
    expect(ha.delivered + hb.delivered).toBe(120);
    const byOwner = await ctx.rawQuery(`SELECT lease_owner, count(*)::int AS n FROM outbox WHERE status = 'sent' GROUP BY lease_owner ORDER BY lease_owner`);
    expect(byOwner.map((r) => r.lease_owner)).toEqual(['instance-a', 'instance-b']); // both really worked
    // Conversation affinity: no conversation was served by both instances.
    const mixed = await ctx.rawQuery(`SELECT conversation_id FROM outbox GROUP BY conversation_id HAVING count(DISTINCT lease_owner) > 1`);
    expect(mixed).toEqual([]);
  });

  it('pglite: two dispatchers on one store send each item exactly once', async () => {
    ctx = await createTestStore('pglite');
    const seen = countingConnector();
    await fill(ctx.store, 60, 6);
    const [na, nb] = await Promise.all([dispatcher(ctx.store, 'a').drainOnce(), dispatcher(ctx.store, 'b').drainOnce()]);
    // Whichever claims first takes every conversation (round-robin, affinity); the total is what matters.
    expect(na + nb).toBe(60);
    expect(seen.size).toBe(60);
    expect([...seen.values()].every((v) => v === 1)).toBe(true);
  });

  it.for(['pglite', 'postgres'] as const)(
    '%s: after a restart, unsent items (incl. a crashed instance\'s leased ones) go out and sent ones do not',
    async (adapter, testContext) => {
      skipUnlessAvailable(testContext, adapter);
      ctx = await createTestStore(adapter, { persistent: true });
      const seen = countingConnector();
      await fill(ctx.store, 1, 1);
      // Owner ids are stable per instance (hostname), so the restarted instance keeps its conversations.
      expect(await dispatcher(ctx.store, 'instance-1').drainOnce()).toBe(1); // m0 delivered before the "crash"
      await fill(ctx.store, 4, 2, 'r'); // r0..r3 still pending at the "crash"
      const crashed = await ctx.store.outbox.claimDue('crashed-instance', new Date(), 2, { leaseMs: 300 });
      expect(crashed).toHaveLength(2);
      const store = await ctx.restart();
      await new Promise((r) => setTimeout(r, 350)); // the crashed instance's lease runs out
      const n = await dispatcher(store, 'instance-1').drainOnce();
      expect(n).toBe(4);
      expect(Object.fromEntries(seen)).toEqual({ m0: 1, r0: 1, r1: 1, r2: 1, r3: 1 }); // m0 not re-sent
      expect(await store.outbox.health(new Date())).toMatchObject({ pending: 0, sent: 5, failed: 0 });
    },
  );

  it('start(): a kicked dispatcher delivers a new item well within a second; stop() waits for in-flight sends', async () => {
    ctx = await createTestStore('pglite');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const seen: number[] = [];
    nock(HOST).post(/activities$/).reply(async () => {
      seen.push(Date.now());
      return [201, { id: 'a1' }];
    });
    nock(HOST).post(/activities$/).reply(async () => {
      await gate; // an in-flight send during stop()
      return [201, { id: 'a2' }];
    });
    const d = createOutboxDispatcher({ store: ctx.store, messenger: messenger(), owner: 'live', pollIntervalMs: 60_000, sleep: realSleep });
    d.start();
    await new Promise((r) => setTimeout(r, 100)); // the loop is now idle for up to a minute
    const t0 = Date.now();
    const { item } = await ctx.store.outbox.enqueue({ conversationRef: refTo('mods'), activity: { key: 'k1' }, purpose: 'flag_card' });
    d.kick();
    for (let i = 0; i < 100 && (await ctx.store.outbox.get(item.id))?.status !== 'sent'; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await ctx.store.outbox.get(item.id))?.status).toBe('sent');
    expect(seen[0]! - t0).toBeLessThan(1000);
    const second = (await ctx.store.outbox.enqueue({ conversationRef: refTo('mods'), activity: { key: 'k2' }, purpose: 'reply' })).item;
    d.kick();
    await new Promise((r) => setTimeout(r, 100)); // now blocked inside the connector call
    const stopped = d.stop();
    setTimeout(release, 100);
    await stopped;
    expect((await ctx.store.outbox.get(second.id))?.status).toBe('sent'); // finished, not abandoned
    expect(await d.health()).toMatchObject({ running: false, delivered: 2, pending: 0 });
  });
});
