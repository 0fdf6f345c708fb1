/**
 * Report figures as a pure function over rows, so hand-worked tests need no database and the
 * store wrapper (build-report.ts) stays a thin list of queries. Single pass over each list:
 * 100 000 flags must compute in well under the 2 s budget.
 */
import type { Flag, FlagState, Period, PostCounts } from '../ports/store';
import { londonDaysInPeriod, londonMidnightUtc } from './london-time';
import { posterPseudonym } from './pseudonym';
import type { ChannelFigure, OutcomeFigures, RepeatPoster, ReportData, TrendFigure } from './report-data';
import { STATE_TO_OUTCOME } from './report-data';
import { buildSummary } from './report-summary';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Waiting for a moderator: new flags and appeals. Escalated flags are with PSD, not the queue. */
export const PENDING_STATES: readonly FlagState[] = ['open', 'appealed'];
/** A breach a moderator upheld; escalation implies confirmation. */
export const CONFIRMED_STATES: readonly FlagState[] = ['confirmed', 'escalated'];
export const OVERDUE_HOURS = 48;
export const REPEAT_WINDOW_DAYS = 90;
export const REPEAT_THRESHOLD = 3;

/** The flag fields the figures use: an aggregate query could return just these. */
export type ReportFlagRow = Pick<
  Flag,
  'id' | 'source' | 'channelId' | 'channelName' | 'posterId' | 'posterName' | 'detectionTypes' | 'state' | 'createdAt' | 'updatedAt' | 'firstActionAt'
>;

export interface ReportRows {
  /** Flags created in the period. */
  flags: ReportFlagRow[];
  /** Flags created in the previous period of equal length. */
  previousFlags: Array<Pick<Flag, 'state' | 'createdAt'>>;
  /** Confirmed/escalated flags created in the 90 days before period end (extra rows are filtered out). */
  recentConfirmedFlags: ReportFlagRow[];
  /** Flags currently waiting for a moderator, any age (younger ones are filtered out). */
  pendingFlags: ReportFlagRow[];
  posts: PostCounts;
  previousPosts: PostCounts;
  postsByChannel: Array<PostCounts & { channelId: string }>;
}

export function computeReport(rows: ReportRows, period: Period & { label?: string }, now: Date): ReportData {
  const from = period.from.getTime();
  const to = period.to.getTime();
  const inPeriod = (d: Date) => d.getTime() >= from && d.getTime() < to;
  const flags = rows.flags.filter((f) => inPeriod(f.createdAt));

  const outcomes: OutcomeFigures = { open: 0, dismissed: 0, confirmed: 0, escalated: 0, appealed: 0, resolvedEdited: 0, resolvedDeleted: 0 };
  const bySource = { scan: 0, report: 0 };
  const types = new Map<string, number>();
  const channels = new Map<string, ChannelFigure>();
  const waits: number[] = [];
  let slowest: { id: string; ms: number } | null = null;
  const dayStarts = dayBoundaries(period.from, period.to);
  const dailyCounts = new Array<number>(dayStarts.length).fill(0);

  for (const flag of flags) {
    outcomes[STATE_TO_OUTCOME[flag.state]] += 1;
    bySource[flag.source] += 1;
    for (const type of new Set(flag.detectionTypes)) types.set(type, (types.get(type) ?? 0) + 1);
    channelFigure(channels, flag.channelId, flag.channelName).flagsRaised += 1;
    if (flag.firstActionAt) {
      const ms = Math.max(0, flag.firstActionAt.getTime() - flag.createdAt.getTime());
      waits.push(ms);
      if (!slowest || ms > slowest.ms) slowest = { id: flag.id, ms };
    }
    dailyCounts[dayIndex(dayStarts, flag.createdAt.getTime())] += 1;
  }
  for (const counts of rows.postsByChannel) {
    const figure = channelFigure(channels, counts.channelId, null);
    figure.postsScanned += counts.scanned;
    figure.postsFlagged += counts.flagged;
  }

  const confirmedNow = outcomesConfirmed(flags);
  const confirmedBefore = outcomesConfirmed(rows.previousFlags);
  const days = londonDaysInPeriod(period.from, period.to);
  const data: Omit<ReportData, 'summary'> = {
    period: { from: new Date(from), to: new Date(to), label: period.label ?? defaultLabel(period) },
    previousPeriod: { from: new Date(from - (to - from)), to: new Date(from) },
    generatedAt: new Date(now.getTime()),
    timezone: 'Europe/London',
    posts: { ...rows.posts },
    flagsRaised: flags.length,
    bySource,
    byDetectionType: [...types].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    byChannel: [...channels.values()].sort(
      (a, b) => b.flagsRaised - a.flagsRaised || b.postsScanned - a.postsScanned || a.channelId.localeCompare(b.channelId),
    ),
    outcomes,
    timeToFirstAction: {
      actedOn: waits.length,
      awaitingFirstAction: flags.length - waits.length,
      medianMs: median(waits),
      slowestMs: slowest?.ms ?? null,
      slowestFlagId: slowest?.id ?? null,
    },
    overdue: overdueFigures(rows.pendingFlags, now),
    repeatPosters: repeatPosters(rows.recentConfirmedFlags, period.to),
    trend: {
      scanned: trend(rows.posts.scanned, rows.previousPosts.scanned),
      flagged: trend(flags.length, rows.previousFlags.length),
      confirmed: trend(confirmedNow, confirmedBefore),
    },
    daily: days.map((date, i) => ({ date, flagged: dailyCounts[i] ?? 0 })),
  };
  return { ...data, summary: buildSummary(data) };
}

