/**
 * Reads what the figures need (through ReportQueries: SQL aggregates when the storage adapter
 * provides them, otherwise aggregated from listed rows) plus post counts from the Store port,
 * and assembles the report. The queries are independent, so they are issued together.
 */
import type { Period } from '../ports/period';
import type { Repositories } from '../ports/store';
import { assembleReport } from './compute-report';
import { dipSamplingFigures } from './dip-sampling-figures';
import { LEAVER_AUDIT_ACTION } from './membership-figures';
import type { ReportData } from './report-data';
import { previousPeriod } from './report-period';
import type { ReportQueries } from '../ports/report-queries';
import { rowReportQueries } from './report-queries';

export async function buildReport(
  store: Pick<Repositories, 'flags' | 'posts' | 'watchedChannels'> & Partial<Pick<Repositories, 'dipSamples' | 'operationalNudges' | 'externalMembers' | 'audit'>>,
  period: Period & { label?: string },
  now: Date,
  queries: ReportQueries = rowReportQueries(store),
): Promise<ReportData> {
  const previous = previousPeriod(period);
  const [flags, previousTotals, repeatPosters, overdue, posts, previousPosts, postsByChannel, watched, samples, nudges, external, leaverEntries] = await Promise.all([
    queries.flagFigures(period),
    queries.flagTotals(previous),
    queries.repeatPosters(period.to),
    queries.overdue(now),
    store.posts.counts(period),
    store.posts.counts(previous),
    store.posts.countsByChannel(period),
    store.watchedChannels.list(),
    store.dipSamples?.counts(period),
    store.operationalNudges?.counts(period),
    store.externalMembers?.counts(period),
    store.audit?.list(period, { action: LEAVER_AUDIT_ACTION }),
  ]);
  const channelNames = new Map(watched.map((c) => [c.channelId, c.name]));
  const report = assembleReport({ flags, previous: previousTotals, repeatPosters, overdue, posts, previousPosts, postsByChannel, channelNames }, period, now);
  const membership = external ? { ...external, leaversRemoved: new Set((leaverEntries ?? []).map((entry) => entry.target)).size } : undefined;
  return { ...report, ...(samples ? { dipSampling: dipSamplingFigures(samples) } : {}), ...(nudges ? { operationalNudges: nudges } : {}), ...(membership ? { membership } : {}) };
}
