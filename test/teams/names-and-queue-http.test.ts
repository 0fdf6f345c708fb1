/**
 * Issue 15 over HTTP: names from the Teams API (GET /v3/teams/{id}/conversations and
 * /v3/teams/{id}, stubbed with nock) on cards and notices, renames, the PSD/moderators
 * separation, the moderator queue, the appeal card, and typed reasons that are never lost.
 * Channel messages carry no channel name here, as in real Teams.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BOT, cardAction, channelMention, channelPost, MODERATORS_CHANNEL, PSD_CHANNEL, SERVICE_URL, TEAM_ID, TENANT_ID, users, WATCHED_CHANNEL } from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';
import { exportReport } from '../../src/reports/export-report';
import { parseCsv } from '../reports/support/parse-csv';

/** As Teams sends them: channel messages name neither the channel nor (reliably) the team. */
function unnamed<T extends { channelData: Record<string, unknown> }>(activity: T): T {
  const channelData = activity.channelData as { channel?: { id: string; name?: string }; team?: { id: string; name?: string } };
  if (channelData.channel) delete channelData.channel.name;
  if (channelData.team) delete channelData.team.name;
  return activity;
}

/** Card text escapes Markdown characters ("\\("); compare what a reader sees. */
const unescaped = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)).replace(/\\\\/g, '');

function placeEvent(eventType: 'channelRenamed' | 'teamRenamed' | 'channelDeleted', channel: { id: string; name?: string }, teamName = 'Force Network') {
  return {
    type: 'conversationUpdate', id: `f:${randomUUID()}`, timestamp: new Date().toISOString(), channelId: 'msteams', serviceUrl: SERVICE_URL,
    from: { id: users.admin.id, name: users.admin.name, aadObjectId: users.admin.aadObjectId }, recipient: { ...BOT },
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: TEAM_ID },
    channelData: { eventType, channel, team: { id: TEAM_ID, name: teamName }, tenant: { id: TENANT_ID } },
  };
}

