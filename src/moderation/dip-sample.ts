/** Dip sampling: unflagged posts picked at random for a moderator's look. */
export type DipSampleState = 'pending' | 'fine' | 'flagged';
/** An unflagged post picked for a moderator's look. `text` is raw (moderators judge it) and null once retention purged it. */
export interface DipSample {
  /** "S-" + 8 Crockford base32 chars. */
  id: string;
  conversationId: string;
  messageId: string;
  channelId: string;
  channelName: string | null;
  teamId: string;
  posterId: string;
  posterName: string | null;
  deepLink: string | null;
  text: string | null;
  sampledAt: Date;
  state: DipSampleState;
  reviewedAt: Date | null;
  reviewedBy: string | null;
  reviewedByName: string | null;
  flagId: string | null;
  cardOutboxId: number | null;
}
