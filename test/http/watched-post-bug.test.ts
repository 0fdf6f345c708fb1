import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/ports/store';
import { channelMention, channelPost, MODERATORS_CHANNEL, users, WATCHED_CHANNEL } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector } from '../support/connector-capture';
import { createTestStore, type TestStoreContext } from '../support/test-store';

/**
 * A bug (not a storage outage) while the bot scans a post in a watched channel. The poster never
 * spoke to the bot, so nobody in the channel is told "something went wrong"; the answer is 5xx so
 * Teams redelivers the post, and the redelivery is flagged and carded once. Before, the turn was
 * acknowledged with 200 and an error reply in the channel, and the flag was never stored.
 *
 * The bug is injected at the Store port (a plain TypeError from flag intake, as a broken adapter
 * would raise), not inside the bot.
 */
describe('a bug while scanning a watched post', () => {
  let bot: BotHarness;
  let backing: TestStoreContext;
  let bugArmed = false;

  function storeWithBug(store: Store): Store {
    const flagIntake: Store['flagIntake'] = {
      recordFlaggedPost: async (input) => {
        if (bugArmed) throw new TypeError("Cannot read properties of undefined (reading 'flagId')");
        return store.flagIntake.recordFlaggedPost(input);
      },
    };
    return new Proxy(store, {
      get(target, prop) {
        if (prop === 'flagIntake') return flagIntake;
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  beforeAll(async () => {
    backing = await createTestStore('pglite');
    bot = await startBot({ store: storeWithBug(backing.store), env: { ADMIN_IDS: users.admin.aadObjectId } });
    const connector = captureConnector();
    await bot.post(channelMention('watch', { user: users.admin }));
    await bot.post(channelMention('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL, channelName: 'Moderators' }));
    await connector.waitFor((sent) => sent.length === 2);
  });
  afterAll(async () => {
    await bot.stop();
    await backing.cleanup();
  });

  it('answers 5xx with no reply in the channel, and the redelivered post is flagged and carded once', async () => {
    nock.cleanAll();
    const connector = captureConnector();
    const post = channelPost('Ring me on 07700 900123 about the rota');

    bugArmed = true;
    const refused = await bot.post(post);
    expect(refused.status).toBe(500);
    expect(JSON.stringify(refused.body ?? '')).not.toMatch(/TypeError|flagId|\.ts:\d+/);
    expect(await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan')).toBeUndefined();

    bugArmed = false;
    expect((await bot.post(post)).status).toBe(200);
    expect(await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan')).toMatchObject({ state: 'open' });
    const cardsForPost = () => connector.cards().filter((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL) && JSON.stringify(c.card).includes(post.id));
    await connector.waitFor(() => cardsForPost().length > 0);
    expect(cardsForPost()).toHaveLength(1);
    // Nothing was said in the watched channel: neither an error nor anything else.
    expect(connector.posted().filter((p) => decodeURIComponent(p.path).includes(WATCHED_CHANNEL))).toEqual([]);
    expect(bot.logs.some((line) => line.msg === 'turn failed' && line.code === 'INTERNAL')).toBe(true);
  });
});
