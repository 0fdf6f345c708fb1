/**
 * Reads what the figures need from the Store port and hands it to computeReport. The queries
 * are independent, so they are issued together (PostgreSQL runs them on separate pool
 * connections; PGlite queues them).
 */
import type { Period, Repositories } from '../ports/store';
import { CONFIRMED_STATES, PENDING_STATES, OVERDUE_HOURS, REPEAT_WINDOW_DAYS, computeReport } from './compute-report';
import type { ReportData } from './report-data';
import { previousPeriod } from './report-period';

const HOUR_MS = 60 * 60 * 1000;

export async function buildReport(
  store: Pick<Repositories, 'flags' | 'posts'>,
  period: Period & { label?: string },
  now: Date,
): Promise<ReportData> {
  const previous = previousPeriod(period);
  const repeatWindow: Period = { from: new Date(period.to.getTime() - REPEAT_WINDOW_DAYS * 24 * HOUR_MS), to: period.to };
  const [flags, previousFlags, recentConfirmedFlags, pendingFlags, posts, previousPosts, postsByChannel] = await Promise.all([
    store.flags.listByPeriod({ from: period.from, to: period.to }),
    store.flags.listByPeriod({ from: previous.from, to: previous.to }),
    store.flags.listByPeriod({ ...repeatWindow, states: [...CONFIRMED_STATES] }),
    // Open flags are overdue by creation time; appeals are re-checked against updatedAt in computeReport.
    store.flags.listOpenOlderThan(new Date(now.getTime() - OVERDUE_HOURS * HOUR_MS), [...PENDING_STATES]),
    store.posts.counts(period),
    store.posts.counts(previous),
    store.posts.countsByChannel(period),
  ]);
  return computeReport({ flags, previousFlags, recentConfirmedFlags, pendingFlags, posts, previousPosts, postsByChannel }, period, now);
}
