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
