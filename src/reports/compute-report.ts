/**
 * Report figures as pure functions. Two layers:
 *  - `*FromRows` aggregate plain flag rows (hand-worked tests; the fallback over the current
 *    Store port, which can only list rows),
 *  - `assembleReport` turns aggregates into ReportData, whichever way they were computed
 *    (rows here, or SQL aggregates through ReportQueries, see report-queries.ts).
 * `computeReport(rows, period, now)` is both layers together.
 */
import type { Flag, FlagState } from '../moderation/flag';
import type { Period } from '../ports/period';
import type { PostCounts } from '../ports/posts-repo';
import type { FlagFigures, OutcomeFigures, RepeatPosterCount } from '../ports/report-figures';
import { londonDaysInPeriod, londonMidnightUtc } from './london-time';
import { posterPseudonym } from './pseudonym';
import type { ChannelFigure, ReportData, TrendFigure } from './report-data';
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

/** The flag fields the figures use. */
export type ReportFlagRow = Pick<
  Flag,
  'id' | 'source' | 'channelId' | 'channelName' | 'posterId' | 'posterName' | 'detectionTypes' | 'state' | 'createdAt' | 'updatedAt' | 'firstActionAt'
>;

export interface ReportParts {
  flags: FlagFigures;
  previous: { total: number; confirmed: number };
  repeatPosters: RepeatPosterCount[];
  overdue: ReportData['overdue'];
  posts: PostCounts;
  previousPosts: PostCounts;
  postsByChannel: Array<PostCounts & { channelId: string }>;
  /** Current channel names (watched channels); they win over names recorded on flags. */
  channelNames?: ReadonlyMap<string, string>;
}

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
  const previous = { from: new Date(2 * period.from.getTime() - period.to.getTime()), to: period.from };
  const before = rows.previousFlags.filter((f) => inPeriod(f.createdAt, previous));
  return assembleReport(
    {
      flags: flagFiguresFromRows(rows.flags, period),
      previous: { total: before.length, confirmed: before.filter((f) => CONFIRMED_STATES.includes(f.state)).length },
      repeatPosters: repeatPostersFromRows(rows.recentConfirmedFlags, period.to),
      overdue: overdueFromRows(rows.pendingFlags, now),
      posts: rows.posts,
      previousPosts: rows.previousPosts,
      postsByChannel: rows.postsByChannel,
    },
    period,
    now,
  );
}

export function assembleReport(parts: ReportParts, period: Period & { label?: string }, now: Date): ReportData {
  const from = period.from.getTime();
  const to = period.to.getTime();
  const f = parts.flags;
  const channels = new Map<string, ChannelFigure>();
  const channel = (id: string): ChannelFigure => {
    let c = channels.get(id);
    if (!c) channels.set(id, (c = { channelId: id, channelName: null, postsScanned: 0, postsFlagged: 0, flagsRaised: 0 }));
    return c;
  };
  for (const c of f.byChannel) Object.assign(channel(c.channelId), { channelName: c.channelName, flagsRaised: c.flagsRaised });
  for (const p of parts.postsByChannel) Object.assign(channel(p.channelId), { postsScanned: p.scanned, postsFlagged: p.flagged });
  for (const c of channels.values()) c.channelName = parts.channelNames?.get(c.channelId) ?? c.channelName;
  const confirmedNow = CONFIRMED_STATES.reduce((sum, s) => sum + f.outcomes[STATE_TO_OUTCOME[s]], 0);
  const days = londonDaysInPeriod(period.from, period.to);

  const data: Omit<ReportData, 'summary'> = {
    period: { from: new Date(from), to: new Date(to), label: period.label ?? `${period.from.toISOString()} to ${period.to.toISOString()}` },
    previousPeriod: { from: new Date(from - (to - from)), to: new Date(from) },
    generatedAt: new Date(now.getTime()),
    timezone: 'Europe/London',
    posts: { ...parts.posts },
    flagsRaised: f.total,
    bySource: { ...f.bySource },
    byDetectionType: [...f.byDetectionType].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)),
    byChannel: [...channels.values()].sort(
      (a, b) => b.flagsRaised - a.flagsRaised || b.postsScanned - a.postsScanned || a.channelId.localeCompare(b.channelId),
    ),
    outcomes: { ...f.outcomes },
    timeToFirstAction: { ...f.timeToFirstAction },
    overdue: { ...parts.overdue },
    repeatPosters: parts.repeatPosters
      .filter((p) => p.confirmedFlags >= REPEAT_THRESHOLD)
      .map((p) => ({ ...p, pseudonym: posterPseudonym(p.posterId) }))
      .sort((a, b) => b.confirmedFlags - a.confirmedFlags || a.pseudonym.localeCompare(b.pseudonym)),
    trend: {
      scanned: trend(parts.posts.scanned, parts.previousPosts.scanned),
      flagged: trend(f.total, parts.previous.total),
      confirmed: trend(confirmedNow, parts.previous.confirmed),
    },
    daily: days.map((date, i) => ({ date, flagged: f.daily[i] ?? 0 })),
  };
  return { ...data, summary: buildSummary(data) };
}

