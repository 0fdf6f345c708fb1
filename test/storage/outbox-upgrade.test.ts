/**
 * Upgrading to migration 010 (outbox messages) with cards already queued by the older version:
 * those rows hold a rendered activity and no message, and must still go out as stored.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorMessenger } from '../../src/connector/connector-messenger';
import { anonymousTokenProvider } from '../../src/connector/token-provider';
import { createOutboxDispatcher } from '../../src/delivery/outbox-dispatcher';
import { FakeClock } from '../delivery/fake-time';
import { skipUnlessAvailable } from '../support/postgres-only';
import { createTestStore, type StoreAdapter, type TestStoreContext } from '../support/test-store';

const HOST = 'https://smba.trafficmanager.net';
const ref = { serviceUrl: `${HOST}/uk/`, conversationId: '19:mods@thread.tacv2', channelId: 'msteams' };

/** Puts the schema back as it was before 010, as an older deployment left it. */
const BEFORE_010 = [
  'ALTER TABLE outbox DROP CONSTRAINT outbox_message_kind_ck',
  'ALTER TABLE outbox DROP CONSTRAINT outbox_content_ck',
  'ALTER TABLE outbox DROP COLUMN message',
  'ALTER TABLE outbox DROP COLUMN message_kind',
  'ALTER TABLE outbox ALTER COLUMN activity SET NOT NULL',
  'DELETE FROM schema_migrations WHERE version = 10',
];

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect('127.0.0.1');
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe.each(['pglite', 'postgres'] as StoreAdapter[])('outbox upgrade to messages (%s)', (adapter) => {
  let ctx: TestStoreContext | undefined;
  afterEach(async () => {
    await ctx?.cleanup();
    ctx = undefined;
  });

  it('a card queued as rendered JSON before the upgrade is delivered after it, as stored', { timeout: 120_000 }, async (test) => {
    skipUnlessAvailable(test, adapter);
    const clock = new FakeClock();
    ctx = await createTestStore(adapter, { clock, persistent: adapter === 'pglite' });
    for (const sql of BEFORE_010) await ctx.rawQuery(sql);
    const activity = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [] } }] };
    const [row] = await ctx.rawQuery(
      `INSERT INTO outbox (conversation_id, conversation_ref, kind, activity, purpose, next_attempt_at, created_at, dedupe_key)
       VALUES ($1, $2::jsonb, 'send', $3::jsonb, 'reply', $4, $4, 'queued-before-upgrade') RETURNING id`,
      [ref.conversationId, JSON.stringify(ref), JSON.stringify(activity), clock.now()],
    );
    const id = Number(row!.id);

    // The restart (or a second instance) runs the pending migration over the queued row.
    const store = adapter === 'pglite' ? await ctx.restart() : await ctx.openSecond();
    expect((await ctx.rawQuery('SELECT version FROM schema_migrations WHERE version = 10')).length).toBe(1);
    expect(await store.outbox.get(id)).toMatchObject({ status: 'pending', message: null, activity });
    // The dedupe key still turns away a second enqueue of the same thing.
    expect((await store.outbox.enqueue({ conversationRef: ref, message: { kind: 'reply', text: 'x' }, purpose: 'reply', dedupeKey: 'queued-before-upgrade' })).created).toBe(false);

    const bodies: unknown[] = [];
    nock(HOST).post(`/uk/v3/conversations/${encodeURIComponent(ref.conversationId)}/activities`).reply((_uri, body) => (bodies.push(body), [201, { id: 'act-old' }]));
    // No renderer at all: a stored activity needs none.
    const dispatcher = createOutboxDispatcher({ store, clock, owner: 'upgraded', sleep: clock.sleep, messenger: new ConnectorMessenger({ tokens: anonymousTokenProvider, clock }) });
    expect(await dispatcher.drainOnce()).toBe(1);
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject(activity);
    expect(await store.outbox.get(id)).toMatchObject({ status: 'sent', sentActivityId: 'act-old' });
  });
});
