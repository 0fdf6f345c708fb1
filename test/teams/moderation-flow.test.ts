import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cardAction, channelMention, channelPost, messageDelete, messageUpdate, MODERATORS_CHANNEL, PSD_CHANNEL, SERVICE_URL, TEAM_ID, users, WATCHED_CHANNEL,
} from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';

type InvokeBody = { statusCode: number; type: string; value: Record<string, unknown> | string };

describe('watched channels and the moderation workflow, over HTTP', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  const period = () => ({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) });

  beforeAll(async () => {
    bot = await startBot({
      env: { ADMIN_IDS: users.admin.aadObjectId, MODERATOR_IDS: `${users.mod.aadObjectId},${users.mod2.aadObjectId}`, PSD_IDS: users.psd.aadObjectId },
    });
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
  // Each test's card updates are delivered before the next test starts listening.
  afterEach(async () => {
    const deadline = Date.now() + 5_000;
    while ((await bot.store.outbox.health(new Date())).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  });

  const cardsTo = (conversationId: string) => connector.cards().filter((c) => decodeURIComponent(c.path).includes(conversationId));

  async function flagPost(text = 'Anyone free to cover my shift Saturday? Ring me on 07700 900123', extra: Parameters<typeof channelPost>[1] = {}) {
    const post = channelPost(text, extra);
    expect((await bot.post(post)).status).toBe(200);
    await connector.waitFor(() => cardsTo(MODERATORS_CHANNEL).length >= 1);
    const flag = await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan');
    expect(flag).toBeDefined();
    return { post, flag: flag! };
  }

  it('confirmed the admin commands in short replies', async () => {
    expect((await bot.store.watchedChannels.list()).map((c) => c.channelId)).toEqual([WATCHED_CHANNEL]);
    expect(await bot.store.settings.get('channel.moderators')).toMatchObject({ channelId: MODERATORS_CHANNEL });
  });

  it('refuses a non-admin politely and audits the attempt', async () => {
    await bot.post(channelMention('unwatch', { user: users.sam }));
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(connector.posted()[0]!.activity)).toContain('only network admins');
    expect(await bot.store.watchedChannels.isWatched(WATCHED_CHANNEL)).toBe(true);
    const audit = await bot.store.audit.list(period(), { action: 'command.refused' });
    expect(audit.some((entry) => entry.actorId === users.sam.aadObjectId)).toBe(true);
  });

  it('audits a refused revoke as a revoke, not a grant', async () => {
    await bot.post(channelMention('revoke moderator @Morgan', { user: users.sam, extraMentions: [users.mod] }));
    await connector.waitFor((sent) => sent.length === 1);
    const audit = await bot.store.audit.list(period(), { action: 'command.refused' });
    const mine = audit.filter((entry) => entry.actorId === users.sam.aadObjectId).map((entry) => (entry.details as { command?: string }).command);
    expect(mine).toContain('revoke moderator');
    expect(mine).not.toContain('grant moderator');
  });

  it('an appeal on a case the moderators have not decided yet says so, not that it is closed', async () => {
    const { flag } = await flagPost('ring me on 07700 900222 about the shift');
    const appeal = await bot.post(cardAction('poster.appeal', { flagId: flag.id, appealReason: 'It is the switchboard' }, { user: users.sam, personal: true }));
    expect(JSON.stringify(appeal.body)).toContain('not decided on this post yet');
    expect(JSON.stringify(appeal.body)).not.toContain('already closed');
    expect((await bot.store.flags.get(flag.id))!.state).toBe('open');
  });

  it('flags a post with a phone number and sends a masked card to the moderators channel', async () => {
    const { flag } = await flagPost();
    const [sent] = cardsTo(MODERATORS_CHANNEL);
    expectValidAdaptiveCard(sent!.card);
    const json = JSON.stringify(sent!.card);
    expect(json).toContain(flag.id);
    expect(json).toContain('Sam Example');
    expect(json).toContain('phone');
    expect(json).not.toContain('07700 900123');
    // The clause that fits a phone number in a channel post, from the policy's clause map (not the status-field clause).
    expect(json).toContain('not in the control of the Force');
    expect(json).not.toContain('use their status to publish personal information');
    expect(flag.detectionTypes).toContain('phone');
    expect(JSON.stringify(bot.logs)).not.toContain('900123');
  });

  it("shows on each card how many times its poster has been flagged in the last 90 days, this flag included", async () => {
    const casey = { id: '29:1CaseyCountCaseyCountCaseyCount01', name: 'Casey Count', aadObjectId: '6b1d3c0e-0000-4000-8000-0000000c0a01' };
    const factValue = (card: unknown) => {
      const found = JSON.stringify(card).match(/"title":"This poster, last 90 days","value":"([^"]*)"/);
      return found?.[1];
    };
    for (const [i, text] of ['Text me on 07700 900801', 'Or ring 07700 900802 after six'].entries()) {
      expect((await bot.post(channelPost(text, { user: casey }))).status).toBe(200);
      await connector.waitFor(() => cardsTo(MODERATORS_CHANNEL).length === i + 1);
    }
    expect(cardsTo(MODERATORS_CHANNEL).map((sent) => factValue(sent.card))).toEqual(['0 confirmed, 1 open', '0 confirmed, 2 open']);
    cardsTo(MODERATORS_CHANNEL).forEach((sent) => expectValidAdaptiveCard(sent.card));
    expect(await bot.store.flags.countForPoster(casey.aadObjectId, new Date(Date.now() - 90 * 86_400_000))).toBe(2);
  });

  it('ignores posts in unwatched channels and stores nothing', async () => {
    const post = channelPost('Ring me on 07700 900456', { channelId: '19:unwatched0000000000000000000000@thread.tacv2' });
    expect((await bot.post(post)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.sent).toEqual([]);
    expect(await bot.store.posts.get('19:unwatched0000000000000000000000@thread.tacv2', post.id)).toBeUndefined();
  });

  it('records a clean post without flagging it', async () => {
    const post = channelPost('Great work by the response team on Op Falcon this week');
    await bot.post(post);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.sent).toEqual([]);
    expect(await bot.store.posts.get(WATCHED_CHANNEL, post.id)).toMatchObject({ flagged: false });
  });

  it('flags uploaded files and names them on the card', async () => {
    const { flag } = await flagPost('Rota attached', {
      attachments: [{ contentType: 'reference', contentUrl: 'https://force.sharepoint.com/sites/x/Shared%20Documents/rota.xlsx', name: 'rota.xlsx' }],
    });
    expect(flag.detectionTypes).toContain('file_upload');
    expect(JSON.stringify(cardsTo(MODERATORS_CHANNEL)[0]!.card)).toContain('rota.xlsx');
  });

  it('processes a duplicate delivery once: one flag, one card', async () => {
    const post = channelPost('my number is 07700 900789');
    await bot.post(post);
    await bot.post(post);
    await connector.waitFor(() => cardsTo(MODERATORS_CHANNEL).length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(cardsTo(MODERATORS_CHANNEL)).toHaveLength(1);
  });

  it('dismiss: updates the card for everyone; a second moderator then sees who did it and nothing happens twice', async () => {
    const { flag } = await flagPost('Text me on 07700 900111 about the raffle');
    const response = await bot.post(cardAction('flag.dismiss', { flagId: flag.id, dismissReason: 'False positive' }, { user: users.mod }));
    const body = response.body as InvokeBody;
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(body.value)).toContain('Dismissed');
    await connector.waitFor((sent) => sent.some((s) => s.method === 'PUT'));
    const update = connector.sent.find((s) => s.method === 'PUT')!;
    expect(decodeURIComponent(update.path)).toContain(MODERATORS_CHANNEL);
    expect(JSON.stringify(update.body)).toContain('Dismissed');
    expect((await bot.store.flags.get(flag.id))!.state).toBe('dismissed');

    const before = connector.sent.length;
    const second = await bot.post(cardAction('flag.confirm', { flagId: flag.id }, { user: users.mod2 }));
    expect(JSON.stringify(second.body)).toContain('Already handled');
    expect(JSON.stringify(second.body)).toContain('Morgan Moderator');
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.sent.length).toBe(before);
    const actions = await bot.store.flagActions.listForFlag(flag.id);
    expect(actions.map((a) => a.action)).toEqual(['flagged', 'dismissed']);
    const audit = await bot.store.audit.listForTarget(flag.id);
    expect(audit.find((a) => a.action === 'flag.dismissed')).toMatchObject({ actorId: users.mod.aadObjectId, reason: 'False positive' });
  });

  it('refuses a non-moderator and leaves the card unchanged', async () => {
    const { flag } = await flagPost('call 07700 900222');
    const response = await bot.post(cardAction('flag.confirm', { flagId: flag.id }, { user: users.sam }));
    expect(response.body).toMatchObject({ statusCode: 403 });
    expect((await bot.store.flags.get(flag.id))!.state).toBe('open');
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sent.filter((s) => s.method === 'PUT')).toEqual([]);
  });

  it('confirm and notify: opens a private 1:1 chat with the poster and sends the notice there; the poster appeals', async () => {
    const { flag } = await flagPost('ring me on 07700 900333 x');
    await bot.post(cardAction('flag.confirm', { flagId: flag.id }, { user: users.mod }));
    await connector.waitFor((sent) => sent.some((s) => s.path.endsWith('/v3/conversations')) && connector.cards().some((c) => JSON.stringify(c.card).includes('poster.fixed')));
    const created = connector.sent.find((s) => s.path.endsWith('/v3/conversations'))!;
    expect(JSON.stringify(created.body)).toContain(users.sam.id);
    const notice = connector.cards().find((c) => JSON.stringify(c.card).includes('poster.fixed'))!;
    expect(decodeURIComponent(notice.path)).toContain('a:1created-');
    expect(decodeURIComponent(notice.path)).not.toContain(WATCHED_CHANNEL);
    expectValidAdaptiveCard(notice.card);
    expect(JSON.stringify(notice.card)).toContain('section 5');

    const appeal = await bot.post(cardAction('poster.appeal', { flagId: flag.id, appealReason: 'That is the force switchboard number' }, { user: users.sam, personal: true }));
    expect(JSON.stringify(appeal.body)).toContain('gone back to the moderators');
    const appealed = (await bot.store.flags.get(flag.id))!;
    expect(appealed.state).toBe('appealed');
    expect(appealed.appealReason).toBe('That is the force switchboard number');
    await connector.waitFor((sent) => sent.some((s) => s.method === 'PUT' && JSON.stringify(s.body).includes('switchboard')));

    const stranger = await bot.post(cardAction('poster.fixed', { flagId: flag.id }, { user: users.mod2, personal: true }));
    expect(stranger.body).toMatchObject({ statusCode: 403 });
  });

  it('escalate: requires a reason, then sends a PSD-only card with full context to the PSD channel', async () => {
    const { flag } = await flagPost('Victim is Jane Whitfield, DOB 09/12/1988, ring 07700 900444');
    const noReason = await bot.post(cardAction('flag.escalate', { flagId: flag.id }, { user: users.mod }));
    // The card comes back (nothing collapses or disappears) with a banner saying what is missing.
    expect(JSON.stringify(noReason.body)).toContain('A reason is required to escalate');
    expect((await bot.store.flags.get(flag.id))!.state).toBe('open');

    await bot.post(cardAction('flag.escalate', { flagId: flag.id, escalationReason: 'Victim details in an open channel' }, { user: users.mod }));
    await connector.waitFor(() => cardsTo(PSD_CHANNEL).length === 1);
    const psdCard = cardsTo(PSD_CHANNEL)[0]!.card;
    expectValidAdaptiveCard(psdCard);
    expect(JSON.stringify(psdCard)).toContain('Victim details in an open channel');
    expect(JSON.stringify(psdCard)).toContain('Professional Standards only');
    expect((await bot.store.flags.get(flag.id))!.state).toBe('escalated');
  });

  it('an edit that removes the problem resolves the flag as edited by author; a deletion resolves another', async () => {
    const { post, flag } = await flagPost('my mobile is 07700 900555');
    await bot.post(messageUpdate(post, 'my mobile is on the rota system'));
    const isUpdateOf = (id: string) => (s: { method: string; body: unknown }) => s.method === 'PUT' && JSON.stringify(s.body).includes(id);
    await connector.waitFor((sent) => sent.some(isUpdateOf(flag.id)));
    expect((await bot.store.flags.get(flag.id))!.state).toBe('resolved_edited');
    expect(JSON.stringify(connector.sent.find(isUpdateOf(flag.id))!.body)).toContain('edited by the author');

    const second = await flagPost('home number 01632 960123');
    await bot.post(messageDelete(second.post));
    await connector.waitFor((sent) => sent.some(isUpdateOf(second.flag.id)));
    expect((await bot.store.flags.get(second.flag.id))!.state).toBe('resolved_deleted');
  });

  it('rejects a card action with missing or tampered data and changes nothing', async () => {
    const { flag } = await flagPost('07700 900666 is my number');
    for (const data of [{}, { flagId: "F-1'; DROP TABLE flags;--" }, { flagId: 42 }]) {
      const response = await bot.post(cardAction('flag.dismiss', data, { user: users.mod }));
      expect(response.body).toMatchObject({ statusCode: 400 });
    }
    const missing = await bot.post(cardAction('flag.confirm', { flagId: 'F-ZZZZZZZZ' }, { user: users.mod }));
    expect(missing.body).toMatchObject({ statusCode: 404 });
    expect((await bot.store.flags.get(flag.id))!.state).toBe('open');
  });

  it('"Report this post": any member reports a post in any channel; moderators see the reporter; the reporter is thanked privately', async () => {
    const fetchTask = await bot.post({
      ...cardAction('x', {}, { user: users.sam, channelId: '19:other00000000000000000000000000@thread.tacv2' }),
      name: 'composeExtension/fetchTask',
      value: { commandId: 'reportPost', commandContext: 'message', messagePayload: { id: '1700000000001' } },
    });
    expect(JSON.stringify(fetchTask.body)).toContain('Report this post to the moderators');

    const submit = await bot.post({
      ...cardAction('x', {}, { user: users.sam, channelId: '19:other00000000000000000000000000@thread.tacv2' }),
      name: 'composeExtension/submitAction',
      value: {
        commandId: 'reportPost', commandContext: 'message', data: { reason: 'This names a victim' },
        messagePayload: { id: '1700000000001', body: { contentType: 'html', content: '<p>The victim Mr Kowalski lives at 14 Laburnum Grove</p>' }, from: { user: { id: '29:poster', displayName: 'Pat Poster', aadObjectId: '6b1d3c0e-0000-4000-8000-0000000000f1' } } },
      },
    });
    expect(JSON.stringify(submit.body)).toContain('Thank you');
    await connector.waitFor(() => cardsTo(MODERATORS_CHANNEL).length === 1);
    const card = JSON.stringify(cardsTo(MODERATORS_CHANNEL)[0]!.card);
    expect(card).toContain('Reported post');
    expect(card).toContain('Sam Example');
    expect(card).toContain('This names a victim');
    const flags = await bot.store.flags.listByPeriod({ ...period(), source: 'report' });
    // The author came from the reporter's payload only (the bot never scanned that post): shown as such.
    expect(flags.at(-1)).toMatchObject({ source: 'report', reporterId: users.sam.aadObjectId, posterName: 'Pat Poster (as reported, not verified)' });
    expect(flags.at(-1)!.posterId).toMatch(/^unverified:/);
  });

  it('"Report this post" refuses a javascript: link and does not take the author from the payload when the bot saw the post', async () => {
    const post = channelPost('Rota for Saturday is up on the board', { user: users.sam });
    expect((await bot.post(post)).status).toBe(200);
    const submit = await bot.post({
      ...cardAction('x', {}, { user: users.mod2, channelId: WATCHED_CHANNEL }),
      name: 'composeExtension/submitAction',
      value: {
        commandId: 'reportPost', commandContext: 'message', data: { reason: 'Looks off' },
        messagePayload: { id: post.id, linkToMessage: 'javascript:alert(document.cookie)//https://teams.microsoft.com/', body: { contentType: 'html', content: '<p>Rota for Saturday is up on the board</p>' }, from: { user: { id: users.admin.id, displayName: users.admin.name, aadObjectId: users.admin.aadObjectId } } },
      },
    });
    expect(JSON.stringify(submit.body)).toContain('Thank you');
    await connector.waitFor(() => cardsTo(MODERATORS_CHANNEL).length === 1);
    const card = cardsTo(MODERATORS_CHANNEL)[0]!.card;
    expect(JSON.stringify(card)).not.toContain('javascript:');
    const openUrl = JSON.stringify(card).match(/"Action\.OpenUrl"[^}]*"url":"([^"]+)"/)?.[1];
    if (openUrl) expect(openUrl.startsWith('https://teams.microsoft.com/')).toBe(true);
    const flags = await bot.store.flags.listByPeriod({ ...period(), source: 'report' });
    const reported = flags.find((f) => f.messageId === post.id)!;
    expect(reported.posterId).toBe(users.sam.aadObjectId);
    expect(reported.posterName).not.toContain(users.admin.name);
    expect(reported.deepLink ?? '').not.toContain('javascript:');
  });

  it('grant moderator @Name resolves the person through the Teams roster', async () => {
    const newMod = { id: '29:1NewModeratorNewModerator00000001', name: 'Nia New', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000e001' };
    nock(new URL(SERVICE_URL).origin).get(new RegExp(`/v3/conversations/${encodeURIComponent(TEAM_ID)}/members/.+`)).reply(200, { id: newMod.id, name: newMod.name, aadObjectId: newMod.aadObjectId });
    await bot.post(channelMention(`grant moderator <at>${newMod.name}</at>`, { user: users.admin, extraMentions: [newMod] }));
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(connector.posted()[0]!.activity)).toContain('Nia New is now a moderator');
    expect(await bot.store.roles.rolesOf(newMod.aadObjectId)).toContain('moderator');
  });

  it('settings: admins see the card, switch a detector off (then it no longer flags), and non-admins are refused', async () => {
    await bot.post(channelMention('settings', { user: users.admin }));
    await connector.waitFor(() => connector.cards().length === 1);
    const card = connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    expect(JSON.stringify(card)).toContain('Delivery health');

    const refused = await bot.post(cardAction('settings.detector', { detectorType: 'ip_address', enabled: false }, { user: users.mod }));
    expect(refused.body).toMatchObject({ statusCode: 403 });
    const unknown = await bot.post(cardAction('settings.detector', { detectorType: 'everything', enabled: false }, { user: users.admin }));
    expect(unknown.body).toMatchObject({ statusCode: 400 });

    const before = channelPost('The new CCTV server is on 10.12.4.76, login details to follow');
    await bot.post(before);
    await connector.waitFor(() => connector.cards().length === 2);
    expect((await bot.store.flags.getByPostKey(WATCHED_CHANNEL, before.id, 'scan'))?.detectionTypes).toContain('ip_address');

    const off = await bot.post(cardAction('settings.detector', { detectorType: 'ip_address', enabled: false }, { user: users.admin }));
    expect(JSON.stringify(off.body)).toContain('IP address: **Off**');
    const post = channelPost('The new CCTV server is on 10.12.4.77, login details to follow');
    await bot.post(post);
    await new Promise((r) => setTimeout(r, 300));
    expect(await bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan')).toBeUndefined();
    await bot.post(cardAction('settings.detector', { detectorType: 'ip_address', enabled: true }, { user: users.admin }));
    expect((await bot.store.audit.list(period(), { action: 'settings.detector' })).length).toBe(2);
  });
});
