/** Dip samples port. */
import type { DipSample } from '../moderation/dip-sample';
import type { Period } from './period';

export interface NewDipSample {
  conversationId: string;
  messageId: string;
  channelId: string;
  channelName?: string | null;
  teamId: string;
  posterId: string;
  posterName?: string | null;
  deepLink?: string | null;
  text: string;
  sampledAt?: Date;
}
export interface DipSampleCounts {
  /** Posts sampled in the period. */
  sampled: number;
  /** Of those, reviewed by a moderator (fine or flagged). */
  reviewed: number;
  /** Of those, found to need a flag. */
  flagged: number;
}
export interface DipSamplesRepo {
  /**
   * Records a sample unless the post was already sampled (the post key is unique) or `weeklyCap`
   * samples were already taken since `capSince`; one statement, so instances cannot overshoot
   * the cap together by more than a race within that statement. Undefined when nothing was written.
   */
  record(input: NewDipSample, cap: { max: number; since: Date }): Promise<DipSample | undefined>;
  get(id: string): Promise<DipSample | undefined>;
  /** Pending -> fine/flagged, once: false (and no change) if someone else reviewed it first. */
  review(id: string, outcome: { state: 'fine' | 'flagged'; by: string; byName: string | null; flagId?: string | null; at?: Date }): Promise<boolean>;
  setCardOutboxId(id: string, outboxId: number): Promise<void>;
  /** Samples taken since `since` (the weekly cap's count). */
  countSince(since: Date): Promise<number>;
  counts(period: Period): Promise<DipSampleCounts>;
  /** Retention: nulls the text of samples taken before `date`; returns how many. */
  purgeTextOlderThan(date: Date): Promise<number>;
}
