import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nock from 'nock';
import { BOT, channelPost, membersAdded, messageUpdate, personalMessage } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector } from '../support/connector-capture';

describe('bad input at /api/messages', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await startBot({ env: { MAX_BODY_BYTES: '4096' } });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('answers 400 to a body that is not JSON, without echoing it', async () => {
    const response = await bot.post(undefined, { rawBody: '{"type": "message", oops 07700 900123' });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('07700');
    expect(response.body).toMatchObject({ code: 'BAD_REQUEST_BODY' });
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await bot.post(personalMessage('x'.repeat(10_000)));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ code: 'BODY_TOO_LARGE' });
  });

  it('answers 400 to JSON that is not an activity', async () => {
    for (const body of [{ hello: 'world' }, [1, 2, 3], { type: 'message', from: 'me' }, { ...personalMessage('hi'), serviceUrl: 'not a url' }]) {
      const response = await bot.post(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'INVALID_ACTIVITY' });
    }
  });

  it('answers 400 to an activity with no recipient, like other missing fields, and processes nothing', async () => {
    const connector = captureConnector();
    const { recipient: _dropped, ...noRecipient } = personalMessage('can I upload files?');
    const response = await bot.post(noRecipient);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'INVALID_ACTIVITY' });
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.sent).toEqual([]);
  });

  it('answers 400 to the fields handlers read that are not what Teams sends (a member without an id, a timestamp that is not text), and processes nothing', async () => {
    nock.cleanAll(); // earlier tests' captures would take the requests first
    const connector = captureConnector();
    const install = membersAdded({ personal: true });
    const noIds = await bot.post({ ...install, membersAdded: [{ id: BOT.id }, { name: 'no id' }] });
    const badTime = await bot.post({ ...messageUpdate(channelPost('see the attached'), 'edited'), timestamp: { when: 'now' } });
    for (const response of [noIds, badTime]) {
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'INVALID_ACTIVITY' });
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.sent).toEqual([]);
    // The same install with its member ids is welcomed once: the 400 came from the field, and the rejected one was never claimed.
    expect((await bot.post(install)).status).toBe(200);
    await connector.waitFor((sent) => sent.length >= 1);
    expect(connector.sent).toHaveLength(1);
  });

  it('ignores an unknown activity type with 200 and sends nothing', async () => {
    const connector = captureConnector();
    const response = await bot.post({ ...personalMessage('hi'), type: 'somethingNew' });
    expect(response.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(connector.sent).toEqual([]);
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${bot.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: Record<string, { ok: boolean }> };
    expect(body.checks.policy?.ok).toBe(true);
    expect(body.checks.storage?.ok).toBe(true);
    expect(body.checks.dispatcher?.ok).toBe(true);
  });
});
