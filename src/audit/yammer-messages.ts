/**
 * Viva Engage (Yammer) Network Data Export: Messages.csv and Files.csv records to audit values.
 * Columns are found by header name, never by position (order and extra columns change between
 * export versions); see docs/audit.md for the layout and the sources it was taken from.
 */
import type { AttachmentInput } from '../detection';
import type { ExportFile, ExportMessage, ReadItem } from './audit-types';
import { normaliseTimestamp } from './export-dates';
import { htmlToText, looksLikeHtml } from './html-text';

/** Without these the audit cannot say what a finding is, where or who posted it. */
export const MESSAGES_REQUIRED = ['id', 'thread_id', 'group_id', 'sender_id', 'body', 'created_at', 'deleted_at'] as const;
export const FILES_REQUIRED = ['file_id', 'name'] as const;

export class ExportFormatError extends Error {}

export type ColumnIndex = Map<string, number>;

/** Header row to column positions; throws naming the first missing column. */
export function columnIndex(file: string, header: string[], required: readonly string[]): ColumnIndex {
  const index: ColumnIndex = new Map();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const missing = required.filter((name) => !index.has(name));
  if (missing.length > 0) {
    throw new ExportFormatError(`${file} row 1 (header): missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}; is this a Viva Engage network data export?`);
  }
  return index;
}

const cell = (record: string[], index: ColumnIndex, name: string): string => {
  const i = index.get(name);
  return i === undefined ? '' : (record[i] ?? '');
};

/** Files.csv, keyed by file id, so a message's `uploadedfile:<id>` attachment can be named. */
export function toExportFile(record: string[], index: ColumnIndex): ExportFile | undefined {
  const id = cell(record, index, 'file_id').trim();
  if (!id) return undefined;
  return {
    id,
    name: cell(record, index, 'name'),
    uploaderId: cell(record, index, 'uploader_id'),
    groupId: cell(record, index, 'group_id'),
    groupName: cell(record, index, 'group_name'),
    createdAt: normaliseTimestamp(cell(record, index, 'created_at') || cell(record, index, 'uploaded_at')),
    downloadUrl: cell(record, index, 'download_url') || undefined,
  };
}

/** "uploadedfile:123, opengraphobject:[...]" -> ["123"]. Link previews are not uploads. */
export function uploadedFileIds(attachments: string): string[] {
  return [...attachments.matchAll(/uploadedfile:(\d+)/g)].map((m) => m[1]);
}

export interface MessageRowContext {
  file: string;
  /** 1-based data row number (the header is row 1, so the first message is row 2). */
  row: number;
  seq: number;
  headerLength: number;
  files: ReadonlyMap<string, ExportFile>;
  /** Ids of files some message attached (so Files.csv entries with no message are reported on their own). */
  attachedFileIds: Set<string>;
}

export function toReadItem(record: string[], index: ColumnIndex, ctx: MessageRowContext): ReadItem {
  const where = `${ctx.file} row ${ctx.row}`;
  if (record.length !== ctx.headerLength) {
    return { kind: 'malformed', row: { where, reason: `${record.length} fields where the header has ${ctx.headerLength}` } };
  }
  const id = cell(record, index, 'id').trim();
  if (!id) return { kind: 'malformed', row: { where, reason: 'no message id' } };
  if (cell(record, index, 'deleted_at').trim() || cell(record, index, 'deleted_by_id').trim()) {
    return { kind: 'skipped', reason: 'deleted', id, seq: ctx.seq };
  }
  if (cell(record, index, 'message_type').trim().toLowerCase() === 'system') return { kind: 'skipped', reason: 'system', id, seq: ctx.seq };

  const html = cell(record, index, 'html_body');
  let body = cell(record, index, 'body');
  if (!body.trim() && html.trim()) body = htmlToText(html);
  else if (looksLikeHtml(body)) body = htmlToText(body);
  const title = cell(record, index, 'title').trim();
  const attachments = attachmentsOf(cell(record, index, 'attachments'), ctx);
  const privateConversation = cell(record, index, 'in_private_conversation').trim().toLowerCase() === 'true';
  const groupId = cell(record, index, 'group_id').trim();
  const message: ExportMessage = {
    seq: ctx.seq,
    where,
    id,
    threadId: cell(record, index, 'thread_id').trim() || id,
    groupId: privateConversation ? 'private' : groupId || 'all-company',
    groupName: privateConversation ? '(private messages)' : cell(record, index, 'group_name').trim() || groupId || '(All Company)',
    senderId: cell(record, index, 'sender_id').trim(),
    senderName: cell(record, index, 'sender_name').trim() || undefined,
    createdAt: normaliseTimestamp(cell(record, index, 'created_at')),
    text: title && !body.startsWith(title) ? `${title}\n${body}` : body,
    link: cell(record, index, 'api_url').trim() || undefined,
  };
  if (attachments.length > 0) message.attachments = attachments;
  return { kind: 'message', message };
}

function attachmentsOf(value: string, ctx: MessageRowContext): AttachmentInput[] {
  if (!value.trim()) return [];
  return uploadedFileIds(value).map((fileId) => {
    ctx.attachedFileIds.add(fileId);
    const file = ctx.files.get(fileId);
    // A file Files.csv does not list is still an upload: the scanner sees it, unnamed.
    return { contentType: 'reference', name: file?.name || `uploadedfile:${fileId}`, ...(file?.downloadUrl ? { contentUrl: file.downloadUrl } : {}) };
  });
}
