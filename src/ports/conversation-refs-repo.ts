/** Conversation references port: how to reach a person or channel proactively. */
import type { ConversationRef } from './messenger';

/** Keys are `user:<aadObjectId>` or `channel:<channelId>`; use these helpers. */
export const userRefKey = (aadObjectId: string): string => `user:${aadObjectId}`;
export const channelRefKey = (channelId: string): string => `channel:${channelId}`;
export interface ConversationRefsRepo {
  upsert(key: string, ref: ConversationRef): Promise<void>;
  get(key: string): Promise<ConversationRef | undefined>;
}
