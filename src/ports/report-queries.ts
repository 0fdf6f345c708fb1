/**
 * Report queries port: the report's figures as aggregates. Listing 100,000 flag rows through
 * PGlite takes seconds, so the store provides these as SQL (src/storage/repos/report-queries-repo.ts);
 * reports/report-queries.ts computes the same from listed rows (the reference the SQL is tested against).
 */
import type { Period } from './period';
import type { FlagFigures, OverdueFigure, RepeatPosterCount } from './report-figures';

export interface ReportQueries {
  /** Aggregates of flags created in [from, to); `daily` aligned with londonDayStarts(period). */
  flagFigures(period: Period): Promise<FlagFigures>;
  /** Flags created in the period, and how many of them are now confirmed/escalated. */
  flagTotals(period: Period): Promise<{ total: number; confirmed: number }>;
  /** Posters with >= REPEAT_THRESHOLD confirmed/escalated flags created in the 90 days before `periodEnd`; latest display name. */
  repeatPosters(periodEnd: Date): Promise<RepeatPosterCount[]>;
  /** Flags waiting for a moderator for more than OVERDUE_HOURS at `now` (open: since created; appealed: since updated). */
  overdue(now: Date): Promise<OverdueFigure>;
}
