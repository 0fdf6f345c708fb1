import { parse, type CsvError } from 'csv-parse/sync';
import type { AuditHit, ExportFile, FlaggedMessage, SkipReason } from '../../audit/audit-types';
import { toReadItem, type ColumnIndex } from '../../audit/yammer-messages';
import type { Finding, PostInput } from '../../detection';
import { describeCsvError } from './csv-records';

/**
 * A worker's share of Messages.csv: one chunk of whole records (see record-chunks.ts), parsed
 * with csv-parse, mapped to messages and scanned. Row numbers are relative to the chunk; the
 * main thread adds the rows before it when it folds results in export order.
 */
export interface CsvChunkJob {
  kind: 'csv';
  no: number;
  bytes: Uint8Array;
  file: string;
  columns: Array<[string, number]>;
  headerLength: number;
  includeText: boolean;
}

/** Ends each id in CsvChunkResult.cleanIds (an id never holds a NUL; one that did would come as an item). */
export const CLEAN_ID_END = '\u0000';

/** A record, by its position `at` among the chunk's records; most clean rows come in cleanIds instead. */
export type ChunkItem = { at: number } & ChunkEntry;
type ChunkEntry =
  | { k: 'clean'; id: string }
  | { k: 'flagged'; message: FlaggedMessage }
  | { k: 'skipped'; reason: SkipReason; id: string }
  /** `line` only for rows csv-parse could not read (relative to the chunk's first line). */
  | { k: 'malformed'; row: number; line?: number; reason: string };

export interface CsvChunkResult {
  no: number;
  /** Records that are not clean rows listed in cleanIds. */
  items: ChunkItem[];
  /**
   * The ids of the other records (clean rows), in order, each ended by CLEAN_ID_END: one string
   * instead of an object per row, so the main thread, which holds results until their turn
   * comes, keeps a few objects per chunk rather than thousands (its heap grew with the export).
   */
  cleanIds: string;
  /** Records in `items` and `cleanIds` together. */
  records: number;
  /** Records in the chunk, good and skipped: the next chunk's rows start after them. */
  rows: number;
  lines: number;
  attachedFileIds: string[];
}

export function processChunk(job: CsvChunkJob, files: ReadonlyMap<string, ExportFile>, scan: (post: PostInput) => Finding[], toHits: (f: Finding[]) => AuditHit[]): CsvChunkResult {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const items: ChunkItem[] = [];
  const cleanIds: string[] = [];
  let at = 0;
  const emit = (entry: ChunkEntry | ChunkItem) => {
    if (entry.k === 'clean' && !entry.id.includes(CLEAN_ID_END)) cleanIds.push(entry.id, CLEAN_ID_END);
    else items.push({ ...entry, at });
    at++;
  };
  // Rows csv-parse skipped, as it reports them (positions are given when merged below).
  const skippedRows: ChunkEntry[] = [];
  // csv-parse reports skipped rows as they happen; a good record's row counts the skips before it.
  const skipAfters: number[] = [];
  let lastSkipLine = -1;
  const records = parse(bytes, {
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 2_000_000,
    on_skip: (err: CsvError | undefined) => {
      const info = err as unknown as { lines?: number; records?: number } | undefined;
      if ((info?.lines ?? -1) === lastSkipLine) return undefined;
      lastSkipLine = info?.lines ?? -1;
      skipAfters.push(info?.records ?? 0);
      skippedRows.push({ k: 'malformed', row: (info?.records ?? 0) + skipAfters.length, line: info?.lines, reason: describeCsvError(err) });
      return undefined;
    },
  }) as string[][];
  // Skipped rows were collected first; good rows follow and are merged by row number below.
  const skipped = skippedRows;
  const index: ColumnIndex = new Map(job.columns);
  const attached = new Set<string>();
  const ctx = { file: job.file, row: 0, seq: 0, headerLength: job.headerLength, files, attachedFileIds: attached };
  let skipsBefore = 0;
  let s = 0;
  records.forEach((record, i) => {
    while (skipsBefore < skipAfters.length && skipAfters[skipsBefore] <= i) skipsBefore++;
    while (s < skipped.length && s < skipsBefore) emit(skipped[s++]);
    ctx.row = i + 1 + skipsBefore;
    ctx.seq = i;
    const item = toReadItem(record, index, ctx);
    if (item.kind === 'malformed') emit({ k: 'malformed', row: ctx.row, reason: item.row.reason });
    else if (item.kind === 'skipped') emit({ k: 'skipped', reason: item.reason, id: item.id });
    else {
      const m = item.message;
      const post: PostInput = { text: m.text };
      if (m.attachments) post.attachments = m.attachments;
      let hits: AuditHit[];
      try {
        hits = toHits(scan(post));
      } catch (error) {
        emit({ k: 'malformed', row: ctx.row, reason: `could not be scanned (${(error as Error).message.split('\n')[0]})` });
        return;
      }
      if (hits.length === 0) emit({ k: 'clean', id: m.id });
      else {
        emit({
          k: 'flagged',
          message: { seq: 0, id: m.id, threadId: m.threadId, groupId: m.groupId, groupName: m.groupName, senderId: m.senderId, senderName: m.senderName, createdAt: m.createdAt, link: m.link, hits, ...(job.includeText ? { text: m.text } : {}) },
        });
      }
    }
  });
  while (s < skipped.length) emit(skipped[s++]);
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  return { no: job.no, items, cleanIds: cleanIds.join(''), records: at, rows: records.length + skipped.length, lines, attachedFileIds: [...attached] };
}