export function flagFiguresFromRows(rows: ReportFlagRow[], period: Period): FlagFigures {
  const outcomes: OutcomeFigures = { open: 0, dismissed: 0, confirmed: 0, escalated: 0, appealed: 0, resolvedEdited: 0, resolvedDeleted: 0 };
  const bySource = { scan: 0, report: 0 };
  const types = new Map<string, number>();
  const channels = new Map<string, { channelId: string; channelName: string | null; flagsRaised: number }>();
  const waits: number[] = [];
  let slowest: { id: string; ms: number } | null = null;
  const starts = londonDayStarts(period);
  const daily = new Array<number>(starts.length).fill(0);
  let total = 0;

  for (const flag of rows) {
    if (!inPeriod(flag.createdAt, period)) continue;
    total += 1;
    outcomes[STATE_TO_OUTCOME[flag.state]] += 1;
    // A historic flag (network audit) was found by scanning too.
    bySource[flag.source === 'report' ? 'report' : 'scan'] += 1;
    for (const type of new Set(flag.detectionTypes)) types.set(type, (types.get(type) ?? 0) + 1);
    let c = channels.get(flag.channelId);
    if (!c) channels.set(flag.channelId, (c = { channelId: flag.channelId, channelName: null, flagsRaised: 0 }));
    c.flagsRaised += 1;
    // Greatest name, not latest: identical to SQL max() and cheap; buildReport overlays current names of watched channels.
    if (flag.channelName && (c.channelName === null || flag.channelName > c.channelName)) c.channelName = flag.channelName;
    if (flag.firstActionAt) {
      const ms = Math.max(0, flag.firstActionAt.getTime() - flag.createdAt.getTime());
      waits.push(ms);
      if (!slowest || ms > slowest.ms || (ms === slowest.ms && flag.id < slowest.id)) slowest = { id: flag.id, ms };
    }
    daily[dayIndex(starts, flag.createdAt.getTime())] += 1;
  }
  return {
    total,
    outcomes,
    bySource,
    byDetectionType: [...types].map(([type, count]) => ({ type, count })),
    byChannel: [...channels.values()],
    daily,
    timeToFirstAction: {
      actedOn: waits.length,
      awaitingFirstAction: total - waits.length,
      medianMs: median(waits),
      slowestMs: slowest?.ms ?? null,
      slowestFlagId: slowest?.id ?? null,
    },
  };
}

/** Appeals wait from the moment they were lodged (the last transition), new flags from creation. */
export function overdueFromRows(pending: ReportFlagRow[], now: Date): ReportData['overdue'] {
  const threshold = OVERDUE_HOURS * HOUR_MS;
  let count = 0;
  let oldest: { id: string; age: number } | null = null;
  for (const flag of pending) {
    if (!PENDING_STATES.includes(flag.state)) continue;
    const age = now.getTime() - waitingSince(flag).getTime();
    if (age <= threshold) continue;
    count += 1;
    if (!oldest || age > oldest.age) oldest = { id: flag.id, age };
  }
  return { thresholdHours: OVERDUE_HOURS, count, oldestFlagId: oldest?.id ?? null, oldestAgeMs: oldest?.age ?? null };
}

export function waitingSince(flag: Pick<Flag, 'state' | 'createdAt' | 'updatedAt'>): Date {
  return flag.state === 'open' ? flag.createdAt : flag.updatedAt;
}

export function repeatPostersFromRows(confirmed: ReportFlagRow[], periodEnd: Date): ReportParts['repeatPosters'] {
  const window = repeatWindow(periodEnd);
  const byPoster = new Map<string, { posterId: string; posterName: string | null; confirmedFlags: number; namedAt: number }>();
  for (const flag of confirmed) {
    if (!inPeriod(flag.createdAt, window) || !CONFIRMED_STATES.includes(flag.state)) continue;
    let entry = byPoster.get(flag.posterId);
    if (!entry) byPoster.set(flag.posterId, (entry = { posterId: flag.posterId, posterName: null, confirmedFlags: 0, namedAt: -Infinity }));
    entry.confirmedFlags += 1;
    // People change names: the most recent display name wins, whatever the row order.
    const t = flag.createdAt.getTime();
    if (flag.posterName && t >= entry.namedAt) Object.assign(entry, { posterName: flag.posterName, namedAt: t });
  }
  return [...byPoster.values()]
    .filter((p) => p.confirmedFlags >= REPEAT_THRESHOLD)
    .map(({ posterId, posterName, confirmedFlags }) => ({ posterId, posterName, confirmedFlags }));
}

export function repeatWindow(periodEnd: Date): Period {
  return { from: new Date(periodEnd.getTime() - REPEAT_WINDOW_DAYS * DAY_MS), to: new Date(periodEnd.getTime()) };
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

/** UTC start instant of each London day overlapping the period (the first is the period start). */
export function londonDayStarts(period: Period): Date[] {
  return londonDaysInPeriod(period.from, period.to).map((key, i) => {
    if (i === 0) return new Date(period.from.getTime());
    const [y, m, d] = key.split('-').map(Number);
    return londonMidnightUtc(y, m, d);
  });
}

function inPeriod(d: Date, p: Period): boolean {
  return d.getTime() >= p.from.getTime() && d.getTime() < p.to.getTime();
}

/** Binary search: per-flag Intl formatting would dominate the run time on 100k flags. */
function dayIndex(starts: Date[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid].getTime() <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
