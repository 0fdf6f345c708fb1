import os from 'node:os';
import type { AuditGrants } from '../../audit/audit-options';
import { AuditTally } from '../../audit/audit-tally';
import type { ExportFile, ExportMessage, ReadItem } from '../../audit/audit-types';
import { createScanner, type DetectionConfigInput, type PostInput } from '../../detection';
import { openExport } from './export-source';
import type { Progress } from './progress';
import { messageChunks, type ItemReader, type MessageChunks } from './read-engage';
import { CLEAN_ID_END, type CsvChunkResult } from './csv-chunk';
import { ExportFormatError } from '../../audit/yammer-messages';
import { readGraphPages } from './read-graph';
import { toHits, type PostResult } from './scan-protocol';
import { ScanPool } from './scan-pool';
import { FlaggedSpill } from './flagged-spill';
import { UploadedFiles } from './uploaded-files';

/**
 * The audit pipeline: read the export (streamed), parse and scan on worker threads, and fold
 * the results into the tally in export order, so the latest version of an edited message
 * decides and a deletion clears earlier versions. At most a few jobs per worker are in flight,
 * and whatever grows with the export (flagged versions, which version of a message is its
 * latest, Files.csv and the files messages attached) is kept in temporary files, sorted and
 * merged on disk (flagged-spill.ts, uploaded-files.ts), so memory stays flat whatever its size.
 */
export interface AuditRunOptions {
  path: string;
  workers?: number;
  detection: Partial<DetectionConfigInput>;
  grants: AuditGrants;
  /** Created once the export's size is known. */
  progress: (totalBytes: number) => Progress;
  batchSize?: number;
}

export interface AuditRun {
  tally: AuditTally;
  /** 'engage' (Viva Engage CSV) or 'graph' (Teams channel pages): names imported flags' conversations. */
  kind: 'engage' | 'graph';
  source: string;
  elapsedMs: number;
  workers: number;
  /** Deletes the flagged versions' temporary file: call it once the outputs (and any import) are written. */
  dispose(): void;
}

export const defaultWorkers = (): number => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

export async function runAudit(options: AuditRunOptions): Promise<AuditRun> {
  const started = Date.now();
  const source = await openExport(options.path);
  const spill = new FlaggedSpill();
  const tally = new AuditTally(options.grants.includeText, spill);
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  let pool: ScanPool | undefined;
  try {
    const scanner = createScanner(options.detection);
    if (source.kind === 'engage') {
      const uploads = new UploadedFiles(spill);
      if (source.files) await uploads.readFilesCsv(source.files, (row) => tally.addMalformed(row));
      const messages = await messageChunks(source.messages);
      pool = new ScanPool(workers, { detection: options.detection });
      await withProgress(options.progress(messages.totalBytes), (progress) => scanChunks(messages, pool!, tally, uploads, options.grants.includeText, progress));
      // Names uploads from Files.csv; files no message attached are uploads all the same.
      const scanFile = (_file: ExportFile, name: string) => toHits(scanner.scan({ text: '', attachments: [{ contentType: 'reference', name }] }));
      uploads.join(scanFile, spill, tally);
    } else {
      const reader = readGraphPages(source.pages);
      pool = new ScanPool(workers, { detection: options.detection });
      await withProgress(options.progress(reader.totalBytes), (progress) => scanAll(reader, pool!, tally, options.batchSize ?? 256, progress));
    }
    tally.finish();
    return { tally, kind: source.kind, source: source.label, elapsedMs: Date.now() - started, workers, dispose: () => spill.dispose() };
  } catch (error) {
    spill.dispose();
    throw error;
  } finally {
    await pool?.close();
    source.close();
  }
}

async function withProgress(progress: Progress, work: (progress: Progress) => Promise<void>): Promise<void> {
  try {
    await work(progress);
  } finally {
    progress.stop();
  }
}

/**
 * Messages.csv: chunks of whole records go to the workers (which parse and scan them); results
 * are folded in chunk order, each chunk's rows numbered after the rows of the chunks before it.
 */
