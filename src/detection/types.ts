/**
 * Public types of the detection engine. Other modules (moderation, cards, CLI) code
 * against these names, so changes must stay additive. The finding types themselves are
 * declared by the detector modules and collected in detectors/registry.ts.
 */
import type { Candidate as CandidateOf, FindingTopic, Severity } from './detectors/detector';
import type { FindingType } from './detectors/registry';

export { FINDING_TYPES } from './detectors/registry';
export type { FindingType } from './detectors/registry';
export type { AttachmentInput, FindingTopic, PostInput, Severity } from './detectors/detector';
import type { PostInput } from './detectors/detector';

export interface Finding {
  type: FindingType;
  /** UTF-16 offsets into post.text; 0/0 for files that have no span in the text. */
  start: number;
  end: number;
  masked: string;
  severity: Severity;
  confidence: number;
  rule: string;
  policyTopic: FindingTopic;
  fileName?: string;
  fileType?: string;
}

export interface Scanner {
  scan(post: PostInput): Finding[];
}

/** What a detector proposes before config (enabled, severity, minConfidence) is applied. */
export type Candidate = CandidateOf<FindingType>;
