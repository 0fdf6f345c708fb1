/**
 * The report queries port (ports/report-queries.ts) computed from listed rows: the reference
 * the SQL aggregates (`store.reportQueries`, src/storage/repos/report-queries-repo.ts) are
 * tested against, and the fallback for callers that only have repositories.
 */
import type { Period } from '../ports/period';
import type { FlagsRepo } from '../ports/flags-repo';
import {
  CONFIRMED_STATES,
  OVERDUE_HOURS,
  PENDING_STATES,
  REPEAT_THRESHOLD,
  flagFiguresFromRows,
  overdueFromRows,
  repeatPostersFromRows,
  repeatWindow,
} from './compute-report';
import type { ReportQueries } from '../ports/report-queries';

const HOUR_MS = 60 * 60 * 1000;

export function rowReportQueries(store: { flags: FlagsRepo }): ReportQueries {
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
