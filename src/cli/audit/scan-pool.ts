import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PostInput } from '../../detection';
import type { CsvChunkJob, CsvChunkResult } from './csv-chunk';
import type { PostResult, ScanBatchResult, WorkerResult, WorkerSetup } from './scan-protocol';

/**
 * Cap on each worker's old-generation heap. A worker holds about 25 MB after a full collection
 * (the engine's tables, one chunk's records); left alone, V8 let each worker's heap swing up to
 * 110 MB before collecting, and with two workers the peaks coincided more often the longer the
 * run, so peak RSS grew with the export (bench:audit: 403 MB at 1M, 478 MB at 3M messages).
 * With the cap V8 collects sooner; a chunk's records need a few MB, far below it.
 */
const WORKER_OLD_GENERATION_MB = 64;
/**
 * Cap on each worker's young generation (Node's default for a worker is 48 MB). A chunk's parsed
 * records and scan results are short-lived garbage: V8 let the young generation fill to its
 * default before scavenging, so each worker's heap swung by tens of MB more than it needs.
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * A fixed set of scan worker threads. Jobs go to the least busy worker; each returns
 * a promise for that job's results, so the caller can consume them in export order. The
 * caller bounds how many batches are in flight (backpressure back to the reader).
 */
export class ScanPool {
  private readonly workers: Array<{ worker: Worker; busy: number }> = [];
  private readonly waiting = new Map<number, { resolve: (r: WorkerResult) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(size: number, setup: WorkerSetup) {
    const entry = workerEntry();
    for (let i = 0; i < size; i++) {
      const worker = new Worker(entry.code, { workerData: setup, eval: entry.eval, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      const slot = { worker, busy: 0 };
      worker.on('message', (result: WorkerResult) => {
        slot.busy--;
        const waiter = this.waiting.get(result.no);
        this.waiting.delete(result.no);
        waiter?.resolve(result);
      });
      worker.on('error', (error) => this.fail(new Error(`a scan worker failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a scan worker stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Scans posts already read (Graph pages). */
  async scan(posts: PostInput[]): Promise<PostResult[]> {
    const result = (await this.run((no) => ({ kind: 'posts', no, posts }))) as ScanBatchResult;
    return result.results;
  }

  /**
   * Parses and scans one chunk of Messages.csv. A chunk that owns its memory is moved to the
   * worker, not copied: the reader no longer uses it, and a copy would linger on this thread
   * until its next garbage collection, which this quiet thread runs rarely (tens of MB).
   */
  async scanCsv(job: Omit<CsvChunkJob, 'no'>): Promise<CsvChunkResult> {
    const { bytes } = job;
    const ownsMemory = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    return (await this.run((no) => ({ ...job, no }), ownsMemory ? [bytes.buffer as ArrayBuffer] : [])) as CsvChunkResult;
  }

  private run(job: (no: number) => object, transfer: ArrayBuffer[] = []): Promise<WorkerResult> {
    if (this.failure) return Promise.reject(this.failure);
    const no = this.next++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(no, { resolve, reject });
      slot.worker.postMessage(job(no), transfer);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/**
 * The worker's file next to this one: compiled JavaScript in dist; TypeScript when run from
 * source (npm run cli, tests, benches), loaded through tsx's require hook (a devDependency there).
 */
function workerEntry(): { code: string; eval: boolean } {
  const js = path.join(__dirname, 'scan-worker.js');
  if (existsSync(js)) return { code: js, eval: false };
  const ts = path.join(__dirname, 'scan-worker.ts');
  return { code: `require('tsx/cjs/api').register(); require(${JSON.stringify(ts)});`, eval: true };
}
