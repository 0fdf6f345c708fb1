/**
 * CSV export for PSD (opened in Excel). csv-stringify does the RFC 4180 quoting (commas,
 * quotes, newlines); we add the formula-injection guard, because names, reasons and channel
 * names come from users and Excel would evaluate "=HYPERLINK(...)" or "@SUM(...)".
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportRow } from './export-rows';

export const CSV_COLUMNS: Array<{ header: string; value: (row: ExportRow) => string | number | null }> = [
  { header: 'Flag ID', value: (r) => r.flagId },
  { header: 'Source', value: (r) => r.source },
  { header: 'Detected at (UTC)', value: (r) => r.detectedAt },
  { header: 'Detected at (UK time)', value: (r) => r.detectedAtLondon },
  { header: 'Channel', value: (r) => r.channelName ?? r.channelId },
  { header: 'Team', value: (r) => r.teamName },
  { header: 'Channel ID', value: (r) => r.channelId },
  { header: 'Poster', value: (r) => r.posterName ?? '' },
  { header: 'Poster ID', value: (r) => r.posterId },
  { header: 'Detection types', value: (r) => r.detectionTypes.join('; ') },
  { header: 'Masked values', value: (r) => r.maskedValues.join('; ') },
  { header: 'Policy clauses', value: (r) => r.policyClauses.join('; ') },
  { header: 'State', value: (r) => r.state },
  {
    header: 'Actions',
    value: (r) =>
      r.actions
        .map((a) => `${a.atLondon} ${a.action} by ${a.actorName ?? a.actorId ?? 'system'}${a.reason ? `: ${a.reason}` : ''}`)
        .join('\n'),
  },
  { header: 'Days pending', value: (r) => r.daysPending },
  { header: 'Appeal reason', value: (r) => r.appealReason },
  { header: 'Escalation reason', value: (r) => r.escalationReason },
  { header: 'Dismiss reason', value: (r) => r.dismissReason },
  { header: 'Teams link', value: (r) => r.deepLink },
];

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a quote to text a spreadsheet would treat as a formula (OWASP CSV injection advice). */
export function guardCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One row per flag. `figures` (the policy's own rules: membership checks and the like) follow the
 * flag rows after an empty line as "Figure","Value" pairs, so a spreadsheet shows them under the
 * table; only passed when there is something to show, so a plain flag export stays one table.
 */
export function renderCsv(rows: ExportRow[], figures: Array<[string, string]> = []): string {
  const records = rows.map((row) => CSV_COLUMNS.map((c) => guardCell(c.value(row))));
  const tail = figures.length ? [[], ['Figure', 'Value'], ...figures.map(([k, v]) => [guardCell(k), guardCell(v)])] : [];
  return stringify([CSV_COLUMNS.map((c) => c.header), ...records, ...tail], {
    bom: true, // Excel needs the BOM to read UTF-8 names correctly
    record_delimiter: 'windows',
  });
}
