/**
 * One call for every export path (CLI, Teams "export", signed download route): figures +
 * rows -> file body, content type and a file name. Exports never contain post text.
 */
import type { Period } from '../ports/period';
import type { Repositories } from '../ports/store';
import { buildReport } from './build-report';
import { renderCsv } from './csv-export';
import type { ExportFormat } from './download-link';
import { loadExportRows, type ClauseResolver } from './export-rows';
import { renderReportHtml } from './html-export';
import { renderJson } from './json-export';
import { londonDateKey } from './london-time';
import { hasMembershipActivity, membershipLines } from './membership-figures';
import type { ReportData } from './report-data';
import type { ReportQueries } from '../ports/report-queries';

export interface ExportFile {
  body: string;
  contentType: string;
  fileName: string;
  report: ReportData;
  rowCount: number;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export async function exportReport(
  store: Pick<Repositories, 'flags' | 'posts' | 'flagActions' | 'watchedChannels'>,
  period: Period & { label?: string },
  format: ExportFormat,
  now: Date,
  resolveClause: ClauseResolver,
  queries?: ReportQueries,
): Promise<ExportFile> {
  const [report, rows] = await Promise.all([buildReport(store, period, now, queries), loadExportRows(store, period, now, resolveClause)]);
  const csvFigures = hasMembershipActivity(report.membership) ? membershipLines(report.membership) : [];
  const body = format === 'csv' ? renderCsv(rows, csvFigures) : format === 'html' ? renderReportHtml(report, rows) : renderJson(report, rows);
  // The last day in the name is the last day included (the period end is exclusive).
  const lastDay = londonDateKey(new Date(period.to.getTime() - 1));
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: `psd-report-${londonDateKey(period.from)}-to-${lastDay}.${format}`,
    report,
    rowCount: rows.length,
  };
}
