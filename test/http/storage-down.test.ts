import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelPost, personalMessage } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector } from '../support/connector-capture';

/**
 * With the database gone, nothing may be acknowledged that was not stored: Teams must get a 5xx
 * so it redelivers, the user gets no half-answer, and /readyz reports the outage.
 */
describe('when the database is down', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot();
    await bot.store.close();
  });
  afterAll(async () => {
    await bot.stop().catch(() => undefined);
  });

  it('answers an inbound activity with 503 so Teams retries it, without a stack trace', async () => {
    nock.cleanAll();
    const connector = captureConnector();
    for (const activity of [personalMessage('can I upload files?'), channelPost('ring me on 07700 900123')]) {
      const response = await bot.post(activity);
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
      expect(JSON.stringify(response.body)).not.toMatch(/\bat \w+.*\.(ts|js):\d+/);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sent).toEqual([]);
  });

  it('reports not ready on /readyz with 503', async () => {
    const response = await fetch(`${bot.baseUrl}/readyz`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { checks: Record<string, { ok: boolean }> };
    expect(body.checks.storage?.ok).toBe(false);
    expect(body.checks.policy?.ok).toBe(true);
  });

  it('still answers /healthz (the process is up)', async () => {
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
  });
});
