import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelMention, channelPost, MODERATORS_CHANNEL, users, WATCHED_CHANNEL } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector } from '../support/connector-capture';
import { faultyStore, type Fault } from '../support/faulty-database';

/**
 * A store that fails writes (a full disk: SQLSTATE 53100) while reads and SELECT 1 still work.
 * Nothing may be acknowledged that was not stored: 5xx so Teams redelivers, /readyz 503 until a
 * write succeeds again, and the redelivered activity is then recorded once.
 */
describe('storage write failures', () => {
  let bot: BotHarness;
  let faults: Awaited<ReturnType<typeof faultyStore>>;
  const setFault = (fault: Fault) => faults.setFault(fault);

  beforeAll(async () => {
    faults = await faultyStore();
    bot = await startBot({ store: faults.store, env: { ADMIN_IDS: users.admin.aadObjectId } });
    const connector = captureConnector();
    await bot.post(channelMention('watch', { user: users.admin }));
    await bot.post(channelMention('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL, channelName: 'Moderators' }));
    await connector.waitFor((sent) => sent.length === 2);
  });
  afterAll(async () => {
    setFault('none');
    await bot.stop();
    await faults.close();
  });

  it('answers 5xx to a flag-worthy post on a full disk, reports not ready, and records it when redelivered', async () => {
    nock.cleanAll();
    const connector = captureConnector();
    const post = channelPost('Ring me on 07700 900123 about the rota');
    setFault('disk-full');
    const refused = await bot.post(post);
    expect(refused.status).toBe(503);
    expect(JSON.stringify(refused.body)).not.toMatch(/53100|No space|\.ts:\d+/);
    const notReady = await fetch(`${bot.baseUrl}/readyz`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { checks: { storage: { ok: boolean } } }).checks.storage.ok).toBe(false);
    expect(await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan')).toBeUndefined();

    setFault('none');
    expect((await fetch(`${bot.baseUrl}/readyz`)).status).toBe(200);
    expect((await bot.post(post)).status).toBe(200);
    expect(await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan')).toBeDefined();
    await connector.waitFor(() => connector.cards().some((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL)));
    expect(bot.logs.some((line) => line.msg === 'activity not processed' && line.code === 'STORAGE_UNAVAILABLE')).toBe(true);
  });

  it('answers 503 (not 500) to a personal message while writes fail', async () => {
    setFault('disk-full');
    try {
      const response = await bot.post({ ...channelMention('help', { user: users.sam }) });
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    } finally {
      setFault('none');
    }
  });

  it('answers /readyz with 503 within a bounded time when the database never replies', async () => {
    setFault('hang');
    try {
      const started = Date.now();
      const response = await fetch(`${bot.baseUrl}/readyz`);
      expect(response.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      setFault('none');
    }
  }, 20_000);
});
