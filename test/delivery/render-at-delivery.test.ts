/**
 * The outbox holds messages (kind + flag id), and cards are rendered when they are sent, by the
 * composition root's renderer: the real use cases queue, the real dispatcher delivers through a
 * nock'd Bot Framework connector, on every store adapter, on a virtual clock.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOutboxRenderer } from '../../src/app/outbox-renderer';
import { ConnectorMessenger } from '../../src/connector/connector-messenger';
import { anonymousTokenProvider } from '../../src/connector/token-provider';
import { createOutboxDispatcher, type OutboxDispatcherOptions } from '../../src/delivery/outbox-dispatcher';
import { createScanner } from '../../src/detection';
import { MODERATORS_CHANNEL_KEY, type ChannelSetting } from '../../src/moderation/channel-settings';
import { FlagDecisions } from '../../src/moderation/flag-decisions';
import { intakePost, type IncomingPost } from '../../src/moderation/flag-intake';
import type { ModerationDeps } from '../../src/moderation/moderation-deps';
import type { ConversationRef } from '../../src/ports/messenger';
import type { MessageRenderer } from '../../src/ports/outbox-message';
import type { Store } from '../../src/ports/store';
import { storeAdapters, useTestStore } from '../support/test-store';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { FakeClock } from './fake-time';

const HOST = 'https://smba.trafficmanager.net';
const MODS = '19:mods@thread.tacv2';
const modsRef: ConversationRef = { serviceUrl: `${HOST}/uk/`, conversationId: MODS, channelId: 'msteams' };
const postPath = (conversationId: string) => `/uk/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
const moderators: ChannelSetting = { channelId: MODS, teamId: 'team-1', name: 'Moderators', conversationRef: modsRef, setBy: 'admin', setAt: '2026-11-01T00:00:00Z' };
const moderator = { id: 'mod-1', name: 'Mo Moderator', roles: new Set(['moderator'] as const) };
const scanner = createScanner({});

type Body = { attachments?: Array<{ content: Record<string, unknown> }> };
const cardOf = (body: unknown) => (body as Body).attachments![0]!.content;
/** The value of one fact on a card ("This poster, last 90 days" -> "0 confirmed, 2 open"). */
function fact(card: Record<string, unknown>, title: string): string | undefined {
  let found: string | undefined;
  JSON.stringify(card, (key, value: unknown) => {
    if (found === undefined && value && typeof value === 'object' && (value as { title?: unknown }).title === title && typeof (value as { value?: unknown }).value === 'string') found = (value as { value: string }).value;
    return value;
  });
  return found;
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe.each(storeAdapters)('cards rendered at delivery (%s)', (adapter) => {
  const clock = new FakeClock();
  const t = useTestStore(adapter, { clock });

  const depsOf = (store: Store): ModerationDeps => ({ store, clock, clausesFor: () => [], maskText: (text) => text.replace(/\d/g, '•') });
  function dispatcherFor(store: Store, over: Partial<OutboxDispatcherOptions> = {}) {
    return createOutboxDispatcher({
      store, clock, owner: 'test-1', sleep: clock.sleep,
      messenger: new ConnectorMessenger({ tokens: anonymousTokenProvider, clock }),
      backoff: { random: () => 0.5, baseMs: 1000, capMs: 60_000 },
      render: createOutboxRenderer({ moderation: depsOf(store) }),
      ...over,
    });
  }
  let posts = 0;
  function post(posterId: string, text: string): IncomingPost {
    posts += 1;
    return {
      deliveryKey: `d-${posts}`, conversationId: `19:watched;messageid=${posts}`, messageId: String(posts), channelId: '19:watched', channelName: 'General', teamId: 'team-1',
      deepLink: null, text, fileNames: [], findings: scanner.scan({ text }), poster: { aadObjectId: posterId, name: 'Pat Poster' },
    };
  }

  it('a flag card sent after the same poster is flagged again shows the count as it is then (no patched JSON)', async () => {
    const { store } = t();
    const deps = depsOf(store);
    await store.settings.set(MODERATORS_CHANNEL_KEY, moderators);
    const first = await intakePost(deps, post('poster-1', 'Ring me on 07700 900123 about the shift'));
    const second = await intakePost(deps, post('poster-1', 'Or email pat.poster@gmail.com instead'));
    expect([first.outcome, second.outcome]).toEqual(['flagged', 'flagged']);
    // What is queued says what to send, not how it looks.
    const queued = await store.outbox.get(first.flag!.cardOutboxId!);
    expect(queued).toMatchObject({ message: { kind: 'flag_card', flagId: first.flag!.id }, activity: null });

    const sent: Array<Record<string, unknown>> = [];
    nock(HOST).post(postPath(MODS)).times(2).reply((_uri, body) => (sent.push(cardOf(body)), [201, { id: `act-${sent.length}` }]));
    expect(await dispatcherFor(store).drainOnce()).toBe(2);
    for (const card of sent) expectValidAdaptiveCard(card);
    // Both cards carry the poster's record at sending time: two open flags. (Rendered at intake,
    // the first card would say "1 open" for good.)
    expect(sent.map((card) => fact(card, 'This poster, last 90 days'))).toEqual(['0 confirmed, 2 open', '0 confirmed, 2 open']);
    expect(JSON.stringify(sent[0])).toContain(first.flag!.id);
    expect(JSON.stringify(sent[0])).not.toContain('07700 900123'); // masked by the renderer's deps
    expect(await store.flags.get(first.flag!.id)).toMatchObject({ cardActivityId: 'act-1' });
  });

  it('card updates queued before a later decision all show the latest state, so every moderator sees the same card', async () => {
    const { store } = t();
    const deps = depsOf(store);
    await store.settings.set(MODERATORS_CHANNEL_KEY, moderators);
    const { flag } = await intakePost(deps, post('poster-2', 'Call 07700 900456 tonight'));
    nock(HOST).post(postPath(MODS)).reply(201, { id: 'card-1' });
    const d = dispatcherFor(store);
    expect(await d.drainOnce()).toBe(1);

    const decisions = new FlagDecisions(deps);
    expect((await decisions.addNote(moderator, flag!.id, 'Checked with the team')).ok).toBe(true);
    expect((await decisions.confirm(moderator, flag!.id)).ok).toBe(true);
    const updates: Array<Record<string, unknown>> = [];
    nock(HOST).put(`${postPath(MODS)}/card-1`).times(2).reply((_uri, body) => (updates.push(cardOf(body)), [200, {}]));
    expect(await d.drainOnce()).toBe(2);
    expect(updates).toHaveLength(2);
    // The note's update went out after the confirmation: it shows the confirmed flag, not the open one it was queued for.
    for (const card of updates) {
      expectValidAdaptiveCard(card);
      expect(JSON.stringify(card)).toContain('Confirmed: poster notified privately');
      expect(JSON.stringify(card)).toContain('Checked with the team');
    }
    expect(updates[0]).toEqual(updates[1]);
  });

  it('a 429 then 200 on a rendered card: retried after Retry-After, delivered once', async () => {
    const { store } = t();
    await store.settings.set(MODERATORS_CHANNEL_KEY, moderators);
    const { flag } = await intakePost(depsOf(store), post('poster-3', 'My number is 07700 900789'));
    const t0 = clock.ms();
    const hits: number[] = [];
    nock(HOST)
      .post(postPath(MODS)).reply(() => (hits.push(clock.ms()), [429, '', { 'Retry-After': '2' }]))
      .post(postPath(MODS)).reply(() => (hits.push(clock.ms()), [201, { id: 'act-9' }]));
    const d = dispatcherFor(store);
    expect(await d.drainOnce()).toBe(0);
    clock.advance(2000);
    expect(await d.drainOnce()).toBe(1);
    expect(hits.map((h) => h - t0)).toEqual([0, 2000]);
    expect(await store.outbox.get(flag!.cardOutboxId!)).toMatchObject({ status: 'sent', attempts: 2, sentActivityId: 'act-9' });
    expect(await d.drainOnce()).toBe(0);
  });

  it('a row from an older deployment, holding a rendered activity and no message, is delivered as stored', async () => {
    const { store, rawQuery } = t();
    const activity = { type: 'message', text: 'queued before the upgrade' };
    const [row] = await rawQuery(
      `INSERT INTO outbox (conversation_id, conversation_ref, kind, activity, purpose, next_attempt_at, created_at)
       VALUES ($1, $2::jsonb, 'send', $3::jsonb, 'reply', $4, $4) RETURNING id`,
      [MODS, JSON.stringify(modsRef), JSON.stringify(activity), clock.now()],
    );
    const bodies: unknown[] = [];
    nock(HOST).post(postPath(MODS)).reply((_uri, body) => (bodies.push(body), [201, { id: 'legacy-1' }]));
    expect(await dispatcherFor(store).drainOnce()).toBe(1);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject(activity);
    expect(await store.outbox.get(Number(row!.id))).toMatchObject({ status: 'sent', message: null, sentActivityId: 'legacy-1' });
  });

  it('a message whose flag is gone is recorded as failed with the reason, without calling Teams or retrying', async () => {
    const { store } = t();
    // No HTTP is mocked: a call to Teams would fail the connection and be retried, not recorded like this.
    const { item } = await store.outbox.enqueue({ conversationRef: modsRef, message: { kind: 'poster_notice', flagId: 'F-GONE00000' }, purpose: 'poster_notice' });
    const d = dispatcherFor(store);
    expect(await d.drainOnce()).toBe(0);
    expect(await store.outbox.get(item.id)).toMatchObject({ status: 'failed', attempts: 0, lastError: 'Flag F-GONE00000 no longer exists; nothing to send' });
    clock.advance(3_600_000);
    expect(await d.drainOnce()).toBe(0); // no crash loop: nothing is claimed again
    expect(await d.health()).toMatchObject({ pending: 0, failed: 1, lastError: { outboxId: item.id } });
  });

  it('a renderer that throws (the database blipped) is retried like a 5xx, then the card goes', async () => {
    const { store } = t();
    await store.settings.set(MODERATORS_CHANNEL_KEY, moderators);
    const { flag } = await intakePost(depsOf(store), post('poster-4', 'Text me on 07700 900321'));
    const real = createOutboxRenderer({ moderation: depsOf(store) });
    let calls = 0;
    const flaky: MessageRenderer = async (message) => {
      calls += 1;
      if (calls === 1) throw new Error('connection reset');
      return real(message);
    };
    nock(HOST).post(postPath(MODS)).reply(201, { id: 'act-r' });
    const d = dispatcherFor(store, { render: flaky });
    expect(await d.drainOnce()).toBe(0);
    expect(await store.outbox.get(flag!.cardOutboxId!)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'unexpected error: connection reset' });
    clock.advance(1000);
    expect(await d.drainOnce()).toBe(1);
    expect(await store.outbox.get(flag!.cardOutboxId!)).toMatchObject({ status: 'sent', sentActivityId: 'act-r' });
  });

  it('retention keeps a delivered message\'s kind alone; an admin retry of it is failed with the reason, not sent', async () => {
    const { store } = t();
    const { item } = await store.outbox.enqueue({ conversationRef: modsRef, message: { kind: 'reply', text: 'a sentence' }, purpose: 'reply' });
    await store.outbox.markFailed(item.id, 'HTTP 403');
    clock.advance(1000);
    expect(await store.outbox.purgeContentOlderThan(clock.now())).toBe(1);
    expect(await store.outbox.purgeContentOlderThan(clock.now())).toBe(0);
    expect((await store.outbox.get(item.id))?.message).toEqual({ kind: 'reply', purged: true });
    expect(await store.outbox.requeue(item.id)).toBe(true);
    expect(await dispatcherFor(store).drainOnce()).toBe(0);
    expect(await store.outbox.get(item.id)).toMatchObject({ status: 'failed', lastError: "the reply message's content was purged by retention" });
  });
});
