/** JSON export: the figures and the rows together, for PSD tooling. Dates are ISO strings. */
import type { ExportRow } from './export-rows';
import type { ReportData } from './report-data';

export const EXPORT_NOTE =
  'Post text is never included in exports (retention purges it); masked values, counts and actions are kept.';

export function renderJson(report: ReportData, rows: ExportRow[]): string {
  return `${JSON.stringify({ note: EXPORT_NOTE, figures: report, rows }, null, 2)}\n`;
}
