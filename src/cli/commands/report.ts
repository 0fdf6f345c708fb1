/**
 * `policy-bot report --from --to --format csv|html|json`: writes an export to stdout. Dates
 * are London calendar days, both inclusive; with no dates, the last 7 days. The export is
 * recorded in the audit log (actor "cli") like an export from Teams.
 */
import type { Store } from '../../ports/store';
import { exportReport } from '../../reports/export-report';
import type { ClauseResolver } from '../../reports/export-rows';
import { londonDateKey } from '../../reports/london-time';
import { dateRange, parseReportPeriod, type ReportPeriod } from '../../reports/report-period';

export interface ReportArgs {
  from?: string;
  to?: string;
  format: 'csv' | 'html' | 'json';
}

export async function runReport(
  store: Store,
  args: ReportArgs,
  output: NodeJS.WritableStream,
  now: Date,
  clauseResolver: ClauseResolver,
): Promise<void> {
  const period = cliPeriod(args, now);
  const file = await exportReport(store, period, args.format, now, clauseResolver, store.reportQueries);
  await store.audit.append({
    actorId: 'cli',
    action: 'report.export',
    details: { format: args.format, from: period.from.toISOString(), to: period.to.toISOString(), rows: file.rowCount },
  });
  await new Promise<void>((resolve, reject) => {
    output.write(file.body, (error) => (error ? reject(error) : resolve()));
  });
}

export function cliPeriod(args: Pick<ReportArgs, 'from' | 'to'>, now: Date): ReportPeriod {
  if (args.from && args.to) return dateRange(args.from, args.to, now);
  if (args.from) return dateRange(args.from, londonDateKey(now), now);
  if (args.to) {
    // Seven London days ending on --to.
    const [y, m, d] = args.to.split('-').map(Number);
    const first = new Date(Date.UTC(y, m - 1, d - 6));
    return dateRange(Number.isNaN(first.getTime()) ? args.to : first.toISOString().slice(0, 10), args.to, now);
  }
  return parseReportPeriod('', now);
}
