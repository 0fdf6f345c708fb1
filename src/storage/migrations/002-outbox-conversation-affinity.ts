/**
 * Conversation affinity for the outbox: claimDue skips a conversation another instance is
 * serving (live lease, or it called Teams there within the last rate window), so each
 * instance's in-memory per-conversation limiter sees all traffic to its conversations.
 * last_attempt_at + lease_owner (kept after an attempt) record who called Teams when.
 */
export const name = 'outbox-conversation-affinity';

export const statements: string[] = [
  `ALTER TABLE outbox ADD COLUMN last_attempt_at timestamptz`,
  `CREATE INDEX outbox_conversation_attempt_idx ON outbox (conversation_id, last_attempt_at)`,
];
