import { describe, expect, it } from 'vitest';
import { computeReport, median, trend, type ReportRows } from '../../src/reports/compute-report';
import { parseReportPeriod } from '../../src/reports/report-period';
import { posterPseudonym } from '../../src/reports/pseudonym';
import { at, flagRow, plusHours } from './support/flag-rows';

const HOUR = 3_600_000;
const now = at('2026-11-10T12:00:00Z');
// 1-7 Nov 2026 is all GMT: [2026-11-01T00:00Z, 2026-11-08T00:00Z)
const period = parseReportPeriod('2026-11-01 2026-11-07', now);

const zeroPosts = { scanned: 0, flagged: 0, edited: 0, deleted: 0 };

function seeded(): ReportRows {
  const f1 = flagRow({ id: 'F-1', createdAt: at('2026-11-01T00:00:00Z'), posterId: 'u1', posterName: 'Una One', detectionTypes: ['phone', 'email'], state: 'confirmed' });
  f1.firstActionAt = plusHours(f1.createdAt, 1);
  const f2 = flagRow({ id: 'F-2', createdAt: at('2026-11-02T10:00:00Z'), posterId: 'u1', detectionTypes: ['phone'], state: 'dismissed' });
  f2.firstActionAt = plusHours(f2.createdAt, 3);
  const f3 = flagRow({ id: 'F-3', createdAt: at('2026-11-03T10:00:00Z'), source: 'report', channelId: 'chan-b', channelName: 'HR', posterId: 'u2', detectionTypes: ['nino'], state: 'escalated' });
  f3.firstActionAt = plusHours(f3.createdAt, 5);
  const f4 = flagRow({ id: 'F-4', createdAt: at('2026-11-07T23:59:59Z'), channelId: 'chan-b', channelName: 'HR', posterId: 'u3', detectionTypes: ['email'], state: 'open' });
  const f5 = flagRow({ id: 'F-5', createdAt: at('2026-11-08T00:00:00Z'), state: 'open' }); // exactly `to`: out
  const f6 = flagRow({ id: 'F-6', createdAt: at('2026-11-05T12:00:00Z'), posterId: 'u2', detectionTypes: ['phone'], state: 'appealed', updatedAt: at('2026-11-09T12:00:00Z') });
  f6.firstActionAt = plusHours(f6.createdAt, 10);
  const f7 = flagRow({ id: 'F-7', createdAt: at('2026-11-06T08:00:00Z'), posterId: 'u3', detectionTypes: ['phone'], state: 'resolved_edited' });
  f7.firstActionAt = plusHours(f7.createdAt, 2);

  const old = flagRow({ id: 'F-OLD', createdAt: at('2026-10-01T00:00:00Z'), state: 'open' });
  const exactly48h = flagRow({ id: 'F-48', createdAt: at('2026-11-08T12:00:00Z'), state: 'open' });

  const confirmed = (id: string, posterId: string, iso: string, state: 'confirmed' | 'escalated' | 'dismissed' = 'confirmed') =>
    flagRow({ id, posterId, posterName: posterId === 'u1' ? 'Una One' : null, createdAt: at(iso), state });
  return {
    flags: [f1, f2, f3, f4, f5, f6, f7],
    previousFlags: [
      flagRow({ createdAt: at('2026-10-26T09:00:00Z'), state: 'confirmed' }),
      flagRow({ createdAt: at('2026-10-27T09:00:00Z'), state: 'confirmed' }),
      flagRow({ createdAt: at('2026-10-28T09:00:00Z'), state: 'dismissed' }),
      flagRow({ createdAt: at('2026-10-29T09:00:00Z'), state: 'open' }),
    ],
    recentConfirmedFlags: [
      f1,
      confirmed('R1', 'u1', '2026-09-01T00:00:00Z'),
      confirmed('R2', 'u1', '2026-08-10T00:00:00Z', 'escalated'), // exactly 90 days before `to`: in
      f3,
      confirmed('R3', 'u2', '2026-10-01T00:00:00Z'),
      confirmed('R4', 'u2', '2026-08-09T23:59:59Z'), // one second too early
      confirmed('R5', 'u3', '2026-10-01T00:00:00Z'),
      confirmed('R6', 'u3', '2026-10-02T00:00:00Z'),
      confirmed('R7', 'u3', '2026-10-03T00:00:00Z', 'dismissed'), // not a confirmed breach
    ],
    pendingFlags: [old, f4, f6, exactly48h],
    posts: { scanned: 160, flagged: 7, edited: 3, deleted: 1 },
    previousPosts: { scanned: 200, flagged: 4, edited: 0, deleted: 0 },
    postsByChannel: [
      { channelId: 'chan-a', scanned: 100, flagged: 5, edited: 2, deleted: 1 },
      { channelId: 'chan-b', scanned: 50, flagged: 2, edited: 1, deleted: 0 },
      { channelId: 'chan-c', scanned: 10, flagged: 0, edited: 0, deleted: 0 },
    ],
  };
}