export function trend(current: number, previous: number): TrendFigure {
  if (previous === 0) return { current, previous, changePct: current === 0 ? 0 : null };
  return { current, previous, changePct: Math.round(((current - previous) / previous) * 1000) / 10 };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function outcomesConfirmed(flags: Array<Pick<Flag, 'state'>>): number {
  let n = 0;
  for (const f of flags) if (CONFIRMED_STATES.includes(f.state)) n += 1;
  return n;
}

function channelFigure(map: Map<string, ChannelFigure>, channelId: string, name: string | null): ChannelFigure {
  let figure = map.get(channelId);
  if (!figure) {
    figure = { channelId, channelName: name, postsScanned: 0, postsFlagged: 0, flagsRaised: 0 };
    map.set(channelId, figure);
  }
  if (!figure.channelName && name) figure.channelName = name;
  return figure;
}

/** Appeals wait from the moment they were lodged (the last transition), new flags from creation. */
function overdueFigures(pending: ReportFlagRow[], now: Date): ReportData['overdue'] {
  const threshold = OVERDUE_HOURS * HOUR_MS;
  let count = 0;
  let oldest: { id: string; age: number } | null = null;
  for (const flag of pending) {
    if (!PENDING_STATES.includes(flag.state)) continue;
    const since = flag.state === 'open' ? flag.createdAt : flag.updatedAt;
    const age = now.getTime() - since.getTime();
    if (age <= threshold) continue;
    count += 1;
    if (!oldest || age > oldest.age) oldest = { id: flag.id, age };
  }
  return { thresholdHours: OVERDUE_HOURS, count, oldestFlagId: oldest?.id ?? null, oldestAgeMs: oldest?.age ?? null };
}

function repeatPosters(confirmed: ReportFlagRow[], periodEnd: Date): RepeatPoster[] {
  const end = periodEnd.getTime();
  const start = end - REPEAT_WINDOW_DAYS * DAY_MS;
  const byPoster = new Map<string, RepeatPoster & { namedAt: number }>();
  for (const flag of confirmed) {
    const t = flag.createdAt.getTime();
    if (t < start || t >= end || !CONFIRMED_STATES.includes(flag.state)) continue;
    let entry = byPoster.get(flag.posterId);
    if (!entry) {
      entry = { posterId: flag.posterId, posterName: null, pseudonym: posterPseudonym(flag.posterId), confirmedFlags: 0, namedAt: -Infinity };
      byPoster.set(flag.posterId, entry);
    }
    entry.confirmedFlags += 1;
    // People change names: the most recent display name wins, whatever the row order.
    if (flag.posterName && t >= entry.namedAt) {
      entry.posterName = flag.posterName;
      entry.namedAt = t;
    }
  }
  return [...byPoster.values()]
    .filter((p) => p.confirmedFlags >= REPEAT_THRESHOLD)
    .map(({ namedAt: _namedAt, ...poster }) => poster)
    .sort((a, b) => b.confirmedFlags - a.confirmedFlags || a.pseudonym.localeCompare(b.pseudonym));
}

/** UTC start instant of each London day overlapping the period (the first is the period start). */
function dayBoundaries(from: Date, to: Date): number[] {
  return londonDaysInPeriod(from, to).map((key, i) => {
    if (i === 0) return from.getTime();
    const [y, m, d] = key.split('-').map(Number);
    return londonMidnightUtc(y, m, d).getTime();
  });
}

/** Binary search: per-flag Intl formatting would dominate the run time on 100k flags. */
function dayIndex(starts: number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function defaultLabel(period: Period): string {
  return `${period.from.toISOString()} to ${period.to.toISOString()}`;
}
