/** Feedback port: helpful / not helpful per clause (no question text, no user id). */
import type { Period } from './period';

export interface FeedbackEntry {
  id: number;
  clauseId: string;
  verdict: string;
  helpful: boolean;
  at: Date;
}
export interface FeedbackRepo {
  record(input: { clauseId: string; verdict: string; helpful: boolean; at?: Date }): Promise<void>;
  list(period: Period): Promise<FeedbackEntry[]>;
  /** Per clause: helpful / not helpful counts in the period. */
  summary(period: Period): Promise<Array<{ clauseId: string; helpful: number; notHelpful: number }>>;
}
