/**
 * Public types of the detection engine. Other modules (moderation, cards, CLI) code
 * against these names, so changes must stay additive.
 */
import type { PolicyTopic } from '../policy/types';

export const FINDING_TYPES = [
  'email', 'phone', 'postcode', 'address', 'date_of_birth', 'nino', 'nhs_number',
  'bank_account', 'iban', 'payment_card', 'passport', 'driving_licence',
  'vehicle_registration', 'ip_address', 'person_name', 'health', 'pnc_id', 'cro_number',
  'crime_reference', 'protective_marking', 'intelligence_grading', 'file_upload', 'operational_use',
] as const;

export type FindingType = (typeof FINDING_TYPES)[number];
export type Severity = 'low' | 'medium' | 'high';
/**
 * Which topic of the social media policy a finding offends: one of the policy's own topics
 * (policy/types.ts), so a finding's topic always names something the policy index can cite.
 */
export type FindingTopic = Extract<PolicyTopic, 'personal_information' | 'file_upload' | 'operational_use'>;

export interface AttachmentInput {
  contentType: string;
  name?: string;
  contentUrl?: string;
  content?: unknown;
}

export interface PostInput {
  text: string;
  /** Teams' text/html rendering of the message; scanned for files only. */
  html?: string;
  attachments?: AttachmentInput[];
}

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
export interface Candidate {
  type: FindingType;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  fileName?: string;
  fileType?: string;
}
