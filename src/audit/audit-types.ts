/**
 * Shapes shared by the network audit (`policy-bot audit`). An export, whatever its format
 * (Viva Engage CSV, Graph JSON), is read into ExportMessage values; only the scan inputs
 * cross to the worker threads, and findings come back as AuditHit values.
 */
import type { AttachmentInput } from '../detection';

export interface ExportMessage {
  /** Position in the export: a later row with the same id is a later version of the message. */
  seq: number;
  /** Where the message came from, for notes: "Messages.csv row 12", "page-3.json message 4". */
  where: string;
  id: string;
  threadId: string;
  groupId: string;
  groupName: string;
  senderId: string;
  /** Only ever written to the PSD key file, never to the report. */
  senderName?: string;
  /** ISO 8601 where the export's value could be read, else the raw value. */
  createdAt: string;
  text: string;
  html?: string;
  attachments?: AttachmentInput[];
  link?: string;
}

/** A record the reader could not use: counted, noted and skipped. */
export interface MalformedRow {
  where: string;
  reason: string;
}

/** Why a record was not scanned although it was read. */
export type SkipReason = 'deleted' | 'system';

export type ReadItem =
  | { kind: 'message'; message: ExportMessage }
  | { kind: 'skipped'; reason: SkipReason; id: string; seq: number }
  | { kind: 'malformed'; row: MalformedRow };

/** One finding as the audit keeps it: masked value only, never the matched text. */
export interface AuditHit {
  type: string;
  masked: string;
  policyTopic: string;
  severity: string;
  rule: string;
  fileName?: string;
}

/**
 * A message with findings, as the report rows need it: the message's own fields (sender name for
 * the PSD key file only), without its scan inputs. Text only when PSD asked for it.
 */
export type FlaggedMessage = Pick<ExportMessage, 'seq' | 'id' | 'threadId' | 'groupId' | 'groupName' | 'senderId' | 'senderName' | 'createdAt' | 'link'> & {
  hits: AuditHit[];
  text?: string;
};

/** A file listed in Files.csv. */
export interface ExportFile {
  id: string;
  name: string;
  uploaderId: string;
  groupId: string;
  groupName: string;
  createdAt: string;
  downloadUrl?: string;
}
