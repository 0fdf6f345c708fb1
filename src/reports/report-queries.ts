/**
 * What the report needs from storage, as aggregates. Listing 100,000 flag rows through PGlite
 * takes seconds, so the store provides these as SQL (`store.reportQueries`, see
 * src/storage/repos/report-queries-repo.ts). `rowReportQueries` computes the same aggregates
 * from listed rows: the reference the SQL is tested against, and the fallback for callers that
 * only have repositories.
 */
import type { Period, Repositories } from '../ports/store';
import {
  CONFIRMED_STATES,
  OVERDUE_HOURS,
  PENDING_STATES,
  REPEAT_THRESHOLD,
  flagFiguresFromRows,
  overdueFromRows,
  repeatPostersFromRows,
  repeatWindow,
  type FlagFigures,
  type ReportParts,
} from './compute-report';

export interface ReportQueries {
  /** Aggregates of flags created in [from, to); `daily` aligned with londonDayStarts(period). */
  flagFigures(period: Period): Promise<FlagFigures>;
  /** Flags created in the period, and how many of them are now confirmed/escalated. */
  flagTotals(period: Period): Promise<{ total: number; confirmed: number }>;
  /** Posters with >= REPEAT_THRESHOLD confirmed/escalated flags created in the 90 days before `periodEnd`; latest display name. */
  repeatPosters(periodEnd: Date): Promise<ReportParts['repeatPosters']>;
  /** Flags waiting for a moderator for more than OVERDUE_HOURS at `now` (open: since created; appealed: since updated). */
  overdue(now: Date): Promise<ReportParts['overdue']>;
}

const HOUR_MS = 60 * 60 * 1000;

export function rowReportQueries(store: Pick<Repositories, 'flags'>): ReportQueries {
  return {
    async flagFigures(period) {
      return flagFiguresFromRows(await store.flags.listByPeriod({ from: period.from, to: period.to }), period);
    },
    async flagTotals(period) {
      const [all, confirmed] = await Promise.all([
        store.flags.listByPeriod({ from: period.from, to: period.to }),
        store.flags.listByPeriod({ from: period.from, to: period.to, states: [...CONFIRMED_STATES] }),
      ]);
      return { total: all.length, confirmed: confirmed.length };
    },
    async repeatPosters(periodEnd) {
      const rows = await store.flags.listByPeriod({ ...repeatWindow(periodEnd), states: [...CONFIRMED_STATES] });
      return repeatPostersFromRows(rows, periodEnd).filter((p) => p.confirmedFlags >= REPEAT_THRESHOLD);
    },
    async overdue(now) {
      // Appeals are re-checked against updatedAt in overdueFromRows.
      return overdueFromRows(await store.flags.listOpenOlderThan(new Date(now.getTime() - OVERDUE_HOURS * HOUR_MS), [...PENDING_STATES]), now);
    },
  };
}