describe('computeReport (hand-worked)', () => {
  const report = computeReport(seeded(), period, now);

  it('counts flags in [from, to): at `from` in, at `to` out', () => {
    expect(report.flagsRaised).toBe(6);
    expect(report.bySource).toEqual({ scan: 5, report: 1 });
    expect(report.posts).toEqual({ scanned: 160, flagged: 7, edited: 3, deleted: 1 });
  });

  it('counts outcomes by current state', () => {
    expect(report.outcomes).toEqual({ open: 1, dismissed: 1, confirmed: 1, escalated: 1, appealed: 1, resolvedEdited: 1, resolvedDeleted: 0 });
  });

  it('counts detection types once per flag, largest first', () => {
    expect(report.byDetectionType).toEqual([
      { type: 'phone', count: 4 },
      { type: 'email', count: 2 },
      { type: 'nino', count: 1 },
    ]);
  });

  it('merges channel post counts with flags raised', () => {
    expect(report.byChannel).toEqual([
      { channelId: 'chan-a', channelName: 'Ops', postsScanned: 100, postsFlagged: 5, flagsRaised: 4 },
      { channelId: 'chan-b', channelName: 'HR', postsScanned: 50, postsFlagged: 2, flagsRaised: 2 },
      { channelId: 'chan-c', channelName: null, postsScanned: 10, postsFlagged: 0, flagsRaised: 0 },
    ]);
  });

  it('gives median and slowest time to first action (waits 1,2,3,5,10 h)', () => {
    expect(report.timeToFirstAction).toEqual({ actedOn: 5, awaitingFirstAction: 1, medianMs: 3 * HOUR, slowestMs: 10 * HOUR, slowestFlagId: 'F-6' });
  });

  it('counts flags waiting more than 48 h at now (appeals from when they were lodged)', () => {
    // F-OLD: 1 Oct 00:00 -> 10 Nov 12:00 = 40.5 days; F-4: 60 h; F-6 appealed 24 h ago; F-48 exactly 48 h: not "more than".
    expect(report.overdue).toEqual({ thresholdHours: 48, count: 2, oldestFlagId: 'F-OLD', oldestAgeMs: 40.5 * 24 * HOUR });
  });

  it('finds posters with 3+ confirmed flags in the 90 days before period end', () => {
    expect(report.repeatPosters).toEqual([{ posterId: 'u1', posterName: 'Una One', pseudonym: posterPseudonym('u1'), confirmedFlags: 3 }]);
    expect(report.repeatPosters[0].pseudonym).toMatch(/^P-[0-9a-f]{8}$/);
  });

  it('compares with the previous period of equal length', () => {
    expect(report.previousPeriod.from.toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(report.trend.scanned).toEqual({ current: 160, previous: 200, changePct: -20 });
    expect(report.trend.flagged).toEqual({ current: 6, previous: 4, changePct: 50 });
    expect(report.trend.confirmed).toEqual({ current: 2, previous: 2, changePct: 0 });
  });

  it('counts flags per London day', () => {
    expect(report.daily).toEqual([
      { date: '2026-11-01', flagged: 1 },
      { date: '2026-11-02', flagged: 1 },
      { date: '2026-11-03', flagged: 1 },
      { date: '2026-11-04', flagged: 0 },
      { date: '2026-11-05', flagged: 1 },
      { date: '2026-11-06', flagged: 1 },
      { date: '2026-11-07', flagged: 1 },
    ]);
  });

  it('writes a text summary without names', () => {
    expect(report.summary).toContain('Posts scanned: 160; posts flagged: 7; flags raised: 6');
    expect(report.summary).toContain('median 3 h 0 min, slowest 10 h 0 min (F-6)');
    expect(report.summary).toContain(`${posterPseudonym('u1')} (3)`);
    expect(report.summary).toContain('flagged: 6 (previous 4, +50%)');
    expect(report.summary).not.toContain('Una One');
  });
});

describe('computeReport edge cases', () => {
  it('gives zeros (never NaN) for an empty period', () => {
    const empty = computeReport(
      { flags: [], previousFlags: [], recentConfirmedFlags: [], pendingFlags: [], posts: zeroPosts, previousPosts: zeroPosts, postsByChannel: [] },
      period,
      now,
    );
    expect(empty.flagsRaised).toBe(0);
    expect(empty.timeToFirstAction).toEqual({ actedOn: 0, awaitingFirstAction: 0, medianMs: null, slowestMs: null, slowestFlagId: null });
    expect(empty.trend.flagged).toEqual({ current: 0, previous: 0, changePct: 0 });
    expect(empty.daily).toHaveLength(7);
    expect(empty.daily.every((d) => d.flagged === 0)).toBe(true);
    expect(JSON.stringify(empty)).not.toMatch(/NaN|Infinity/);
    expect(empty.summary).not.toMatch(/NaN|undefined/);
  });

  it('assigns flags to London days across the October clock change', () => {
    const p = parseReportPeriod('2026-10-20 2026-10-31', now);
    const rows: ReportRows = {
      flags: [
        flagRow({ createdAt: at('2026-10-19T23:00:00Z') }), // 00:00 BST 20 Oct: first instant of the period
        flagRow({ createdAt: at('2026-10-19T22:59:59Z') }), // 23:59:59 BST 19 Oct: outside
        flagRow({ createdAt: at('2026-10-24T23:30:00Z') }), // 00:30 BST 25 Oct
        flagRow({ createdAt: at('2026-10-25T23:30:00Z') }), // 23:30 GMT 25 Oct
        flagRow({ createdAt: at('2026-10-31T23:59:59Z') }), // last second of 31 Oct GMT
      ],
      previousFlags: [], recentConfirmedFlags: [], pendingFlags: [],
      posts: zeroPosts, previousPosts: zeroPosts, postsByChannel: [],
    };
    const r = computeReport(rows, p, now);
    expect(r.flagsRaised).toBe(4);
    expect(r.daily).toHaveLength(12);
    expect(r.daily.find((d) => d.date === '2026-10-20')?.flagged).toBe(1);
    expect(r.daily.find((d) => d.date === '2026-10-25')?.flagged).toBe(2);
    expect(r.daily.find((d) => d.date === '2026-10-31')?.flagged).toBe(1);
  });

  it('trend and median arithmetic', () => {
    expect(trend(5, 0)).toEqual({ current: 5, previous: 0, changePct: null });
    expect(trend(1, 3)).toEqual({ current: 1, previous: 3, changePct: -66.7 });
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
