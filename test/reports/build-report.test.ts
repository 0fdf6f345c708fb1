import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/reports/build-report';
import { posterPseudonym } from '../../src/reports/pseudonym';
import { parseReportPeriod } from '../../src/reports/report-period';
import { storeAdapters, useTestStore } from '../support/test-store';
import { seedFlag, seedPost } from './support/seed';

const HOUR = 3_600_000;
const now = new Date('2026-11-10T12:00:00Z');

// Every figure is checked twice: computed from listed rows, and from the store's SQL aggregates.
const modes = storeAdapters.flatMap((adapter) => [
  [adapter, 'rows'],
  [adapter, 'sql'],
] as const);

describe.each(modes)('buildReport on a seeded %s store (%s)', (adapter, mode) => {
  const t = useTestStore(adapter);
  const queriesOf = (store: { reportQueries: import('../../src/ports/report-queries').ReportQueries }) => (mode === 'sql' ? store.reportQueries : undefined);

  it('matches the hand-worked figures for 1-7 Nov 2026', async () => {
    const { store } = t();
    await seedFlag(store, { createdAt: '2026-11-01T00:00:00Z', posterId: 'u1', posterName: 'Una One', types: ['phone'], state: 'confirmed', firstActionAfterHours: 2 }); // at `from`: in
    await seedFlag(store, { createdAt: '2026-11-08T00:00:00Z' }); // at `to`: out (but open and overdue)
    const c = await seedFlag(store, { createdAt: '2026-11-04T12:00:00Z', channelId: 'chan-b', channelName: 'HR', types: ['email'] });
    await seedFlag(store, { createdAt: '2026-10-31T23:59:59Z', state: 'dismissed', firstActionAfterHours: 1 }); // previous period
    const e = await seedFlag(store, { createdAt: '2026-11-05T09:00:00Z', posterId: 'u1', posterName: 'Una One', types: ['phone', 'email'], state: 'escalated', firstActionAfterHours: 6 });
    await seedFlag(store, { createdAt: '2026-09-15T10:00:00Z', posterId: 'u1', state: 'confirmed', firstActionAfterHours: 1 }); // 3rd confirmed for u1
    await seedPost(store, '2026-11-01T00:00:00Z', 'chan-a', true);
    await seedPost(store, '2026-11-04T12:00:00Z', 'chan-b', true);
    await seedPost(store, '2026-11-06T12:00:00Z', 'chan-a', false);
    await seedPost(store, '2026-11-08T00:00:00Z', 'chan-a', false); // out
    await seedPost(store, '2026-10-30T12:00:00Z', 'chan-a', false); // previous
    await seedPost(store, '2026-10-31T12:00:00Z', 'chan-a', true); // previous

    const r = await buildReport(store, parseReportPeriod('2026-11-01 2026-11-07', now), now, queriesOf(store));
    expect(r.posts).toEqual({ scanned: 3, flagged: 2, edited: 0, deleted: 0 });
    expect(r.flagsRaised).toBe(3);
    expect(r.outcomes).toEqual({ open: 1, dismissed: 0, confirmed: 1, escalated: 1, appealed: 0, resolvedEdited: 0, resolvedDeleted: 0 });
    expect(r.byDetectionType).toEqual([{ type: 'email', count: 2 }, { type: 'phone', count: 2 }]);
    expect(r.byChannel).toEqual([
      { channelId: 'chan-a', channelName: 'Ops', postsScanned: 2, postsFlagged: 1, flagsRaised: 2 },
      { channelId: 'chan-b', channelName: 'HR', postsScanned: 1, postsFlagged: 1, flagsRaised: 1 },
    ]);
    expect(r.timeToFirstAction).toEqual({ actedOn: 2, awaitingFirstAction: 1, medianMs: 4 * HOUR, slowestMs: 6 * HOUR, slowestFlagId: e.id });
    // Open at now: C (6 days) and the 8 Nov flag (60 h) are both past 48 h.
    expect(r.overdue).toMatchObject({ count: 2, oldestFlagId: c.id, oldestAgeMs: 6 * 24 * HOUR });
    expect(r.repeatPosters).toEqual([{ posterId: 'u1', posterName: 'Una One', pseudonym: posterPseudonym('u1'), confirmedFlags: 3 }]);
    expect(r.trend.scanned).toEqual({ current: 3, previous: 2, changePct: 50 });
    expect(r.trend.flagged).toEqual({ current: 3, previous: 1, changePct: 200 });
    expect(r.trend.confirmed).toEqual({ current: 2, previous: 0, changePct: null });
    expect(r.daily.filter((d) => d.flagged > 0)).toEqual([
      { date: '2026-11-01', flagged: 1 },
      { date: '2026-11-04', flagged: 1 },
      { date: '2026-11-05', flagged: 1 },
    ]);
  });

  it('gives zeros for an empty period', async () => {
    const r = await buildReport(t().store, parseReportPeriod('2026-06-01 2026-06-07', now), now, queriesOf(t().store));
    expect(r.flagsRaised).toBe(0);
    expect(r.posts).toEqual({ scanned: 0, flagged: 0, edited: 0, deleted: 0 });
    expect(r.byChannel).toEqual([]);
    expect(r.daily).toHaveLength(7);
    expect(JSON.stringify(r)).not.toMatch(/NaN/);
  });

  it('uses London midnights across the October clock change', async () => {
    const { store } = t();
    await seedFlag(store, { createdAt: '2026-10-19T22:59:59.999Z' }); // 23:59:59 BST on 19 Oct: out
    await seedFlag(store, { createdAt: '2026-10-19T23:00:00Z' }); // 00:00 BST on 20 Oct: in
    await seedFlag(store, { createdAt: '2026-10-31T23:59:59Z' }); // 23:59:59 GMT on 31 Oct: in
    await seedFlag(store, { createdAt: '2026-11-01T00:00:00Z' }); // 00:00 GMT on 1 Nov: out
    const period = parseReportPeriod('2026-10-20 2026-10-31', now);
    const r = await buildReport(store, period, now, queriesOf(store));
    expect(r.period.from.toISOString()).toBe('2026-10-19T23:00:00.000Z');
    expect(r.period.to.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(r.flagsRaised).toBe(2);
    expect(r.daily[0]).toEqual({ date: '2026-10-20', flagged: 1 });
    expect(r.daily.at(-1)).toEqual({ date: '2026-10-31', flagged: 1 });
  });
});
