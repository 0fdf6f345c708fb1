/**
 * External members in teams and leavers losing their roles, driven through POST /api/messages with
 * Teams-shaped conversationUpdate activities. Only the network edge is stubbed (nock): the
 * connector (captureConnector) and the Teams roster API (GET v3/conversations/{team}/members/{id}
 * and GET v3/conversations/{team}/pagedmembers), with every other host refused.
 */
import { randomUUID } from 'node:crypto';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/reports/build-report';
import { BOT, cardAction, channelMention, MODERATORS_CHANNEL, PSD_CHANNEL, SERVICE_URL, TEAM_ID, TENANT_ID, users, type TestUser } from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';

const PARTNER_TEAM = '19:9a27000000000000000000000000000@thread.tacv2';
const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';

interface RosterEntry {
  id: string;
  objectId?: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
  userRole?: string;
}

const guest = (n: number, domain: string): RosterEntry => ({
  id: `29:1Guest${n}GuestGuestGuestGuestGuestGuest`,
  objectId: `9e570000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
  name: `Guest Person ${n}`,
  email: `guest.person${n}@${domain}`,
  userPrincipalName: `guest.person${n}_${domain}#EXT#@force.onmicrosoft.com`,
  tenantId: TENANT_ID,
  userRole: 'guest',
});

const staff = (user: TestUser): RosterEntry => ({ id: user.id, objectId: user.aadObjectId, name: user.name, email: `${user.name.split(' ')[0]!.toLowerCase()}@staffordshire.police.uk`, tenantId: TENANT_ID, userRole: 'user' });

/** conversationUpdate with channelData.eventType 'teamMemberAdded', as Teams sends it when an owner adds someone. */
function teamMemberAdded(added: RosterEntry, options: { teamId?: string; teamName?: string; by?: TestUser } = {}) {
  const by = options.by ?? users.admin;
  const now = new Date().toISOString();
  const teamId = options.teamId ?? TEAM_ID;
  return {
    type: 'conversationUpdate',
    id: `f:${randomUUID()}`,
    timestamp: now,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: by.id, name: by.name, aadObjectId: by.aadObjectId },
    recipient: { ...BOT },
    membersAdded: [{ id: added.id, aadObjectId: added.objectId }],
    conversation: { isGroup: true, conversationType: 'channel', tenantId: TENANT_ID, id: teamId },
    channelData: { team: { id: teamId, name: options.teamName ?? 'Force Network', aadGroupId: '7ea40000-0000-4000-8000-000000000009' }, eventType: 'teamMemberAdded', tenant: { id: TENANT_ID } },
  };
}

/** The roster API for one team: single-member lookups and paged listing. Records each GET. */
function stubRoster(teamId: string, members: RosterEntry[], gets: string[], options: { status?: number; pageSize?: number } = {}) {
  const origin = new URL(SERVICE_URL).origin;
  const base = `/uk/v3/conversations/${encodeURIComponent(teamId)}`;
  const pageSize = options.pageSize ?? 500;
  return nock(origin)
    .persist()
    .get((uri) => uri.startsWith(`${base}/`))
    .reply((uri) => {
      gets.push(decodeURIComponent(uri));
      if (options.status) return [options.status, { error: { code: 'ServiceError', message: 'roster unavailable' } }];
      const url = new URL(uri, origin);
      if (url.pathname.endsWith('/pagedmembers')) {
        const start = Number(url.searchParams.get('continuationToken') ?? 0);
        const page = members.slice(start, start + pageSize);
        const next = start + pageSize < members.length ? String(start + pageSize) : undefined;
        return [200, { members: page, ...(next ? { continuationToken: next } : {}) }];
      }
      const id = decodeURIComponent(url.pathname.split('/members/')[1] ?? '');
      const member = members.find((m) => m.id === id || m.objectId === id);
      return member ? [200, member] : [404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } }];
    });
}

