import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVICE_URL } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector } from '../support/connector-capture';
import { createTestStore, type TestStoreContext } from '../support/test-store';

/**
 * After a SIGKILL, the restarted instance (same INSTANCE_ID) sends the cards it had claimed at
 * once, instead of waiting out its own 60 s leases. Another instance's live lease is left alone.
 */
describe('a restarted instance and its own leases', () => {
  let ctx: TestStoreContext | undefined;
  let bot: BotHarness | undefined;
  afterEach(async () => {
    await bot?.stop();
    await ctx?.cleanup();
    bot = undefined;
    ctx = undefined;
  });

  it('sends items leased by its previous life within 5 s of starting, and leaves another instance\'s lease', async () => {
    ctx = await createTestStore('pglite');
    const ref = (conversationId: string) => ({ serviceUrl: SERVICE_URL, conversationId, channelId: 'msteams' });
    const mine = await ctx.store.outbox.enqueue({ conversationRef: ref('19:mine@thread.tacv2'), activity: { type: 'message', text: 'claimed before the kill' }, purpose: 'reply' });
    const theirs = await ctx.store.outbox.enqueue({ conversationRef: ref('19:theirs@thread.tacv2'), activity: { type: 'message', text: 'held by a live instance' }, purpose: 'reply' });
    // The dead process claimed its item with a 60 s lease; another live instance holds the other one.
    expect(await ctx.store.outbox.claimDue('bot-a', new Date(), 1, { leaseMs: 60_000, skipConversations: [] })).toHaveLength(1);
    expect((await ctx.store.outbox.claimDue('bot-b', new Date(), 10, { leaseMs: 60_000 })).map((i) => i.id)).toEqual([theirs.item.id]);
    expect((await ctx.store.outbox.get(mine.item.id))?.leaseOwner).toBe('bot-a');

    nock.cleanAll();
    const connector = captureConnector();
    const started = Date.now();
    bot = await startBot({ store: ctx.store, env: { INSTANCE_ID: 'bot-a' } });
    await connector.waitFor((sent) => sent.some((r) => JSON.stringify(r.body).includes('claimed before the kill')), 5_000);
    expect(Date.now() - started).toBeLessThan(60_000);
    for (let i = 0; i < 100 && (await ctx.store.outbox.get(mine.item.id))?.status !== 'sent'; i += 1) await new Promise((r) => setTimeout(r, 50));
    expect((await ctx.store.outbox.get(mine.item.id))?.status).toBe('sent');
    expect((await ctx.store.outbox.get(theirs.item.id))?.status).toBe('pending');
    expect(connector.sent.some((r) => JSON.stringify(r.body).includes('held by a live instance'))).toBe(false);
  }, 90_000);
});
