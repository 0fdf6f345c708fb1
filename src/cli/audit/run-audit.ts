import os from 'node:os';
import type { AuditGrants } from '../../audit/audit-options';
import { AuditTally } from '../../audit/audit-tally';
import type { ExportFile, ExportMessage, ReadItem } from '../../audit/audit-types';
import { createScanner, type DetectionConfigInput, type PostInput } from '../../detection';
import { openExport } from './export-source';
import type { Progress } from './progress';
import { readFilesCsv, readMessagesCsv, type ItemReader } from './read-engage';
import { readGraphPages } from './read-graph';
import { toHits, type PostResult } from './scan-protocol';
import { ScanPool } from './scan-pool';

/**
 * The audit pipeline: read the export (streamed), scan messages on worker threads in batches,
 * and fold the results into the tally in export order, so the latest version of an edited
 * message decides and a deletion clears earlier versions. At most a few batches per worker are
 * in flight, so memory stays flat whatever the export's size.
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
}

export const defaultWorkers = (): number => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

export async function runAudit(options: AuditRunOptions): Promise<AuditRun> {
  const started = Date.now();
  const source = await openExport(options.path);
  const tally = new AuditTally(options.grants.includeText);
  const workers = Math.max(1, options.workers ?? defaultWorkers());
  const pool = new ScanPool(workers, options.detection);
  try {
    let reader: ItemReader;
    let files = new Map<string, ExportFile>();
    const attached = new Set<string>();
    if (source.kind === 'engage') {
      if (source.files) files = await readFilesCsv(source.files, (row) => tally.addMalformed(row));
      tally.counts.filesListed = files.size;
      reader = readMessagesCsv(source.messages, files, attached);
    } else {
      reader = readGraphPages(source.pages);
    }
    const progress = options.progress(reader.totalBytes);
    try {
      await scanAll(reader, pool, tally, options.batchSize ?? 256, progress);
    } finally {
      progress.stop();
    }
    // Files uploaded to a group but attached to no message are uploads all the same.
    const scanner = createScanner(options.detection);
    for (const file of files.values()) {
      if (attached.has(file.id)) continue;
      tally.addUnattachedFile(file, toHits(scanner.scan({ text: '', attachments: [{ contentType: 'reference', name: file.name || `file ${file.id}` }] })));
    }
    return { tally, kind: source.kind, source: source.label, elapsedMs: Date.now() - started, workers };
  } finally {
    await pool.close();
    source.close();
  }
}

interface Batch {
  items: ReadItem[];
  results: Promise<PostResult[]>;
}

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