describe('external members and leavers, over HTTP', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  let gets: string[];
  const period = () => ({ from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) });
  const moderatorCards = () => connector.cards().filter((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL));
  const settle = async () => {
    const deadline = Date.now() + 5_000;
    while ((await bot.store.outbox.health(new Date())).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  };

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
    gets = [];
  });
  afterEach(settle);

  it('a guest from a partner domain is not alerted; only admins change the list', async () => {
    await bot.post(channelMention('partner add @NorthStaffs.nhs.uk', { user: users.sam }));
    await bot.post(channelMention('partner add @NorthStaffs.nhs.uk', { user: users.admin }));
    await connector.waitFor((sent) => sent.length === 2);
    expect(JSON.stringify(connector.posted()[0]!.activity)).toContain('only network admins');
    expect(JSON.stringify(connector.posted()[1]!.activity)).toContain('Added northstaffs.nhs.uk');
    expect(await bot.store.settings.get('membership.partnerDomains')).toEqual(['northstaffs.nhs.uk']);

    const nurse = guest(1, 'mh.northstaffs.nhs.uk');
    stubRoster(TEAM_ID, [nurse], gets);
    expect((await bot.post(teamMemberAdded(nurse))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(gets).toEqual([`/uk/v3/conversations/${TEAM_ID}/members/${nurse.id}`]);
    expect(moderatorCards()).toHaveLength(0);
    expect((await bot.store.externalMembers.counts(period())).alerted).toBe(0);
  });

  it('a guest added to a team alerts the moderators once (name and domain only); raising it sends the owner a private note', async () => {
    const visitor = guest(2, 'staffs-council.gov.uk');
    stubRoster(TEAM_ID, [visitor], gets);
    const added = teamMemberAdded(visitor);
    expect((await bot.post(added)).status).toBe(200);
    await connector.waitFor(() => moderatorCards().length === 1);
    const card = moderatorCards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('External member added to Force Network');
    expect(json).toContain('Guest Person 2');
    expect(json).toContain('staffs-council.gov.uk');
    expect(json).toContain('connect with external groups');
    expect(json).not.toContain('guest.person2@');
    expect(json).not.toContain('#EXT#');

    // Teams redelivers: the roster is asked again, but no second card goes out.
    expect((await bot.post(added)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(moderatorCards()).toHaveLength(1);

    const alertId = (card.actions as Array<{ data?: { alertId?: string } }>).find((a) => a.data?.alertId)!.data!.alertId!;
    // Roles come from the caller's identity: a member of staff pressing the button is refused.
    const refused = await bot.post(cardAction('member.raise', { alertId }, { user: users.sam }));
    expect((refused.body as { statusCode: number }).statusCode).toBe(403);
    const raised = await bot.post(cardAction('member.raise', { alertId }, { user: users.mod }));
    expect(JSON.stringify(raised.body)).toContain('Raised with the team owner');

    const privateCards = () => connector.cards().filter((c) => c.path.includes('a%3A1created') || c.path.includes('a:1created'));
    await connector.waitFor(() => privateCards().length === 1);
    const create = connector.sent.find((s) => s.path.endsWith('/v3/conversations'))!;
    expect(JSON.stringify(create.body)).toContain(users.admin.id);
    const note = privateCards()[0]!.card;
    expectValidAdaptiveCard(note);
    expect(JSON.stringify(note)).toContain('Employees should not set up new communities to connect with external groups.');
    expect(JSON.stringify(note)).toContain('staffs-council.gov.uk');
    expect((await bot.store.audit.list(period(), { action: 'member.refused' })).length).toBe(1);
    expect((await bot.store.audit.list(period(), { action: 'member.raise' })).length).toBe(1);
  });

  it('"Expected (partner team)" records the reason and stops alerts for that team', async () => {
    const first = { ...guest(3, 'example.org'), tenantId: OTHER_TENANT, userRole: 'user' };
    const second = guest(4, 'example.org');
    stubRoster(PARTNER_TEAM, [first, second], gets);
    await bot.post(teamMemberAdded(first, { teamId: PARTNER_TEAM, teamName: 'Joint Safeguarding Hub' }));
    await connector.waitFor(() => moderatorCards().length === 1);
    const card = moderatorCards()[0]!.card;
    expect(JSON.stringify(card)).toContain("another organisation's tenant");
    const alertId = (card.actions as Array<{ card?: { actions: Array<{ data: { alertId: string } }> } }>)[0]!.card!.actions[0]!.data.alertId;

    const missing = await bot.post(cardAction('member.expected', { alertId, reason: '' }, { user: users.mod }));
    expect((missing.body as { statusCode: number }).statusCode).toBe(400);
    await bot.post(cardAction('member.expected', { alertId, reason: 'Joint hub with the county council' }, { user: users.mod }));
    expect(await bot.store.externalMembers.isTeamAllowed(PARTNER_TEAM)).toBe(true);
    const alert = await bot.store.externalMembers.get(alertId);
    expect(alert).toMatchObject({ state: 'expected', decisionReason: 'Joint hub with the county council', decidedBy: users.mod.aadObjectId });

    await bot.post(teamMemberAdded(second, { teamId: PARTNER_TEAM, teamName: 'Joint Safeguarding Hub' }));
    await new Promise((r) => setTimeout(r, 300));
    // The first card is updated with the outcome; no new card for the second guest.
    expect(moderatorCards().filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('the daily check removes the roles of a holder missing from the roster, audits it and tells the admins', async () => {
    const leaver = { id: '29:1LeaverLeaverLeaverLeaverLeaver00001', name: 'Lee Leaver', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000e001' };
    await bot.store.roles.grant({ userId: users.mod2.aadObjectId, role: 'moderator', name: users.mod2.name, grantedBy: users.admin.aadObjectId });
    await bot.store.roles.grant({ userId: leaver.aadObjectId, role: 'moderator', name: leaver.name, grantedBy: users.admin.aadObjectId });
    await bot.store.roles.grant({ userId: leaver.aadObjectId, role: 'psd', name: leaver.name, grantedBy: users.admin.aadObjectId });
    // Two pages, to follow the continuation token; the guest alerted earlier is not alerted again.
    const roster = [staff(users.admin), staff(users.mod), staff(users.mod2), staff(users.psd), staff(users.sam), guest(2, 'staffs-council.gov.uk')];
    stubRoster(TEAM_ID, roster, gets, { pageSize: 4 });

    const result = await bot.app.membership.runNow();
    expect(result).toMatchObject({ ok: true, teamsRead: 1, leaversRemoved: 1, externalAlerted: 0 });
    expect(gets).toEqual([`/uk/v3/conversations/${TEAM_ID}/pagedmembers?pageSize=500`, `/uk/v3/conversations/${TEAM_ID}/pagedmembers?pageSize=500&continuationToken=4`]);
    expect(await bot.store.roles.rolesOf(leaver.aadObjectId)).toEqual([]);
    expect(await bot.store.roles.rolesOf(users.mod2.aadObjectId)).toEqual(['moderator']);
    const audit = await bot.store.audit.list(period(), { action: 'role.leaver_removed' });
    expect(audit.map((a) => [a.target, a.details.role]).sort()).toEqual([[leaver.aadObjectId, 'moderator'], [leaver.aadObjectId, 'psd']]);

    await connector.waitFor(() => moderatorCards().length === 1);
    const notice = moderatorCards()[0]!.card;
    expectValidAdaptiveCard(notice);
    expect(JSON.stringify(notice)).toContain('Lee Leaver');
    expect(JSON.stringify(notice)).toContain('Former employees are locked');

    const report = await buildReport(bot.store, period(), new Date());
    expect(report.membership).toEqual({ alerted: 2, expected: 1, raised: 1, leaversRemoved: 1 });
  });

  it('a roster outage revokes nothing, and the failure shows in settings', async () => {
    const holder = { name: 'Hana Holder', aadObjectId: '6b1d3c0e-0000-4000-8000-00000000e002' };
    await bot.store.roles.grant({ userId: holder.aadObjectId, role: 'moderator', name: holder.name, grantedBy: users.admin.aadObjectId });
    stubRoster(TEAM_ID, [], gets, { status: 503 });

    const result = await bot.app.membership.runNow();
    expect(result.ok).toBe(false);
    expect(result.leaversRemoved).toBe(0);
    expect(result.failures).toEqual([{ teamName: 'the team of the General chat channel', status: 503, problem: 'roster answered HTTP 503' }]);
    expect(gets.length).toBeGreaterThan(0);
    expect(await bot.store.roles.rolesOf(holder.aadObjectId)).toEqual(['moderator']);
    expect(await bot.store.roles.rolesOf(users.mod2.aadObjectId)).toEqual(['moderator']);

    await bot.post(channelMention('settings', { user: users.admin }));
    await connector.waitFor(() => connector.cards().length === 1);
    const settings = connector.cards()[0]!.card;
    expectValidAdaptiveCard(settings);
    const json = JSON.stringify(settings);
    expect(json).toContain('did not complete');
    expect(json).toContain('a roster could not be read, so no role was removed');
    expect(json).toContain('the team of the General chat channel: roster answered HTTP 503');
    expect(json).toContain('northstaffs.nhs.uk');
    expect(json).toContain('Joint hub with the county council');
  });

  it('a 403 from the roster is reported as lost access, and still revokes nothing', async () => {
    stubRoster(TEAM_ID, [], gets, { status: 403 });
    const result = await bot.app.membership.runNow();
    expect(result.failures).toEqual([{ teamName: 'the team of the General chat channel', status: 403, problem: 'the bot may not read this team (403)' }]);
    expect(await bot.store.roles.rolesOf(users.mod2.aadObjectId)).toEqual(['moderator']);
  });

  it('the bot added to a team checks everyone already in it once; the card has no owner to raise it with', async () => {
    const newTeam = '19:b07000000000000000000000000000a@thread.tacv2';
    const contractor = { ...guest(5, 'contractor.example.com'), tenantId: OTHER_TENANT, userRole: 'user' };
    stubRoster(newTeam, [staff(users.admin), staff(users.sam), contractor], gets);
    const install = { ...teamMemberAdded({ id: BOT.id }, { teamId: newTeam, teamName: 'Estates Projects' }), membersAdded: [{ id: BOT.id }] };
    expect((await bot.post(install)).status).toBe(200);
    await connector.waitFor(() => moderatorCards().length === 1);
    expect(gets).toEqual([`/uk/v3/conversations/${newTeam}/pagedmembers?pageSize=500`]);
    const card = moderatorCards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('External member added to Estates Projects');
    expect(json).toContain('contractor.example.com');
    expect(json).toContain('When the bot was added to the team');
    expect(json).not.toContain('member.raise');
    // Redelivered install: no second roster read, no second card.
    expect((await bot.post(install)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(gets).toHaveLength(1);
    expect(moderatorCards()).toHaveLength(1);
  });
});
