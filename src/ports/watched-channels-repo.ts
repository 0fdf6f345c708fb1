/** Watched channels port: the channels whose posts the bot scans. */
import type { ConversationRef } from './messenger';

export interface WatchedChannel {
  /** Teams channel id (channelData.channel.id, "19:...@thread.tacv2"). */
  channelId: string;
  teamId: string;
  name: string;
  /** The team's display name, when the Teams API told us (null for rows watched before names were resolved). */
  teamName?: string | null;
  conversationRef: ConversationRef;
  watchedBy: string;
  watchedAt: Date;
}
export interface WatchedChannelsRepo {
  /** Upsert: watching an already-watched channel refreshes name/ref and keeps watchedAt. Returns true if newly watched. */
  watch(input: Omit<WatchedChannel, 'watchedAt'> & { watchedAt?: Date }): Promise<boolean>;
  unwatch(channelId: string): Promise<boolean>;
  isWatched(channelId: string): Promise<boolean>;
  get(channelId: string): Promise<WatchedChannel | undefined>;
  list(): Promise<WatchedChannel[]>;
}
