import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/reports/build-report';
import { channelMention, channelPost, MODERATORS_CHANNEL, PSD_CHANNEL, users, WATCHED_CHANNEL } from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';

describe('live-incident and on-call posts, over HTTP', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  const period = () => ({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) });

  beforeAll(async () => {
    bot = await startBot({ env: { ADMIN_IDS: users.admin.aadObjectId, MODERATOR_IDS: users.mod.aadObjectId, PSD_IDS: users.psd.aadObjectId } });
    connector = captureConnector();
    await bot.post(channelMention('watch', { user: users.admin }));
    await bot.post(channelMention('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL, channelName: 'Moderators' }));
    await bot.post(channelMention('set psd', { user: users.admin, channelId: PSD_CHANNEL, channelName: 'PSD' }));
    await connector.waitFor((sent) => sent.length === 3);
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => {
    nock.cleanAll();
    connector = captureConnector();
  });
  afterEach(async () => {
    const deadline = Date.now() + 5_000;
    while ((await bot.store.outbox.health(new Date())).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  });

  /** Cards sent into a 1:1 chat the bot opened (POST /v3/conversations answers "a:1created-N"). */
  const privateCards = () => connector.cards().filter((c) => c.path.includes('a%3A1created') || c.path.includes('a:1created'));
  const moderatorCards = () => connector.cards().filter((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL));

  it('nudges the poster privately, quoting the clause and where such traffic belongs; nothing goes to the moderators', async () => {
    const post = channelPost("Control room can't raise the duty inspector, can someone walk round to the office?");
    expect((await bot.post(post)).status).toBe(200);
    await connector.waitFor(() => privateCards().length === 1);
    const create = connector.sent.find((s) => s.path.endsWith('/v3/conversations'))!;
    expect(JSON.stringify(create.body)).toContain(users.sam.id);
    const card = privateCards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('critical incidents or on-call issues');
    expect(json).toContain('use the control room, Airwave or the on-call procedure');
    expect(json).toContain('General chat');
    expect(json).not.toContain("can't raise the duty inspector");
    expect(moderatorCards()).toHaveLength(0);
    expect(await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan')).toBeUndefined();
    // A redelivery sends nothing more.
    expect((await bot.post(post)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(privateCards()).toHaveLength(1);
    expect(await bot.store.operationalNudges.counts(period())).toEqual({ nudged: 1, withCard: 0 });
  });

  it('leaves a report of a past incident alone', async () => {
    await bot.post(channelPost('Thanks to all units who attended the firearms incident in Hanley last night, brilliant work'));
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.sent).toHaveLength(0);
  });

  it('only admins choose the handling; "operational card" adds a moderators\' flag card, and the guidance line is theirs', async () => {
    await bot.post(channelMention('operational card', { user: users.sam }));
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(connector.posted()[0]!.activity)).toContain('only network admins');
    await bot.post(channelMention('operational card', { user: users.admin }));
    await bot.post(channelMention('operational guidance "Ring the force control room on 101 or use Airwave talkgroup 1."', { user: users.admin }));
    await connector.waitFor((sent) => sent.length === 3);
    expect(await bot.store.settings.get('operational.handling')).toEqual({ mode: 'nudge_and_card', guidance: 'Ring the force control room on 101 or use Airwave talkgroup 1.' });
    expect((await bot.store.audit.list(period(), { action: 'settings.operational' })).length).toBe(2);

    const post = channelPost('All units to the retail park, male with a knife, ongoing');
    await bot.post(post);
    await connector.waitFor(() => moderatorCards().length === 1 && privateCards().length === 1);
    const flag = await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan');
    expect(flag?.detectionTypes).toEqual(['operational_use']);
    expect(JSON.stringify(moderatorCards()[0]!.card)).toContain('critical incidents or on-call issues');
    expect(JSON.stringify(privateCards()[0]!.card)).toContain('Ring the force control room on 101');
    expect(JSON.stringify(privateCards()[0]!.card)).toContain('The moderators have also been told');
  });

  it('the PSD report carries the nudges, and the settings card the handling', async () => {
    const report = await buildReport(bot.store, { ...period(), label: 'test' }, new Date());
    expect(report.operationalNudges).toEqual({ nudged: 2, withCard: 1 });
    await bot.post(channelMention('settings', { user: users.admin }));
    await connector.waitFor(() => connector.cards().length === 1);
    expectValidAdaptiveCard(connector.cards()[0]!.card);
    expect(JSON.stringify(connector.cards()[0]!.card)).toContain('a private nudge to the poster and a card to the moderators');
  });
});
