/**
 * Worker thread of the audit: parses its share of Messages.csv (csv-chunk.ts) or takes posts
 * already read, and scans them with the same detection engine and configuration as live posts.
 * Every finding type the engine returns is passed on as it is, so a type added to the engine
 * later appears in the audit unchanged.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportFile } from '../../audit/audit-types';
import { createScanner, type PostInput } from '../../detection';
import { processChunk } from './csv-chunk';
import { toHits, type PostResult, type WorkerJob, type WorkerResult, type WorkerSetup } from './scan-protocol';

const setup = workerData as WorkerSetup;
const scanner = createScanner(setup.detection);
// Workers do not hold Files.csv (it can list millions of files): an upload is scanned as
// `uploadedfile:<id>` and named from Files.csv on the main thread, on disk (uploaded-files.ts).
const files = new Map<string, ExportFile>();
const scan = (post: PostInput) => scanner.scan(post);

parentPort?.on('message', (job: WorkerJob) => {
  let result: WorkerResult;
  if (job.kind === 'csv') result = processChunk(job, files, scan, toHits);
  else {
    const results: PostResult[] = job.posts.map((post) => {
      try {
        const findings = scan(post);
        return findings.length === 0 ? null : toHits(findings);
      } catch (error) {
        // A bug on one post must not stop the audit: that message is reported as not scanned.
        return { error: (error as Error).message.split('\n')[0] };
      }
    });
    result = { no: job.no, results };
  }
  parentPort?.postMessage(result);
});
