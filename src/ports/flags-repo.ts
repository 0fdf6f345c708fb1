/** Flags port: the moderation queue's rows, with optimistic concurrency on transitions. */
import type { Flag, FlagPatch, FlagSource, FlagState, NewFlag, TransitionResult } from '../moderation/flag';
import type { Period } from './period';

export interface FlagListQuery extends Period {
  states?: FlagState[];
  source?: FlagSource;
  channelId?: string;
}

export interface FlagsRepo {
  /** Idempotent for sources 'scan' and 'historic' on (conversationId, messageId): returns the existing flag with created=false. */
  create(input: NewFlag): Promise<{ flag: Flag; created: boolean }>;
  get(id: string): Promise<Flag | undefined>;
  /** Retention: replaces the report, dismiss, escalation and appeal reasons of flags raised before `date`. */
  purgeReasonsOlderThan(date: Date): Promise<number>;
  getByPostKey(conversationId: string, messageId: string, source?: FlagSource): Promise<Flag | undefined>;
  /** UPDATE ... WHERE id = $1 AND version = $2. */
  transition(id: string, expectedVersion: number, patch: FlagPatch): Promise<TransitionResult>;
  /** Links the moderator card's outbox item without a version bump (not a state change). */
  setCardOutboxId(id: string, outboxId: number): Promise<void>;
  countForPoster(posterId: string, since: Date, states?: FlagState[]): Promise<number>;
  /** Flags created in the period, oldest first. */
  listByPeriod(query: FlagListQuery): Promise<Flag[]>;
  /** Flags in `states` (default ['open']) created before `date`, oldest first. For reminders/escalation. */
  listOpenOlderThan(date: Date, states?: FlagState[]): Promise<Flag[]>;
  /** Current queue, oldest first. */
  listByState(states: FlagState[], limit?: number): Promise<Flag[]>;
}
