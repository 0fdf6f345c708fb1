/** Messages between the audit and its scan workers. Findings come back masked; text only for PSD. */
import type { AuditHit } from '../../audit/audit-types';
import type { DetectionConfigInput, Finding, PostInput } from '../../detection';
import type { CsvChunkJob, CsvChunkResult } from './csv-chunk';

export interface WorkerSetup {
  detection: Partial<DetectionConfigInput>;
}

/** Posts already read (Graph pages): scan only. */
export interface ScanBatch {
  kind: 'posts';
  no: number;
  posts: PostInput[];
}

/** Per post: null (clean), its findings, or the error that stopped its scan. */
export type PostResult = AuditHit[] | null | { error: string };

export interface ScanBatchResult {
  no: number;
  results: PostResult[];
}

export type WorkerJob = ScanBatch | CsvChunkJob;
export type WorkerResult = ScanBatchResult | CsvChunkResult;

export function toHits(findings: Finding[]): AuditHit[] {
  return findings.map((f) => {
    const hit: AuditHit = { type: f.type, masked: f.masked, policyTopic: f.policyTopic, severity: f.severity, rule: f.rule };
    if (f.fileName !== undefined) hit.fileName = f.fileName;
    return hit;
  });
}
