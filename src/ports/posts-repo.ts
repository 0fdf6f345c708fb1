/** Posts port: one row per scanned post, with no text, ever. */
import type { Period } from './period';

export interface PostRecord {
  conversationId: string;
  messageId: string;
  channelId: string;
  teamId: string;
  posterId: string;
  scannedAt: Date;
  lastScannedAt: Date;
  /** Ever flagged (sticky). */
  flagged: boolean;
  edited: boolean;
  deleted: boolean;
}
export interface PostCounts {
  scanned: number;
  flagged: number;
  edited: number;
  deleted: number;
}
export interface ScanRecord {
  conversationId: string;
  messageId: string;
  channelId: string;
  teamId: string;
  posterId: string;
  flagged: boolean;
  edited?: boolean;
  at?: Date;
}
export interface PostsRepo {
  /**
   * Records a scan: first scan inserts, re-scans (edits, re-deliveries) update the same
   * row (lastScannedAt; flagged/edited are OR-ed in, never cleared). `created` is true on first scan.
   */
  recordScan(input: ScanRecord): Promise<{ post: PostRecord; created: boolean }>;
  /**
   * Claims the delivery (as `activities.claimActivity`) and records the scan in ONE statement,
   * so a clean post costs a single round trip. Returns false, recording nothing, when the
   * delivery was already processed.
   */
  recordScanOnce(deliveryKey: string, input: ScanRecord): Promise<boolean>;
  /**
   * The first scan of a new post, in one statement: the posts row itself dedupes redeliveries.
   * Returns false, writing nothing, when the post is already recorded.
   */
  recordNewPost(input: ScanRecord): Promise<boolean>;
  markDeleted(conversationId: string, messageId: string, at?: Date): Promise<boolean>;
  get(conversationId: string, messageId: string): Promise<PostRecord | undefined>;
  /** Counts of posts first scanned in the period (optionally one channel). */
  counts(period: Period, channelId?: string): Promise<PostCounts>;
  countsByChannel(period: Period): Promise<Array<PostCounts & { channelId: string }>>;
}
