/**
 * Conversation affinity for the outbox: claimDue skips a conversation another instance is
 * sending to (live lease, or sent by it within the last rate window), so each instance's
 * in-memory per-conversation limiter sees all traffic to the conversations it serves.
 * These partial indexes keep that NOT EXISTS check cheap.
 */
export const name = 'outbox-conversation-affinity';

export const statements: string[] = [
  `CREATE INDEX outbox_conversation_pending_idx ON outbox (conversation_id) WHERE status = 'pending'`,
  `CREATE INDEX outbox_conversation_sent_at_idx ON outbox (conversation_id, sent_at) WHERE status = 'sent'`,
];
