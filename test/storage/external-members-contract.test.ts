/** Contract tests for the external-members repository (migration 008), on every adapter. */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../delivery/fake-time';
import { storageContractAdapters, useTestStore } from '../support/test-store';

const ownerRef = { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: '', channelId: 'msteams', userId: '29:owner', conversationType: 'personal' };
const alert = (memberKey: string, teamId = 'team1') => ({
  teamId, teamName: 'Force Network', memberKey, memberName: 'Guest Person', memberDomain: 'council.gov.uk', reason: 'guest' as const, source: 'member_added' as const, addedByName: 'Owner', ownerRef,
});

describe.each(storageContractAdapters)('external members contract (%s)', (adapter) => {
  const clock = new FakeClock('2026-03-01T12:00:00Z');
  const t = useTestStore(adapter, { clock });

  it('records one alert per member per team, keeping the owner reference', async () => {
    const { store } = t();
    const first = await store.externalMembers.record(alert('m1'));
    expect(first).toMatchObject({ id: expect.stringMatching(/^X-[0-9A-Z]{8}$/), state: 'open', detectedAt: clock.now(), ownerRef, memberDomain: 'council.gov.uk' });
    expect(await store.externalMembers.record(alert('m1'))).toBeUndefined();
    expect(await store.externalMembers.record(alert('m1', 'team2'))).toBeDefined();
    expect(await store.externalMembers.get(first!.id)).toEqual(first);
  });

  it('decides once and counts by period', async () => {
    const { store } = t();
    const a = (await store.externalMembers.record(alert('a')))!;
    const b = (await store.externalMembers.record(alert('b')))!;
    await store.externalMembers.record(alert('c'));
    expect(await store.externalMembers.decide(a.id, { state: 'expected', by: 'mod', byName: 'Mo', reason: 'joint team' })).toBe(true);
    expect(await store.externalMembers.decide(a.id, { state: 'raised', by: 'mod2', byName: 'Ri' })).toBe(false);
    expect(await store.externalMembers.decide(b.id, { state: 'raised', by: 'mod', byName: 'Mo' })).toBe(true);
    expect(await store.externalMembers.get(a.id)).toMatchObject({ state: 'expected', decidedBy: 'mod', decisionReason: 'joint team', decidedAt: clock.now() });
    const period = { from: new Date(clock.ms() - 1000), to: new Date(clock.ms() + 1000) };
    expect(await store.externalMembers.counts(period)).toEqual({ alerted: 3, expected: 1, raised: 1 });
    expect(await store.externalMembers.counts({ from: new Date(clock.ms() + 1000), to: new Date(clock.ms() + 2000) })).toEqual({ alerted: 0, expected: 0, raised: 0 });
  });

  it('allow-lists a team (an upsert) and lists partner teams', async () => {
    const { store } = t();
    expect(await store.externalMembers.isTeamAllowed('team9')).toBe(false);
    await store.externalMembers.allowTeam({ teamId: 'team9', teamName: 'Hub', reason: 'first', allowedBy: 'mod', allowedByName: 'Mo' });
    await store.externalMembers.allowTeam({ teamId: 'team9', teamName: null, reason: 'second', allowedBy: 'mod2', allowedByName: 'Ri' });
    expect(await store.externalMembers.isTeamAllowed('team9')).toBe(true);
    expect(await store.externalMembers.listAllowedTeams()).toEqual([{ teamId: 'team9', teamName: 'Hub', reason: 'second', allowedBy: 'mod2', allowedByName: 'Ri', allowedAt: clock.now() }]);
  });
});
