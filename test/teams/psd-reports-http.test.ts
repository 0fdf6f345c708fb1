import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardAction, channelMention, channelPost, MODERATORS_CHANNEL, personalMessage, PSD_CHANNEL, users, WATCHED_CHANNEL } from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';

describe('Professional Standards reports, exports and audit, over HTTP', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  let flagId: string;
  const period = () => ({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) });

  beforeAll(async () => {
    bot = await startBot({ env: { ADMIN_IDS: users.admin.aadObjectId, MODERATOR_IDS: users.mod.aadObjectId, PSD_IDS: users.psd.aadObjectId } });
    connector = captureConnector();
    await bot.post(channelMention('watch', { user: users.admin }));
    await bot.post(channelMention('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL }));
    await bot.post(channelMention('set psd', { user: users.admin, channelId: PSD_CHANNEL }));
    const post = channelPost('=HYPERLINK("http://evil") ring me on 07700 900123');
    await bot.post(post);
    await connector.waitFor(() => connector.cards().length >= 1);
    flagId = (await bot.store.flags.getByPostKey(post.conversation.id.split(';')[0]!, post.id, 'scan'))!.id;
    await bot.post(cardAction('flag.confirm', { flagId }, { user: users.mod }));
    // Let the poster notice go out before the tests start counting messages.
    await connector.waitFor((sent) => sent.some((s) => s.path.endsWith('/v3/conversations')));
    while ((await bot.store.outbox.health(new Date())).pending > 0) await new Promise((r) => setTimeout(r, 25));
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => {
    nock.cleanAll();
    connector = captureConnector();
  });

  it('refuses reports, exports and audits to non-PSD members and audits each attempt', async () => {
    for (const text of ['report', 'export csv', `audit ${flagId}`]) await bot.post(personalMessage(text, users.mod));
    await connector.waitFor((sent) => sent.length === 3);
    for (const { activity } of connector.posted()) expect(JSON.stringify(activity)).toContain('Professional Standards only');
    const refused = await bot.store.audit.list(period(), { action: 'command.refused' });
    expect(refused.filter((entry) => entry.actorId === users.mod.aadObjectId).map((entry) => entry.details.command)).toEqual(['report', 'export csv', 'audit']);
  });

  it('sends PSD a report card with figures, charts and a text fallback', async () => {
    await bot.post(channelMention('report 30d', { user: users.psd, channelId: PSD_CHANNEL }));
    await connector.waitFor(() => connector.cards().length === 1);
    const card = connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Chart.');
    expect(json).toContain('Posts scanned');
    expect(typeof card.fallbackText).toBe('string');
    expect(json).not.toContain('07700 900123');
    expect((await bot.store.audit.list(period(), { action: 'report.view' })).length).toBe(1);
  });

  it('rejects a malformed period with a friendly message', async () => {
    await bot.post(personalMessage('report 2026-13-45 yesterday', users.psd));
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(connector.posted()[0]!.activity)).toMatch(/report 30d|YYYY-MM-DD/);
  });

  const privateChat = (path: string) => decodeURIComponent(path).includes('a:1created-');
  const downloadLinksIn = (card: unknown) => [...JSON.stringify(card).matchAll(/http:\/\/[^"\s]+\/downloads\?t=[^"\s]+/g)].map((m) => new URL(m[0]));

  it('PSD commands typed in a general channel go to the requester privately, and the channel gets only "sent privately"', async () => {
    for (const text of ['report 7d', 'export csv 7d', `audit ${flagId}`]) {
      nock.cleanAll();
      connector = captureConnector();
      await bot.post(channelMention(text, { user: users.psd, channelId: WATCHED_CHANNEL }));
      await connector.waitFor((sent) => sent.some((s) => privateChat(s.path) && s.path.includes('/activities')) && sent.some((s) => decodeURIComponent(s.path).includes(WATCHED_CHANNEL)));
      const inChannel = connector.sent.filter((s) => decodeURIComponent(s.path).includes(WATCHED_CHANNEL));
      expect(inChannel).toHaveLength(1);
      expect(JSON.stringify(inChannel[0]!.body)).toContain("I've sent it to you privately");
      expect(JSON.stringify(inChannel[0]!.body)).not.toMatch(/downloads|attachments|Chart\.|consent/);
      const privately = connector.sent.filter((s) => privateChat(s.path));
      expect(JSON.stringify(privately)).toMatch(/application\/vnd\.microsoft\.(card\.adaptive|teams\.card\.file\.consent)/);
    }
  });

  it('export csv in the PSD channel sends the file consent card privately: no download link is posted anywhere', async () => {
    await bot.post(channelMention('export csv 7d', { user: users.psd, channelId: PSD_CHANNEL }));
    await connector.waitFor((sent) => sent.some((s) => privateChat(s.path) && JSON.stringify(s.body).includes('file.consent')));
    expect(JSON.stringify(connector.sent)).not.toContain('/downloads?t=');
    const inPsd = connector.sent.filter((s) => decodeURIComponent(s.path).includes(PSD_CHANNEL));
    expect(JSON.stringify(inPsd)).toContain("I've sent it to you privately");
  });

  it('the report card carries download links only in 1:1 chat; each link works once, as an attachment that cannot run', async () => {
    await bot.post(channelMention('report 7d', { user: users.psd, channelId: PSD_CHANNEL }));
    await connector.waitFor(() => connector.cards().length === 1);
    expect(downloadLinksIn(connector.cards()[0]!.card)).toEqual([]);

    nock.cleanAll();
    connector = captureConnector();
    await bot.post(personalMessage('report 7d', users.psd));
    await connector.waitFor(() => connector.cards().length === 1);
    const links = downloadLinksIn(connector.cards()[0]!.card);
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const link of links) {
      const path = `${link.pathname}${link.search}`;
      const tampered = await fetch(`${bot.baseUrl}${path.slice(0, -3)}abc`);
      expect(tampered.status).toBe(403);
      const download = await fetch(`${bot.baseUrl}${path}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
      const body = await download.text();
      expect(body).toContain(flagId);
      expect(body).not.toContain('07700 900123');
      if (download.headers.get('content-type')?.includes('text/csv')) expect(body).not.toMatch(/(^|,)=HYPERLINK/m);
      const again = await fetch(`${bot.baseUrl}${path}`);
      expect(again.status).toBe(410);
    }
    expect((await bot.store.audit.list(period(), { action: 'report.download' })).length).toBeGreaterThanOrEqual(1);
  });

  it('in 1:1 chat, export csv uses the Teams file consent card and uploads on accept', async () => {
    await bot.post(personalMessage('export csv', users.psd));
    await connector.waitFor((sent) => sent.length === 1);
    const consent = (connector.posted()[0]!.activity.attachments as Array<{ contentType: string; content: { acceptContext: unknown } }>)[0]!;
    expect(consent.contentType).toBe('application/vnd.microsoft.teams.card.file.consent');
    let uploaded = '';
    nock('https://upload.example.sharepoint.com').put('/personal/psd/export.csv').reply(201, (_uri, body) => {
      uploaded = String(body);
      return { id: 'file' };
    });
    const accept = await bot.post({
      ...cardAction('x', {}, { user: users.psd, personal: true }),
      name: 'fileConsent/invoke',
      value: { type: 'fileUpload', action: 'accept', context: consent.content.acceptContext, uploadInfo: { name: 'export.csv', uploadUrl: 'https://upload.example.sharepoint.com/personal/psd/export.csv', contentUrl: 'https://example.sharepoint.com/personal/psd/export.csv', uniqueId: 'abc', fileType: 'csv' } },
    });
    expect(accept.status).toBe(200);
    expect(uploaded).toContain(flagId);
    await connector.waitFor((sent) => sent.some((s) => JSON.stringify(s.body).includes('file.info')));
  });

  it('audit <flag id> shows the full history to PSD, and the viewing is itself audited', async () => {
    await bot.post(personalMessage(`audit ${flagId}`, users.psd));
    await connector.waitFor(() => connector.cards().length === 1);
    const card = connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Morgan Moderator');
    expect(json).toMatch(/confirmed/i);
    const views = await bot.store.audit.listForTarget(flagId);
    expect(views.some((entry) => entry.action === 'audit.view' && entry.actorId === users.psd.aadObjectId)).toBe(true);
  });
});