describe('names, renames, PSD separation, queue and appeals, over HTTP', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  const teamsApiCalls: string[] = [];

  function stubTeamsApi() {
    nock(new URL(SERVICE_URL).origin)
      .persist()
      .get(/\/v3\/teams\/[^/]+\/conversations$/)
      .reply((path) => {
        teamsApiCalls.push(path);
        // General has no name in this list: Teams leaves it out.
        return [200, { conversations: [{ id: TEAM_ID }, { id: WATCHED_CHANNEL, name: 'Response Team' }, { id: MODERATORS_CHANNEL, name: 'Corporate Comms Moderators' }, { id: PSD_CHANNEL, name: 'PSD Private' }] }];
      })
      .get(/\/v3\/teams\/[^/]+$/)
      .reply((path) => {
        teamsApiCalls.push(path);
        return [200, { id: TEAM_ID, name: 'Force Network', aadGroupId: '7ea40000-0000-4000-8000-000000000001' }];
      });
  }

  const say = async (text: string, options: Parameters<typeof channelMention>[1]) => {
    const before = connector.posted().length;
    expect((await bot.post(unnamed(channelMention(text, options)))).status).toBe(200);
    await connector.waitFor(() => connector.posted().length > before);
    return JSON.stringify(connector.posted().at(-1)!.activity);
  };
  const cardsTo = (conversationId: string) => connector.cards().filter((c) => decodeURIComponent(c.path).includes(conversationId));
  async function flagPost(text: string) {
    const before = cardsTo(MODERATORS_CHANNEL).length;
    const post = unnamed(channelPost(text));
    expect((await bot.post(post)).status).toBe(200);
    await connector.waitFor(() => cardsTo(MODERATORS_CHANNEL).length > before);
    return { post, flag: (await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan'))!, card: cardsTo(MODERATORS_CHANNEL).at(-1)!.card };
  }

  beforeAll(async () => {
    bot = await startBot({ env: { ADMIN_IDS: users.admin.aadObjectId, MODERATOR_IDS: users.mod.aadObjectId, PSD_IDS: users.psd.aadObjectId } });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => {
    nock.cleanAll();
    connector = captureConnector();
    stubTeamsApi();
  });
  afterEach(async () => {
    const deadline = Date.now() + 5_000;
    while ((await bot.store.outbox.health(new Date())).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  });

  it('resolves channel and team names through the Teams API when a channel is watched or set', async () => {
    expect(await say('watch', { user: users.admin })).toContain('Now watching “Response Team” in Force Network');
    expect(teamsApiCalls.some((p) => decodeURIComponent(p).includes(`/v3/teams/${TEAM_ID}/conversations`))).toBe(true);
    expect(await bot.store.watchedChannels.get(WATCHED_CHANNEL)).toMatchObject({ name: 'Response Team', teamName: 'Force Network' });
    expect(await say('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL })).toContain('“Corporate Comms Moderators” in Force Network is now the moderators’ channel');
  });

  it('names the General channel "General" although Teams lists it without a name', async () => {
    expect(await say('watch', { user: users.admin, channelId: TEAM_ID })).toContain('“General” in Force Network');
    await say('unwatch', { user: users.admin, channelId: TEAM_ID });
  });

  it('refuses to make the moderators’ channel the PSD channel, and the PSD channel the moderators’ one', async () => {
    const refused = await say('set psd', { user: users.admin, channelId: MODERATORS_CHANNEL });
    expect(refused).toContain('cannot also be the Professional Standards channel');
    expect(await bot.store.settings.get('channel.psd')).toBeUndefined();
    expect((await bot.store.audit.listForTarget(MODERATORS_CHANNEL)).some((a) => a.action === 'command.refused')).toBe(true);
  });

  it('flag card names the channel and team the post came from; the poster record counts only confirmed and open flags', async () => {
    const { card } = await flagPost('Anyone free Saturday? Ring me on 07700 900123');
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('"title":"Channel","value":"Response Team"');
    expect(json).toContain('"title":"Team","value":"Force Network"');
    expect(json).not.toContain('this channel');
    expect(json).toContain('"title":"This poster, last 90 days","value":"0 confirmed, 1 open"');
    expect(json).toMatch(/"color":"Attention"[^}]*|Status: Open/);
  });

  it('a failed escalation (no PSD channel) gives the card back with the typed reason still in the form', async () => {
    const { flag } = await flagPost('Victim lives at 12 Elm Road, ST16 2DJ');
    const response = await bot.post(cardAction('flag.escalate', { flagId: flag.id, escalationReason: 'Victim address in an open channel' }, { user: users.mod }));
    const body = JSON.stringify(response.body);
    expect(body).toContain('no Professional Standards channel is set');
    expect(body).toContain('"id":"escalationReason"');
    expect(body).toContain('"value":"Victim address in an open channel"');
    expectValidAdaptiveCard((response.body as { value: Record<string, unknown> }).value);
    expect((await bot.store.flags.get(flag.id))!.state).toBe('open');

    expect(await say('set psd', { user: users.admin, channelId: PSD_CHANNEL })).toContain('“PSD Private” in Force Network is now the Professional Standards channel');
    expect(await say('set moderators', { user: users.admin, channelId: PSD_CHANNEL })).toContain('cannot also be the moderators’ channel');
    expect(await bot.store.settings.get('channel.moderators')).toMatchObject({ channelId: MODERATORS_CHANNEL });
  });

  it('dismiss keeps the chosen category and the typed details, on the card and in the CSV; no reason points at the field', async () => {
    const { flag } = await flagPost('Call the desk on 07700 900777');
    const empty = await bot.post(cardAction('flag.dismiss', { flagId: flag.id }, { user: users.mod }));
    expect(JSON.stringify(empty.body)).toContain('Please choose a reason under Dismiss → “Reason”');
    expect((await bot.store.flags.get(flag.id))!.state).toBe('open');

    const response = await bot.post(cardAction('flag.dismiss', { flagId: flag.id, dismissReason: 'Work contact details (acceptable)', dismissReasonText: 'It is the front desk line' }, { user: users.mod }));
    const card = (response.body as { value: Record<string, unknown> }).value;
    expectValidAdaptiveCard(card);
    expect(unescaped(card)).toContain('Work contact details (acceptable): It is the front desk line');
    const stored = (await bot.store.flags.get(flag.id))!;
    expect(stored.dismissReason).toBe('Work contact details (acceptable): It is the front desk line');
    const csv = await exportReport(bot.store, { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) }, 'csv', new Date(), () => undefined);
    const [header, ...rows] = parseCsv(String(csv.body));
    const row = rows.find((r) => r[0] === flag.id)!;
    expect(row[header!.indexOf('Dismiss reason')]).toBe('Work contact details (acceptable): It is the front desk line');
    expect(row[header!.indexOf('Channel')]).toBe('Response Team');
    expect(row[header!.indexOf('Team')]).toBe('Force Network');
  });

  it('queue: moderators get the open and appealed flags oldest first with age, type, channel and a link to each card', async () => {
    const waiting = await bot.store.flags.listByState(['open', 'appealed']);
    expect(waiting.length).toBeGreaterThanOrEqual(2);
    const reply = await say('queue', { user: users.mod, channelId: MODERATORS_CHANNEL });
    const card = connector.cards().at(-1)!.card;
    expectValidAdaptiveCard(card);
    expect(reply).toContain(`${waiting.length} flags waiting`);
    const order = waiting.map((flag) => reply.indexOf(flag.id));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(unescaped(reply)).toContain('a phone number in Response Team (Force Network)');
    expect(reply).toMatch(/waiting (under an hour|\d+ hours?)/);
    expect(reply).toContain(`https://teams.microsoft.com/l/message/${encodeURIComponent(MODERATORS_CHANNEL)}/`);

    expect(await say('queue', { user: users.sam })).toContain('for moderators only');
  });

  it('renames follow: a renamed channel and team show their new names on the next card and in the store', async () => {
    const { flag } = await flagPost('Ring 07700 900888 for the rota');
    expect((await bot.post(placeEvent('channelRenamed', { id: WATCHED_CHANNEL, name: 'Response and Patrol' }))).status).toBe(200);
    expect((await bot.post(placeEvent('teamRenamed', { id: TEAM_ID }, 'Staffs Police Network'))).status).toBe(200);
    expect(await bot.store.flags.get(flag.id)).toMatchObject({ channelName: 'Response and Patrol', teamName: 'Staffs Police Network' });
    expect(await bot.store.watchedChannels.get(WATCHED_CHANNEL)).toMatchObject({ name: 'Response and Patrol', teamName: 'Staffs Police Network' });
    const refreshed = await bot.post(cardAction('flag.refresh', { flagId: flag.id }, { user: users.mod }));
    expect(JSON.stringify(refreshed.body)).toContain('"title":"Channel","value":"Response and Patrol"');
    expect(JSON.stringify(refreshed.body)).toContain('"title":"Team","value":"Staffs Police Network"');
    const { card } = await flagPost('And 07700 900889 after six');
    expect(JSON.stringify(card)).toContain('Response and Patrol');
  });

  it('confirm: the notice names the channel, date and masked value; an appeal posts a new short card linking the original', async () => {
    const { flag } = await flagPost('my mobile is 07700 900923 if anyone wants to swap');
    await connector.waitFor(() => connector.sent.length > 0);
    await bot.post(cardAction('flag.confirm', { flagId: flag.id }, { user: users.mod }));
    await connector.waitFor(() => connector.cards().some((c) => JSON.stringify(c.card).includes('poster.fixed')));
    const notice = connector.cards().find((c) => JSON.stringify(c.card).includes('poster.fixed'))!.card;
    expectValidAdaptiveCard(notice);
    const text = JSON.stringify(notice);
    expect(text).toContain('Response and Patrol (Staffs Police Network)');
    expect(text).toContain('a phone number, 07700 9•••23');
    expect(text).not.toContain('900923');
    expect(text).toMatch(/on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ at \d\d:\d\d/);
    expect(text).toContain('What to do next');
    expect(text).toContain('not in the control of the Force');
    expect(text).toContain('Action.OpenUrl');

    const cardActivityId = (await bot.store.flags.get(flag.id))!.cardActivityId;
    const postsBefore = connector.posted().length;
    await bot.post(cardAction('poster.appeal', { flagId: flag.id, appealReason: 'That is the station switchboard' }, { user: users.sam, personal: true }));
    await connector.waitFor(() => connector.posted().slice(postsBefore).some((p) => JSON.stringify(p.activity).includes(`Appeal on ${flag.id}`)));
    const appeal = connector.posted().slice(postsBefore).find((p) => JSON.stringify(p.activity).includes(`Appeal on ${flag.id}`))!;
    expect(decodeURIComponent(appeal.path)).toContain(MODERATORS_CHANNEL);
    const appealCard = (appeal.activity.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content;
    expectValidAdaptiveCard(appealCard);
    expect(JSON.stringify(appealCard)).toContain('That is the station switchboard');
    expect(JSON.stringify(appealCard)).toContain(`/l/message/${encodeURIComponent(MODERATORS_CHANNEL)}/${cardActivityId}`);
  });

  it('settings: role holders set by id in configuration are named from one paged team roster read, and one the roster lacks says so', async () => {
    const pagedCalls: string[] = [];
    const memberCalls: string[] = [];
    // Two pages, as Teams pages a large team: the admin on the first, the moderator on the second; PSD on neither.
    const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `29:filler-${i}`, name: `Staff ${i}`, aadObjectId: `f0000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const pages: Record<string, { members: unknown[]; continuationToken?: string }> = {
      first: { members: [...filler(3), { id: users.admin.id, name: users.admin.name, aadObjectId: users.admin.aadObjectId }], continuationToken: 'page-2' },
      'page-2': { members: [{ id: users.mod.id, name: users.mod.name, aadObjectId: users.mod.aadObjectId }, ...filler(2)] },
    };
    nock(new URL(SERVICE_URL).origin)
      .persist()
      .get(/\/v3\/conversations\/[^/]+\/pagedmembers/)
      .reply((path) => {
        pagedCalls.push(decodeURIComponent(path));
        const token = new URL(path, SERVICE_URL).searchParams.get('continuationToken') ?? 'first';
        return [200, pages[token]];
      })
      .get(/\/v3\/conversations\/[^/]+\/members\/[^/]+$/)
      .reply((path) => {
        memberCalls.push(path);
        return [404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } }];
      });
    const reply = await say('settings', { user: users.admin });
    const card = connector.cards().at(-1)!.card;
    expectValidAdaptiveCard(card);
    // One roster read of the team's conversation, page by page: two requests for three holders, none per holder.
    expect(pagedCalls).toHaveLength(2);
    expect(pagedCalls.every((p) => p.includes(`/v3/conversations/${TEAM_ID}/pagedmembers`))).toBe(true);
    expect(pagedCalls[1]).toContain('continuationToken=page-2');
    expect(memberCalls).toEqual([]);
    expect(reply).toContain('"title":"Admin","value":"Alex Admin (set in configuration)"');
    expect(reply).toContain('"title":"Moderator","value":"Morgan Moderator (set in configuration)"');
    expect(reply).toContain('"title":"Professional Standards","value":"Name not found in this team (set in configuration)"');
    expect(JSON.stringify(card)).not.toContain(users.admin.aadObjectId.slice(0, 8));
  });

  it('settings: a roster the bot may not read (403) leaves the names out but still shows the card', async () => {
    let pagedCalls = 0;
    nock(new URL(SERVICE_URL).origin)
      .persist()
      .get(/\/v3\/conversations\/[^/]+\/pagedmembers/)
      .reply(() => {
        pagedCalls += 1;
        return [403, { error: { code: 'BotNotInConversationRoster', message: 'forbidden' } }];
      });
    const reply = await say('settings', { user: users.admin });
    expectValidAdaptiveCard(connector.cards().at(-1)!.card);
    expect(pagedCalls).toBe(1);
    expect(reply).toContain('"title":"Admin","value":"Name not found in this team (set in configuration)"');
  });

  it('in a channel the bot replies only when asked: no reply to remarks that @mention it, nor to chat that does not', async () => {
    const replies = () => connector.posted().filter((p) => decodeURIComponent(p.path).includes(WATCHED_CHANNEL)).length;
    const before = replies();
    // A turn's reply is sent before its HTTP answer, so anything the bot said is already captured.
    for (const remark of ['thanks, that sorted it', 'cc for visibility', 'nice one everyone']) {
      expect((await bot.post(unnamed(channelMention(remark, { user: users.sam })))).status).toBe(200);
    }
    expect((await bot.post(unnamed(channelPost('Morning all, is anyone in the office today?', { user: users.sam })))).status).toBe(200);
    expect(replies()).toBe(before);
    expect(bot.logs.filter((line) => line.msg === 'channel mention is not a question; no reply')).toHaveLength(3);
    // The same place answers a question that is asked of it.
    const answer = await say('can I share a photo of my team on the network?', { user: users.sam });
    expect(replies()).toBe(before + 1);
    expect(answer).toContain('Was this helpful?');
  });

  it('a deleted channel stops being watched', async () => {
    expect((await bot.post(placeEvent('channelDeleted', { id: WATCHED_CHANNEL }))).status).toBe(200);
    expect(await bot.store.watchedChannels.isWatched(WATCHED_CHANNEL)).toBe(false);
  });
});