async function scanChunks(messages: MessageChunks, pool: ScanPool, tally: AuditTally, uploads: UploadedFiles, includeText: boolean, progress: Progress): Promise<void> {
  const inFlight: Array<Promise<CsvChunkResult>> = [];
  const maxInFlight = pool.size * 3;
  let rowsBefore = 1; // the header
  let linesBefore = 1;
  let seq = 0;
  let records = 0;
  const settle = async () => {
    const result = await inFlight.shift()!;
    const ids = result.cleanIds;
    let idStart = 0;
    let at = 0;
    // Records are folded in order: the clean rows' ids (one string) fill the places between the items.
    const cleanUpTo = (end: number) => {
      for (; at < end; at++) {
        const idEnd = ids.indexOf(CLEAN_ID_END, idStart);
        tally.addClean(ids.slice(idStart, idEnd));
        idStart = idEnd + 1;
      }
    };
    for (const item of result.items) {
      cleanUpTo(item.at);
      at++;
      if (item.k === 'clean') tally.addClean(item.id);
      else if (item.k === 'flagged') uploads.noteFlagged(tally.addFlagged({ ...item.message, seq: seq++ }), item.message.hits);
      else if (item.k === 'skipped') tally.addSkipped(item.reason, item.id);
      else tally.addMalformed({ where: `${messages.file} row ${rowsBefore + item.row}${item.line ? ` (line ${linesBefore + item.line - 1})` : ''}`, reason: item.reason });
    }
    cleanUpTo(result.records);
    uploads.noteAttached(result.attachedFileIds);
    rowsBefore += result.rows;
    linesBefore += result.lines;
    records += result.records;
    progress.update(messages.bytesRead(), records);
  };
  for await (const bytes of messages.chunks) {
    inFlight.push(pool.scanCsv({ kind: 'csv', bytes, file: messages.file, columns: messages.columns, headerLength: messages.header.length, includeText }));
    while (inFlight.length >= maxInFlight) await settle();
  }
  while (inFlight.length > 0) await settle();
  if (rowsBefore === 1) throw new ExportFormatError(`${messages.file} row 2: no messages after the header; the export is empty (check its date range)`);
}

interface Batch {
  items: ReadItem[];
  results: Promise<PostResult[]>;
}

/** Graph pages: read here (pages are small), scanned on the workers in batches. */
async function scanAll(reader: ItemReader, pool: ScanPool, tally: AuditTally, batchSize: number, progress: Progress): Promise<void> {
  const inFlight: Batch[] = [];
  const maxInFlight = pool.size * 3;
  let items: ReadItem[] = [];
  let posts: PostInput[] = [];
  let read = 0;
  const settle = async () => {
    const batch = inFlight.shift()!;
    applyBatch(batch.items, await batch.results, tally);
  };
  const flush = async () => {
    if (items.length === 0) return;
    inFlight.push({ items, results: pool.scan(posts) });
    items = [];
    posts = [];
    while (inFlight.length >= maxInFlight) await settle();
  };
  for await (const item of reader.items) {
    items.push(item);
    read++;
    if (item.kind === 'message') posts.push(scanInput(item.message));
    if (posts.length >= batchSize || items.length >= batchSize * 4) {
      await flush();
      progress.update(reader.bytesRead(), read);
    }
  }
  await flush();
  while (inFlight.length > 0) await settle();
  progress.update(reader.bytesRead(), read);
}

function scanInput(message: ExportMessage): PostInput {
  const post: PostInput = { text: message.text };
  if (message.html) post.html = message.html;
  if (message.attachments) post.attachments = message.attachments;
  return post;
}

function applyBatch(items: ReadItem[], results: PostResult[], tally: AuditTally): void {
  let next = 0;
  for (const item of items) {
    if (item.kind === 'malformed') tally.addMalformed(item.row);
    else if (item.kind === 'skipped') tally.addSkipped(item.reason, item.id);
    else {
      const result = results[next++];
      if (result && !Array.isArray(result)) tally.addMalformed({ where: item.message.where, reason: `could not be scanned (${result.error})` });
      else tally.addScanned(item.message, result ?? []);
    }
  }
}
