/** Operational nudges port: one nudge per post. */
import type { Period } from './period';

export interface OperationalNudgesRepo {
  /** Records the nudge for a post; false (nothing written) when the post was already nudged. */
  record(input: { conversationId: string; messageId: string; channelId: string; posterId: string; withCard: boolean; at?: Date }): Promise<boolean>;
  counts(period: Period): Promise<{ nudged: number; withCard: number }>;
}
