/** Outbox port: what the bot must send, queued in the same transaction as the change it announces. */
import type { BotActivity, ConversationRef } from './messenger';
import type { OutboxMessage } from './outbox-message';

export type OutboxKind = 'send' | 'update';
export type OutboxPurpose = 'flag_card' | 'card_update' | 'poster_notice' | 'psd_escalation' | 'report' | 'reply' | 'dip_sample_card' | 'membership_card' | 'owner_note';
export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem {
  id: number;
  conversationRef: ConversationRef;
  kind: OutboxKind;
  /** What to deliver, rendered at delivery (see outbox-message.ts); null on rows from before it existed. */
  message: OutboxMessage | null;
  /**
   * A ready-made activity: rows queued before messages existed (still delivered as they are), and
   * one-off replies the Teams adapter renders itself. Null when `message` says what to send.
   */
  activity: BotActivity | null;
  /** For kind 'update': the outbox id of the 'send' whose delivered activity this replaces. */
  updateOf: number | null;
  purpose: OutboxPurpose;
  flagId: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  lastError: string | null;
  sentActivityId: string | null;
  createdAt: Date;
  sentAt: Date | null;
  dedupeKey: string | null;
  /** When Teams was last called for this item (any outcome); null if never. */
  lastAttemptAt: Date | null;
}

/** Either a message (the domain's way) or a ready-made activity (the Teams adapter's one-off replies). */
export type OutboxContent = { message: OutboxMessage; activity?: undefined } | { activity: BotActivity; message?: undefined };

export type NewOutboxItem = OutboxContent & {
  conversationRef: ConversationRef;
  kind?: OutboxKind; // default 'send'
  /** Required for kind 'update'. */
  updateOf?: number | null;
  purpose: OutboxPurpose;
  flagId?: string | null;
  /** Enqueue with an existing key is a no-op that returns the existing item. */
  dedupeKey?: string | null;
  /** Default: now. */
  notBefore?: Date;
};

/** A claimed item plus what the dispatcher needs to deliver an update. */
export interface ClaimedOutboxItem extends OutboxItem {
  /** For updates: the activity id the earlier send got (null if that send failed). */
  targetActivityId: string | null;
  targetStatus: OutboxStatus | null;
}

export interface OutboxHealth {
  pending: number;
  sent: number;
  failed: number;
  /** Age of the oldest pending item at `now`, ms; null if none. */
  oldestPendingAgeMs: number | null;
}

export interface OutboxRepo {
  /** Call inside the same transaction as the state change it announces. */
  enqueue(input: NewOutboxItem): Promise<{ item: OutboxItem; created: boolean }>;
  get(id: number): Promise<OutboxItem | undefined>;
  /**
   * Leases up to `limit` due items (FOR UPDATE SKIP LOCKED): pending, next_attempt_at <= now, no live
   * lease, and for updates only once their send is sent/failed. At most `perConversation` per
   * conversation (default 7). Items whose lease expires (crashed instance) become claimable again.
   * Skips conversations another owner holds a live lease on or sent to within `affinityMs`
   * (default 30 000), so one instance's rate limiter sees all traffic to a conversation.
   * `skipConversations` (conversation keys) are left alone: the caller already holds enough of them.
   */
  claimDue(
    owner: string,
    now: Date,
    limit: number,
    opts?: { leaseMs?: number; perConversation?: number; affinityMs?: number; skipConversations?: string[] },
  ): Promise<ClaimedOutboxItem[]>;
  /**
   * Counts an attempt; clears the lease (leaseOwner stays, naming the instance that called Teams).
   * Also fills flags.card_activity_id for a delivered flag_card.
   */
  markSent(id: number, activityId: string, at?: Date): Promise<boolean>;
  /** Counts an attempt; schedules the next one; clears the lease (leaseOwner stays, as for markSent). */
  markRetry(id: number, nextAt: Date, error: string): Promise<boolean>;
  /** Counts an attempt (if `countAttempt`, default true); gives up for good with an admin-readable reason. */
  markFailed(id: number, reason: string, opts?: { countAttempt?: boolean }): Promise<boolean>;
  /**
   * At start-up: frees the leases this instance (INSTANCE_ID, stable across restarts) held when it
   * died, so they go out at once instead of after the lease. Returns how many were freed.
   */
  releaseLeasesOf(owner: string): Promise<number>;
  /** Gives a leased item back WITHOUT counting an attempt (rate limiter said "not yet"). */
  release(id: number, nextAt: Date): Promise<boolean>;
  /** Earliest time a pending item could be claimed (ignores blocked updates, and the conversations in `skipConversations`); undefined if none. */
  nextDueAt(opts?: { skipConversations?: string[] }): Promise<Date | undefined>;
  health(now: Date): Promise<OutboxHealth>;
  /** Most recent failures first. */
  listFailed(limit?: number): Promise<OutboxItem[]>;
  /** Puts a failed item back to pending (admin "retry"). */
  requeue(id: number, at?: Date): Promise<boolean>;
  /**
   * Retention: for sent/failed items created before `date`, replaces activity JSON with
   * {"purged":true} and a message with its kind alone ({"kind":...,"purged":true}).
   */
  purgeContentOlderThan(date: Date): Promise<number>;
}
