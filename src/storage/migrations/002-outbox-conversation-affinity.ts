/**
 * Conversation affinity for the outbox: claimDue skips a conversation another instance is
 * serving (live lease, or it called Teams there within the last rate window), so each
 * instance's in-memory per-conversation limiter sees all traffic to its conversations.
 * last_attempt_at + lease_owner (kept after an attempt) record who called Teams when.
 */
export const name = 'outbox-conversation-affinity';

export const statements: string[] = [
  `ALTER TABLE outbox ADD COLUMN last_attempt_at timestamptz`,
  // claimDue computes the set of conversations served elsewhere once per claim, from these two:
  `CREATE INDEX outbox_last_attempt_at_idx ON outbox (last_attempt_at) WHERE last_attempt_at IS NOT NULL`,
  `CREATE INDEX outbox_pending_lease_idx ON outbox (lease_until) WHERE status = 'pending' AND lease_until IS NOT NULL`,
];
