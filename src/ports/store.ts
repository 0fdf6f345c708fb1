/**
 * Store port: every persistent thing the bot keeps, as one object of repositories plus a
 * transaction. Each repository port lives in its own file beside this one (ports/*-repo.ts);
 * the records they hold that the domain reasons about (Flag, FlagAction, AuditEntry, Role,
 * DipSample) live in their domain folder (src/moderation). Two adapters implement it over ONE SQL
 * schema (src/storage): PGlite (default, embedded) and PostgreSQL (when DATABASE_URL is set).
 *
 * Conventions: dates are Date, JSON columns are typed objects, "not found" is undefined,
 * booleans say whether something changed. Raw post text lives ONLY in `postContent`.
 */
import type { ActivitiesRepo } from './activities-repo';
import type { AnswerExamplesRepo } from './answer-examples-repo';
import type { AuditLogRepo } from './audit-log-repo';
import type { ConversationRefsRepo } from './conversation-refs-repo';
import type { DipSamplesRepo } from './dip-samples-repo';
import type { FeedbackRepo } from './feedback-repo';
import type { FlagActionsRepo } from './flag-actions-repo';
import type { FlagIntakeRepo } from './flag-intake-repo';
import type { FlagsRepo } from './flags-repo';
import type { ExternalMembersRepo } from './member-checks';
import type { JobsRepo } from './jobs-repo';
import type { OperationalNudgesRepo } from './operational-nudges-repo';
import type { OutboxRepo } from './outbox-repo';
import type { PlaceNamesRepo } from './place-names-repo';
import type { PostContentRepo } from './post-content-repo';
import type { PostsRepo } from './posts-repo';
import type { ReportQueries } from './report-queries';
import type { RolesRepo } from './roles-repo';
import type { SettingsRepo } from './settings-repo';
import type { WatchedChannelsRepo } from './watched-channels-repo';

export interface Repositories {
  placeNames: PlaceNamesRepo;
  flagIntake: FlagIntakeRepo;
  settings: SettingsRepo;
  watchedChannels: WatchedChannelsRepo;
  roles: RolesRepo;
  conversationRefs: ConversationRefsRepo;
  posts: PostsRepo;
  flags: FlagsRepo;
  flagActions: FlagActionsRepo;
  postContent: PostContentRepo;
  audit: AuditLogRepo;
  outbox: OutboxRepo;
  activities: ActivitiesRepo;
  feedback: FeedbackRepo;
  answerExamples: AnswerExamplesRepo;
  jobs: JobsRepo;
  dipSamples: DipSamplesRepo;
  operationalNudges: OperationalNudgesRepo;
  /** External members in teams and partner teams (issue 16; port in member-checks.ts). */
  externalMembers: ExternalMembersRepo;
}

export interface Store extends Repositories {
  readonly kind: 'pglite' | 'postgres';
  /** Report figures as SQL aggregates (a 100,000-flag report without listing rows). */
  readonly reportQueries: ReportQueries;
  /**
   * Runs `fn` in one database transaction; commits if it resolves, rolls back if it throws.
   * Use ONLY `tx` inside `fn`: calling the outer store from inside a transaction throws
   * (on PGlite it would deadlock), and so does nesting transactions.
   */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Throws when the database is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// Transitional re-exports, so branches written against the old single-file store.ts still
// compile after merging. New code imports each name from the file that owns it; delete these
// once no import of them from './store' remains (grep "ports/store'").
export type { BotActivity, ConversationRef } from './messenger';
export type { Period } from './period';
export type { SettingsRepo } from './settings-repo';
export type { WatchedChannel, WatchedChannelsRepo } from './watched-channels-repo';
export { ROLES, type Role, type RoleAssignment } from '../moderation/role';
export type { RolesRepo } from './roles-repo';
export { channelRefKey, userRefKey, type ConversationRefsRepo } from './conversation-refs-repo';
export type { PostCounts, PostRecord, PostsRepo, ScanRecord } from './posts-repo';
export { FLAG_STATES, type Finding, type Flag, type FlagPatch, type FlagSource, type FlagState, type NewFlag, type TransitionResult } from '../moderation/flag';
export type { FlagListQuery, FlagsRepo } from './flags-repo';
export type { FlagAction, FlagActionKind } from '../moderation/flag-action';
export type { FlagActionsRepo } from './flag-actions-repo';
export type { PostContent, PostContentRepo } from './post-content-repo';
export type { AuditEntry } from '../moderation/audit-entry';
export type { AuditLogRepo } from './audit-log-repo';
export type { ClaimedOutboxItem, NewOutboxItem, OutboxHealth, OutboxItem, OutboxKind, OutboxPurpose, OutboxRepo, OutboxStatus } from './outbox-repo';
export type { ActivitiesRepo } from './activities-repo';
export type { FeedbackEntry, FeedbackRepo } from './feedback-repo';
export type { AnswerExample, AnswerExampleStatus, AnswerExamplesRepo } from './answer-examples-repo';
export type { JobRun, JobRunStatus, JobsRepo } from './jobs-repo';
export type { FlaggedPostIntake, FlagIntakeRepo } from './flag-intake-repo';
export type { DipSample, DipSampleState } from '../moderation/dip-sample';
export type { DipSampleCounts, DipSamplesRepo, NewDipSample } from './dip-samples-repo';
export type { OperationalNudgesRepo } from './operational-nudges-repo';
export type { PlaceNamesRepo } from './place-names-repo';
