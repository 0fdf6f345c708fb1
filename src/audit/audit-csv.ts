/**
 * CSV output: a few "#" header lines (what was audited, notes such as a refused --include-text),
 * then one row per finding. csv-stringify quotes; guardCell stops spreadsheet formula injection
 * (sender ids, group names and file names come from users).
 */
import { stringify } from 'csv-stringify/sync';
import { guardCell } from '../reports/csv-export';
import type { AuditRow } from './audit-rows';

export const AUDIT_COLUMNS: Array<{ header: string; value: (row: AuditRow) => string }> = [
  { header: 'message_id', value: (r) => r.messageId },
  { header: 'thread_id', value: (r) => r.threadId },
  { header: 'group', value: (r) => r.group },
  { header: 'sender_id', value: (r) => r.senderId },
  { header: 'date', value: (r) => r.date },
  { header: 'type', value: (r) => r.type },
  { header: 'masked_value', value: (r) => r.maskedValue },
  { header: 'clause', value: (r) => r.clause },
  { header: 'link', value: (r) => r.link },
];
const TEXT_COLUMN = { header: 'text', value: (r: AuditRow) => r.text ?? '' };

export function csvColumns(includeText: boolean) {
  return includeText ? [...AUDIT_COLUMNS, TEXT_COLUMN] : AUDIT_COLUMNS;
}

/** "# " lines; csv-parse reads them back with `comment: '#'`. */
export function csvHeaderLines(lines: string[], includeText: boolean): string {
  const comments = lines.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}\n`).join('');
  return comments + stringify([csvColumns(includeText).map((c) => c.header)]);
}

export function csvRow(row: AuditRow, includeText: boolean): string {
  return stringify([csvColumns(includeText).map((c) => guardCell(c.value(row)))]);
}
