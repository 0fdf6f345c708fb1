import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { samplePosition } from '../../src/app/sample-selector';
import { buildReport } from '../../src/reports/build-report';
import { renderReportHtml } from '../../src/reports/html-export';
import { renderJson } from '../../src/reports/json-export';
import { cardAction, channelMention, channelPost, MODERATORS_CHANNEL, PSD_CHANNEL, users, WATCHED_CHANNEL } from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';

type InvokeBody = { statusCode: number; type: string; value: Record<string, unknown> | string };

/** Everyday posts the detectors leave alone, varied so nothing depends on one wording. */
const CLEAN = [
  'The canteen is closed this afternoon for a deep clean',
  'Well done to everyone who ran the charity 10k at the weekend',
  'Reminder that the new parking permits start next month',
  'Has anyone got tips for the sergeants exam revision?',
  'Great turnout at the community engagement day yesterday',
  'Our team quiz raised a good amount for the local hospice',
];

describe('dip-sampling, over HTTP', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  let key: string;
  const posts: Array<ReturnType<typeof channelPost>> = [];
  const period = () => ({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) });

  beforeAll(async () => {
    bot = await startBot({ env: { ADMIN_IDS: users.admin.aadObjectId, MODERATOR_IDS: `${users.mod.aadObjectId},${users.mod2.aadObjectId}`, PSD_IDS: users.psd.aadObjectId } });
    connector = captureConnector();
    await bot.post(channelMention('watch', { user: users.admin }));
    await bot.post(channelMention('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL, channelName: 'Moderators' }));
    await bot.post(channelMention('set psd', { user: users.admin, channelId: PSD_CHANNEL, channelName: 'PSD' }));
    await connector.waitFor((sent) => sent.length === 3);
    key = (await bot.store.settings.get<string>('sampling.key'))!;
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

  const sampleCards = () => connector.cards().filter((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL) && c.method === 'POST' && JSON.stringify(c.card).includes('Dip sample S-'));
  const sampleIdOf = (card: Record<string, unknown>) => /Dip sample (S-[0-9A-Z]+)/.exec(JSON.stringify(card))?.[1];
  const sampleIds: string[] = [];

  it('the migration stored one random key that every instance reads', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is off by default, and only admins may change it (refusals audited)', async () => {
    await bot.post(channelPost(CLEAN[0]!));
    expect((await bot.store.dipSamples.counts(period())).sampled).toBe(0);
    await bot.post(channelMention('sample 10%', { user: users.sam }));
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(connector.posted()[0]!.activity)).toContain('only network admins');
    expect(await bot.store.settings.get('sampling.dip')).toBeUndefined();
    expect((await bot.store.audit.list(period(), { action: 'command.refused' })).some((a) => a.actorId === users.sam.aadObjectId && a.details.command === 'sample')).toBe(true);
  });

  it('an admin sets a rate and a cap; a bad value gets the syntax back', async () => {
    await bot.post(channelMention('sample 10% cap 500', { user: users.admin }));
    await bot.post(channelMention('sample lots', { user: users.admin }));
    await connector.waitFor((sent) => sent.length === 2);
    const [ok, bad] = connector.posted().map((p) => JSON.stringify(p.activity));
    expect(ok).toContain('10% of unflagged posts');
    expect(bad).toContain('for example');
    expect(await bot.store.settings.get('sampling.dip')).toMatchObject({ ratePercent: 10, weeklyCap: 500 });
    expect((await bot.store.audit.list(period(), { action: 'settings.sampling' })).at(-1)?.details).toMatchObject({ ratePercent: 10, weeklyCap: 500, previousRatePercent: 0 });
  });

  it('samples exactly the posts whose keyed hash falls under the rate, each sent as a Dip sample card', async () => {
    for (let i = 0; i < 120; i++) {
      const post = channelPost(`${CLEAN[i % CLEAN.length]!} (${i})`);
      posts.push(post);
      expect((await bot.post(post)).status).toBe(200);
    }
    const expected = posts.filter((p) => samplePosition(key, p.id) < 0.1).map((p) => p.id).sort();
    // 120 posts at 10%: a keyed hash that was not uniform would rarely land in this range.
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.length).toBeLessThanOrEqual(25);
    await connector.waitFor(() => sampleCards().length === expected.length);
    const sampled: string[] = [];
    for (const post of posts) {
      const card = sampleCards().find((c) => JSON.stringify(c.card).includes(post.id));
      if (card) {
        sampled.push(post.id);
        sampleIds.push(sampleIdOf(card.card)!);
      }
    }
    expect(sampled.sort()).toEqual(expected);
    expect((await bot.store.dipSamples.counts(period())).sampled).toBe(expected.length);
    expect(await bot.store.flags.listByPeriod(period())).toHaveLength(0);
    const card = sampleCards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Sam Example');
    expect(json).toContain('General chat');
    expect(json).toContain('"verb":"sample.fine"');
    expect(json).toContain('"verb":"sample.raise"');
    expect(json).toContain('Open the post');
    expect(JSON.stringify(bot.logs)).not.toContain('deep clean');
  });

  it('a redelivered post is never sampled twice and sends no second card', async () => {
    const before = (await bot.store.dipSamples.counts(period())).sampled;
    for (const post of posts) expect((await bot.post(post)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect((await bot.store.dipSamples.counts(period())).sampled).toBe(before);
    expect(sampleCards()).toHaveLength(0);
  });

  it('a command to the bot in a watched channel is not a staff post: never sampled, even when its id would be', async () => {
    // Teams ids are digits; take the first one at or after this that the keyed hash would pick at 10%.
    let id = 1732398200000;
    while (samplePosition(key, String(id)) >= 0.1) id++;
    const before = (await bot.store.dipSamples.counts(period())).sampled;
    await bot.post(channelMention('sample', { user: users.admin, id: String(id) }));
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(connector.posted()[0]!.activity)).toContain('10% of unflagged posts');
    // A question to the bot is still a staff post the detectors read, so it is sampled like any other.
    let questionId = id + 1;
    while (samplePosition(key, String(questionId)) >= 0.1) questionId++;
    await bot.post(channelMention('can I share a photo from the charity 10k?', { id: String(questionId) }));
    await connector.waitFor(() => sampleCards().length === 1);
    expect(JSON.stringify(sampleCards()[0]!.card)).toContain(String(questionId));
    sampleIds.push(sampleIdOf(sampleCards()[0]!.card)!);
    expect((await bot.store.dipSamples.counts(period())).sampled).toBe(before + 1);
  });

  const invokeBody = (res: { body: unknown }) => res.body as InvokeBody;

  it('"Fine" records the review, replaces the card for everyone, and a second moderator sees who got there first', async () => {
    const sampleId = sampleIds[0]!;
    const res = await bot.post(cardAction('sample.fine', { sampleId }, { user: users.mod }));
    expect(res.status).toBe(200);
    const body = invokeBody(res);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expectValidAdaptiveCard(body.value);
    expect(JSON.stringify(body.value)).toContain('fine, nothing to flag');
    expect(JSON.stringify(body.value)).not.toContain('"verb":"sample.fine"');
    expect(await bot.store.dipSamples.get(sampleId)).toMatchObject({ state: 'fine', reviewedBy: users.mod.aadObjectId, reviewedByName: users.mod.name });
    await connector.waitFor(() => connector.cards().some((c) => c.method === 'PUT' && JSON.stringify(c.card).includes(sampleId)));
    const again = invokeBody(await bot.post(cardAction('sample.fine', { sampleId }, { user: users.mod2 })));
    expect(JSON.stringify(again.value)).toContain('Morgan Moderator already reviewed this sample');
    expect((await bot.store.audit.listForTarget(sampleId)).map((a) => a.action)).toEqual(['sample.fine']);
  });

  it('"Raise a flag" opens an ordinary flag with the moderator as reporter, and its card goes to the moderators', async () => {
    const sampleId = sampleIds[1]!;
    const res = await bot.post(cardAction('sample.raise', { sampleId, flagType: 'operational_use', reason: 'Arranging cover for a live job' }, { user: users.mod2 }));
    expect(res.status).toBe(200);
    expect(JSON.stringify(invokeBody(res).value)).toMatch(/flag F-[0-9A-Z]+ raised/);
    const sample = await bot.store.dipSamples.get(sampleId);
    expect(sample).toMatchObject({ state: 'flagged' });
    const flag = await bot.store.flags.get(sample!.flagId!);
    expect(flag).toMatchObject({ source: 'report', state: 'open', reporterId: users.mod2.aadObjectId, posterName: 'Sam Example', channelId: WATCHED_CHANNEL });
    expect(flag!.detectionTypes).toEqual(['dip_sample', 'operational_use']);
    expect((await bot.store.postContent.get(flag!.id))?.text).toBe(sample!.text);
    await connector.waitFor(() => connector.cards().some((c) => c.method === 'POST' && JSON.stringify(c.card).includes(`Reported post ${flag!.id}`)));
    // The flag then follows the normal workflow.
    const confirm = await bot.post(cardAction('flag.confirm', { flagId: flag!.id }, { user: users.mod }));
    expect(JSON.stringify(confirm.body)).toContain('Confirmed');
  });

  it('refuses non-moderators and bad card data, changing nothing', async () => {
    const sampleId = sampleIds[2]!;
    const refused = invokeBody(await bot.post(cardAction('sample.fine', { sampleId }, { user: users.sam })));
    expect(refused.statusCode).toBe(403);
    const noReason = invokeBody(await bot.post(cardAction('sample.raise', { sampleId, flagType: 'other', reason: '' }, { user: users.mod })));
    expect(noReason.statusCode).toBe(400);
    const badType = invokeBody(await bot.post(cardAction('sample.raise', { sampleId, flagType: 'nonsense', reason: 'x' }, { user: users.mod })));
    expect(badType.statusCode).toBe(400);
    expect((await bot.store.dipSamples.get(sampleId))?.state).toBe('pending');
    expect((await bot.store.audit.listForTarget(sampleId)).map((a) => a.action)).toEqual(['sample.refused']);
  });

  it('the PSD report and its exports carry sampled, reviewed, found and the Wilson interval', async () => {
    await bot.post(channelMention('report 7d', { user: users.psd, channelId: PSD_CHANNEL }));
    await connector.waitFor(() => connector.cards().length === 1);
    const card = connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain(`"Dip samples taken","value":"${sampleIds.length}"`);
    expect(json).toContain('"Found to need a flag","value":"1"');
    // 1 of 2 reviewed: Wilson 95% is 9.5% to 90.5%.
    expect(json).toContain('50.0% (95% interval 9.5% to 90.5%, Wilson, n = 2)');
    const report = await buildReport(bot.store, { ...period(), label: 'test' }, new Date());
    expect(report.dipSampling).toMatchObject({ sampled: sampleIds.length, reviewed: 2, flagged: 1, pending: sampleIds.length - 2 });
    expect(JSON.parse(renderJson(report, [])).figures.dipSampling.interval95.low).toBeCloseTo(0.0945, 3);
    expect(renderReportHtml(report, [])).toContain('Dip-sampling of unflagged posts');
  });

  it('stops at the weekly cap, counted across the last 7 days', async () => {
    const taken = (await bot.store.dipSamples.counts(period())).sampled;
    await bot.post(channelMention(`sample 50% cap ${taken + 2}`, { user: users.admin }));
    for (let i = 0; i < 30; i++) await bot.post(channelPost(`${CLEAN[i % CLEAN.length]!} [${i}]`));
    expect((await bot.store.dipSamples.counts(period())).sampled).toBe(taken + 2);
  });

  it('the settings card shows the rate, the cap and how many were sampled', async () => {
    await bot.post(channelMention('settings', { user: users.admin }));
    await connector.waitFor(() => connector.cards().length === 1);
    const card = connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    expect(JSON.stringify(card)).toContain('Dip-sampling 50% of unflagged posts in watched channels');
  });
});
