/** Messages between the audit and its scan workers. Only scan inputs cross; findings come back masked. */
import type { AuditHit } from '../../audit/audit-types';
import type { Finding, PostInput } from '../../detection';

export interface ScanBatch {
  no: number;
  posts: PostInput[];
}

/** Per post: null (clean), its findings, or the error that stopped its scan. */
export type PostResult = AuditHit[] | null | { error: string };

export interface ScanBatchResult {
  no: number;
  results: PostResult[];
}

export function toHits(findings: Finding[]): AuditHit[] {
  return findings.map((f) => {
    const hit: AuditHit = { type: f.type, masked: f.masked, policyTopic: f.policyTopic, severity: f.severity, rule: f.rule };
    if (f.fileName !== undefined) hit.fileName = f.fileName;
    return hit;
  });
}
