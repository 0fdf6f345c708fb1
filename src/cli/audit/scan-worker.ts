/**
 * Worker thread of the audit: scans batches of posts with the same detection engine (and
 * configuration) as live posts, and returns masked findings only. Every type the engine returns
 * is passed on as it is, so a type added to the engine later appears in the audit unchanged.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner, type DetectionConfigInput, type PostInput } from '../../detection';
import { toHits, type ScanBatch, type ScanBatchResult } from './scan-protocol';

const scanner = createScanner(workerData as Partial<DetectionConfigInput>);

parentPort?.on('message', (batch: ScanBatch) => {
  const results: ScanBatchResult['results'] = batch.posts.map((post: PostInput) => {
    try {
      const findings = scanner.scan(post);
      return findings.length === 0 ? null : toHits(findings);
    } catch (error) {
      // A bug on one post must not stop the audit: that message is reported as not scanned.
      return { error: (error as Error).message.split('\n')[0] };
    }
  });
  parentPort?.postMessage({ no: batch.no, results } satisfies ScanBatchResult);
});
