/**
 * Dispatcher against a nock'd Bot Framework connector, on every store adapter, under a
 * virtual clock (FakeClock: the dispatcher's sleep advances it, tests advance it by hand).
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorMessenger } from '../../src/connector/connector-messenger';
import { anonymousTokenProvider } from '../../src/connector/token-provider';
import { createOutboxDispatcher, type OutboxDispatcherOptions } from '../../src/delivery/outbox-dispatcher';
import type { ConversationRef } from '../../src/ports/messenger';
import type { Store } from '../../src/ports/store';
import { FakeClock } from './fake-time';
import { storeAdapters, useTestStore } from '../support/test-store';

const HOST = 'https://smba.trafficmanager.net';
const refTo = (conversationId: string): ConversationRef => ({ serviceUrl: `${HOST}/uk/`, conversationId, channelId: 'msteams' });
const postPath = (conversationId: string) => `/uk/v3/conversations/${encodeURIComponent(conversationId)}/activities`;

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function dispatcherFor(store: Store, clock: FakeClock, over: Partial<OutboxDispatcherOptions> = {}) {
  return createOutboxDispatcher({
    store, clock, owner: 'test-1', sleep: clock.sleep,
    messenger: new ConnectorMessenger({ tokens: anonymousTokenProvider, clock }),
    backoff: { random: () => 0.5, baseMs: 1000, capMs: 60_000 },
    ...over,
  });
}

describe.each(storeAdapters)('outbox dispatcher (%s)', (adapter) => {
  const clock = new FakeClock();
  const t = useTestStore(adapter, { clock });

  it('429 (Retry-After: 2) then 500 then 200: one delivery, retries at +2000 ms and +1000 ms', async () => {
    const { store } = t();
    const t0 = clock.ms();
    const hits: number[] = [];
    const scope = nock(HOST)
      .post(postPath('conv-1')).reply(() => (hits.push(clock.ms()), [429, '', { 'Retry-After': '2' }]))
      .post(postPath('conv-1')).reply(() => (hits.push(clock.ms()), [500, 'oops']))
      .post(postPath('conv-1')).reply(() => (hits.push(clock.ms()), [201, { id: 'act-1' }]));
    const { item } = await store.outbox.enqueue({ conversationRef: refTo('conv-1'), activity: { text: 'card' }, purpose: 'flag_card' });
    const d = dispatcherFor(store, clock);

    expect(await d.drainOnce()).toBe(0);
    // backoff(1) = 0.5 * 1000 = 500 < Retry-After 2000: Retry-After wins.
    expect(await store.outbox.get(item.id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: new Date(t0 + 2000) });
    expect((await store.outbox.get(item.id))?.lastError).toMatch(/HTTP 429/);
    clock.advance(1999);
    expect(await d.drainOnce()).toBe(0);
    expect(hits).toHaveLength(1); // not before Retry-After
    clock.advance(1);
    expect(await d.drainOnce()).toBe(0);
    // backoff(2) = 0.5 * 2000 = 1000 (no Retry-After on the 500).
    expect(await store.outbox.get(item.id)).toMatchObject({ attempts: 2, nextAttemptAt: new Date(t0 + 3000) });
    clock.advance(999);
    expect(await d.drainOnce()).toBe(0);
    clock.advance(1);
    expect(await d.drainOnce()).toBe(1);
    expect(hits.map((h) => h - t0)).toEqual([0, 2000, 3000]);
    expect(await store.outbox.get(item.id)).toMatchObject({ status: 'sent', attempts: 3, sentActivityId: 'act-1', lastError: null });
    expect(await d.drainOnce()).toBe(0); // nothing sent twice
    scope.done();
  });

  it('a permanent 403 marks the item failed with a reason an admin can read', async () => {
    const { store } = t();
    nock(HOST).post(postPath('conv-x')).reply(403, { error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    const { item } = await store.outbox.enqueue({ conversationRef: refTo('conv-x'), activity: { text: 'x' }, purpose: 'psd_escalation' });
    const d = dispatcherFor(store, clock);
    expect(await d.drainOnce()).toBe(0);
    const failed = await store.outbox.listFailed();
    expect(failed.map((f) => f.id)).toEqual([item.id]);
    expect(failed[0]!.lastError).toBe('HTTP 403: BotNotInConversationRoster - The bot is not part of the conversation roster.');
    expect(await d.health()).toMatchObject({ failed: 1, pending: 0, lastError: { outboxId: item.id } });
    expect(await d.drainOnce()).toBe(0); // not retried
  });

  it('transient failures give up at maxAttempts and say so', async () => {
    const { store } = t();
    nock(HOST).post(postPath('conv-y')).times(3).reply(502);
    const { item } = await store.outbox.enqueue({ conversationRef: refTo('conv-y'), activity: {}, purpose: 'reply' });
    const d = dispatcherFor(store, clock, { maxAttempts: 3 });
    for (let i = 0; i < 3; i++) {
      await d.drainOnce();
      clock.advance(10_000);
    }
    expect(await store.outbox.get(item.id)).toMatchObject({ status: 'failed', attempts: 3, lastError: 'gave up after 3 attempts; last error: HTTP 502' });
  });

  it('an update enqueued before its send was delivered waits, then PUTs to the delivered activity id', async () => {
    const { store } = t();
    const order: string[] = [];
    nock(HOST)
      .post(postPath('mods')).reply(() => (order.push('POST 503'), [503]))
      .post(postPath('mods')).reply(() => (order.push('POST 201'), [201, { id: 'card-77' }]))
      .put(`${postPath('mods')}/card-77`, (b) => b.text === 'card v2').reply(() => (order.push('PUT card-77'), [200, {}]));
    const send = (await store.outbox.enqueue({ conversationRef: refTo('mods'), activity: { text: 'card v1' }, purpose: 'flag_card' })).item;
    const upd = (await store.outbox.enqueue({ conversationRef: refTo('mods'), kind: 'update', updateOf: send.id, activity: { text: 'card v2' }, purpose: 'card_update' })).item;
    const d = dispatcherFor(store, clock);
    expect(await d.drainOnce()).toBe(0);
    expect(order).toEqual(['POST 503']); // update held back
    expect((await store.outbox.get(upd.id))?.attempts).toBe(0);
    clock.advance(5_000);
    expect(await d.drainOnce()).toBe(2);
    expect(order).toEqual(['POST 503', 'POST 201', 'PUT card-77']);
    expect(await store.outbox.get(upd.id)).toMatchObject({ status: 'sent', sentActivityId: 'card-77' });
  });

  it('an update whose send failed permanently fails too, without calling Teams', async () => {
    const { store } = t();
    nock(HOST).post(postPath('gone')).reply(404);
    const send = (await store.outbox.enqueue({ conversationRef: refTo('gone'), activity: {}, purpose: 'flag_card' })).item;
    const upd = (await store.outbox.enqueue({ conversationRef: refTo('gone'), kind: 'update', updateOf: send.id, activity: {}, purpose: 'card_update' })).item;
    await dispatcherFor(store, clock).drainOnce();
    expect(await store.outbox.get(upd.id)).toMatchObject({ status: 'failed', attempts: 0 });
    expect((await store.outbox.get(upd.id))?.lastError).toMatch(/never delivered/);
  });

  it('keeps to 7/s and 60/30s per conversation without dropping anything', async () => {
    const { store } = t();
    const t0 = clock.ms();
    const hits: Record<string, number[]> = { busy: [], quiet: [] };
    nock(HOST).persist().post(/\/uk\/v3\/conversations\/(busy|quiet)\/activities/).reply(function (uri) {
      const conv = uri.includes('busy') ? 'busy' : 'quiet';
      hits[conv]!.push(clock.ms());
      return [201, { id: `${conv}-${hits[conv]!.length}` }];
    });
    for (let i = 0; i < 70; i++) await store.outbox.enqueue({ conversationRef: refTo('busy'), activity: { i }, purpose: 'report' });
    for (let i = 0; i < 3; i++) await store.outbox.enqueue({ conversationRef: refTo('quiet'), activity: { i }, purpose: 'reply' });
    const d = dispatcherFor(store, clock);
    let delivered = 0;
    for (let guard = 0; guard < 200; guard++) {
      delivered += await d.drainOnce();
      const next = await store.outbox.nextDueAt();
      if (!next) break;
      clock.set(new Date(Math.max(clock.ms(), next.getTime())));
    }
    expect(delivered).toBe(73);
    expect(hits.busy).toHaveLength(70);
    expect(hits.quiet).toHaveLength(3);
    const within = (times: number[], windowMs: number) =>
      Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + windowMs).length));
    expect(within(hits.busy!, 1000)).toBeLessThanOrEqual(7);
    expect(within(hits.busy!, 30_000)).toBeLessThanOrEqual(60);
    expect(hits.busy![60]! - hits.busy![0]!).toBeGreaterThanOrEqual(30_000); // the 61st waited for the window
    expect(hits.quiet![0]! - t0).toBeLessThan(1000); // a quiet conversation is not stuck behind a busy one
    expect((await store.outbox.health(clock.now())).pending).toBe(0);
  });
});
