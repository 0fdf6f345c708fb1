/** Flag intake port: the hot path that records a flagged channel post in one statement. */
import type { NewFlag } from '../moderation/flag';
import type { ConversationRef } from './messenger';
import type { ScanRecord } from './posts-repo';

/** Everything a newly flagged channel post writes. */
export interface FlaggedPostIntake {
  /**
   * Dedupe by this delivery key (as `activities.claimActivity`), for an edit. Without it a new
   * post is deduped by its posts row: a redelivery finds the post already recorded.
   */
  deliveryKey?: string;
  scan: ScanRecord;
  flag: NewFlag & { source: 'scan' };
  /** Reason on the 'flagged' action (the finding types). */
  actionReason: string;
  content: { text: string; fileNames: string[] };
  /** How to reach the poster privately; kept unless a real 1:1 chat is already stored. */
  posterRef?: { key: string; ref: ConversationRef };
  /**
   * Where the moderators' card goes; omitted while no moderators' channel is set. The store queues
   * a `flag_card` message for the flag id it allocates: the card is rendered at delivery, from
   * the flag and the poster's record as they are then.
   */
  card?: { conversationRef: ConversationRef };
}
export interface FlagIntakeRepo {
  /**
   * Records a flagged post in ONE statement, so it is atomic without a transaction and costs one
   * round trip: claims the post or delivery, records the scan, creates the flag with its 'flagged'
   * action and raw text, remembers the poster's reference, and queues the card (linked as the
   * flag's cardOutboxId). `claimed` false: the delivery was already processed and nothing was
   * written. `created` undefined: the post already had a scan flag (only the scan was recorded).
   */
  recordFlaggedPost(input: FlaggedPostIntake): Promise<{ claimed: boolean; created?: { flagId: string; cardOutboxId: number | null } }>;
}
