/**
 * Store port: every persistent thing the bot keeps. Domain-only (no driver imports).
 * Two adapters implement it over ONE SQL schema (src/storage): PGlite (default, embedded)
 * and PostgreSQL (when DATABASE_URL is set). Changes here must stay additive: the
 * moderation workflow, reports and admin commands are coded against it.
 *
 * Conventions: dates are Date, JSON columns are typed objects, "not found" is undefined,
 * booleans say whether something changed. Raw post text lives ONLY in `postContent`.
 */
import type { ReportQueries } from '../reports/report-queries';
import type { BotActivity, ConversationRef } from './messenger';
import type { ExternalMembersRepo } from './member-checks';

export type { BotActivity, ConversationRef } from './messenger';

/** Half-open period [from, to). */
export interface Period {
  from: Date;
  to: Date;
}

// ---------------------------------------------------------------- settings
export interface SettingsRepo {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Upsert. `updatedBy` is an actor id (kept for admins; not personal data beyond an id). */
  set<T = unknown>(key: string, value: T, updatedBy?: string): Promise<void>;
  delete(key: string): Promise<boolean>;
}

// ---------------------------------------------------------------- watched channels
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

// ---------------------------------------------------------------- roles
export type Role = 'admin' | 'moderator' | 'psd';
export const ROLES: readonly Role[] = ['admin', 'moderator', 'psd'];
export interface RoleAssignment {
  /** AAD object id. */
  userId: string;
  role: Role;
  name: string | null;
  grantedBy: string;
  grantedAt: Date;
}
export interface RolesRepo {
  /** Returns true if newly granted (false if the user already had the role). */
  grant(input: { userId: string; role: Role; name?: string | null; grantedBy: string; grantedAt?: Date }): Promise<boolean>;
  revoke(userId: string, role: Role): Promise<boolean>;
  list(role?: Role): Promise<RoleAssignment[]>;
  rolesOf(userId: string): Promise<Role[]>;
}

// ---------------------------------------------------------------- conversation refs
/** Keys are `user:<aadObjectId>` or `channel:<channelId>`; use these helpers. */
export const userRefKey = (aadObjectId: string): string => `user:${aadObjectId}`;
export const channelRefKey = (channelId: string): string => `channel:${channelId}`;
export interface ConversationRefsRepo {
  upsert(key: string, ref: ConversationRef): Promise<void>;
  get(key: string): Promise<ConversationRef | undefined>;
}

// ---------------------------------------------------------------- posts (no text, ever)
export interface PostRecord {
  conversationId: string;
  messageId: string;
  channelId: string;
  teamId: string;
  posterId: string;
  scannedAt: Date;
  lastScannedAt: Date;
  /** Ever flagged (sticky). */
  flagged: boolean;
  edited: boolean;
  deleted: boolean;
}
export interface PostCounts {
  scanned: number;
  flagged: number;
  edited: number;
  deleted: number;
}
export interface ScanRecord {
  conversationId: string;
  messageId: string;
  channelId: string;
  teamId: string;
  posterId: string;
  flagged: boolean;
  edited?: boolean;
  at?: Date;
}
export interface PostsRepo {
  /**
   * Records a scan: first scan inserts, re-scans (edits, re-deliveries) update the same
   * row (lastScannedAt; flagged/edited are OR-ed in, never cleared). `created` is true on first scan.
   */
  recordScan(input: ScanRecord): Promise<{ post: PostRecord; created: boolean }>;
  /**
   * Claims the delivery (as `activities.claimActivity`) and records the scan in ONE statement,
   * so a clean post costs a single round trip. Returns false, recording nothing, when the
   * delivery was already processed.
   */
  recordScanOnce(deliveryKey: string, input: ScanRecord): Promise<boolean>;
  /**
   * The first scan of a new post, in one statement: the posts row itself dedupes redeliveries.
   * Returns false, writing nothing, when the post is already recorded.
   */
  recordNewPost(input: ScanRecord): Promise<boolean>;
  markDeleted(conversationId: string, messageId: string, at?: Date): Promise<boolean>;
  get(conversationId: string, messageId: string): Promise<PostRecord | undefined>;
  /** Counts of posts first scanned in the period (optionally one channel). */
  counts(period: Period, channelId?: string): Promise<PostCounts>;
  countsByChannel(period: Period): Promise<Array<PostCounts & { channelId: string }>>;
}

// ---------------------------------------------------------------- flags
/** 'historic': found by `policy-bot audit --import` in a network export, not in a live post. */
export type FlagSource = 'scan' | 'report' | 'historic';
export type FlagState =
  | 'open'
  | 'dismissed'
  | 'confirmed'
  | 'escalated'
  | 'appealed'
  | 'resolved_edited'
  | 'resolved_deleted';
export const FLAG_STATES: readonly FlagState[] = [
  'open', 'dismissed', 'confirmed', 'escalated', 'appealed', 'resolved_edited', 'resolved_deleted',
];

/** One detection. Values are MASKED only (e.g. "07*** ***123"); raw values never reach the store outside postContent. */
export interface Finding {
  type: string;
  maskedValue: string;
  severity: string;
  confidence: number;
  rule: string;
  policyTopic?: string;
  fileName?: string;
  fileType?: string;
}

export interface Flag {
  /** "F-" + 8 Crockford base32 chars, e.g. F-7K2M9QXD. */
  id: string;
  source: FlagSource;
  conversationId: string;
  messageId: string;
  channelId: string;
  channelName: string | null;
  teamId: string;
  /** Optional so flags built before team names were stored still type-check. */
  teamName?: string | null;
  deepLink: string | null;
  posterId: string;
  posterName: string | null;
  findings: Finding[];
  detectionTypes: string[];
  state: FlagState;
  reporterId: string | null;
  reporterName: string | null;
  reportReason: string | null;
  escalationReason: string | null;
  appealReason: string | null;
  dismissReason: string | null;
  /** Who made the last transition (so a moderator who lost a race can be told who acted). */
  lastActorId: string | null;
  lastActorName: string | null;
  createdAt: Date;
  updatedAt: Date;
  firstActionAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  /** Optimistic concurrency: starts at 1, +1 on every transition. */
  version: number;
  cardOutboxId: number | null;
  /** Filled automatically when the flag_card outbox item for this flag is delivered. */
  cardActivityId: string | null;
}

export interface NewFlag {
  source: FlagSource;
  conversationId: string;
  messageId: string;
  channelId: string;
  channelName?: string | null;
  teamId: string;
  teamName?: string | null;
  deepLink?: string | null;
  posterId: string;
  posterName?: string | null;
  findings: Finding[];
  detectionTypes?: string[];
  reporterId?: string | null;
  reporterName?: string | null;
  reportReason?: string | null;
  createdAt?: Date;
}

/** Fields a transition may change. `firstActionAt` is only set if still null. updatedAt is set by the store. */
export interface FlagPatch {
  state?: FlagState;
  escalationReason?: string | null;
  appealReason?: string | null;
  dismissReason?: string | null;
  lastActorId?: string | null;
  lastActorName?: string | null;
  firstActionAt?: Date;
  resolvedAt?: Date | null;
  resolvedBy?: string | null;
  findings?: Finding[];
  detectionTypes?: string[];
  cardOutboxId?: number | null;
}

export type TransitionResult =
  | { ok: true; flag: Flag }
  /** Lost the race (version moved on): `flag` is the current row; undefined if no such flag. */
  | { ok: false; flag: Flag | undefined };

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

// ---------------------------------------------------------------- flag actions (append-only)
export type FlagActionKind =
  | 'flagged' | 'viewed' | 'dismissed' | 'confirmed' | 'escalated' | 'appealed'
  | 'poster_fixed' | 'note' | 'edited' | 'deleted' | 'reopened';
export interface FlagAction {
  id: number;
  flagId: string;
  action: FlagActionKind;
  actorId: string | null;
  actorName: string | null;
  reason: string | null;
  at: Date;
}
export interface FlagActionsRepo {
  append(input: Omit<FlagAction, 'id' | 'at' | 'actorId' | 'actorName' | 'reason'> & {
    actorId?: string | null; actorName?: string | null; reason?: string | null; at?: Date;
  }): Promise<FlagAction>;
  listForFlag(flagId: string): Promise<FlagAction[]>;
  /** Retention: replaces the free-text reason of actions on flags raised before `date` (the action itself stays). */
  purgeReasonsOlderThan(date: Date): Promise<number>;
}

// ---------------------------------------------------------------- post content (the only raw text)
export interface PostContent {
  flagId: string;
  text: string;
  fileNames: string[];
  createdAt: Date;
}
export interface PostContentRepo {
  /** Upsert (an edit replaces the text). */
  put(flagId: string, content: { text: string; fileNames?: string[] }, at?: Date): Promise<void>;
  get(flagId: string): Promise<PostContent | undefined>;
  /** Deletes content created before `date`; returns how many rows went. */
  purgeOlderThan(date: Date): Promise<number>;
}

// ---------------------------------------------------------------- audit log (append-only; DB rejects UPDATE/DELETE)
export interface AuditEntry {
  id: number;
  at: Date;
  actorId: string;
  actorName: string | null;
  /** e.g. 'flag.dismiss', 'command.watch', 'command.refused', 'report.view', 'audit.view', 'retention.purge'. */
  action: string;
  /** Flag id / channel id / user id the action was about. */
  target: string | null;
  reason: string | null;
  /** No personal data: ids, counts, settings names. */
  details: Record<string, unknown>;
}
export interface AuditLogRepo {
  append(input: {
    actorId: string; actorName?: string | null; action: string; target?: string | null;
    reason?: string | null; details?: Record<string, unknown>; at?: Date;
  }): Promise<AuditEntry>;
  /** Oldest first. */
  listForTarget(target: string, limit?: number): Promise<AuditEntry[]>;
  /** Oldest first; optional action filter (exact or prefix ending in '.', e.g. 'flag.'). */
  list(period: Period, opts?: { action?: string; limit?: number }): Promise<AuditEntry[]>;
}

// ---------------------------------------------------------------- outbox
export type OutboxKind = 'send' | 'update';
export type OutboxPurpose = 'flag_card' | 'card_update' | 'poster_notice' | 'psd_escalation' | 'report' | 'reply' | 'dip_sample_card' | 'membership_card' | 'owner_note';
export type OutboxStatus = 'pending' | 'sent' | 'failed';

export interface OutboxItem {
  id: number;
  conversationRef: ConversationRef;
  kind: OutboxKind;
  activity: BotActivity;
  /** For kind 'update': the outbox id of the 'send' whose delivered activity this replaces. */
  updateOf: number | null;
  purpose: OutboxPurpose;
  flagId: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  lastError: string | null;
  sentActivityId: string | null;
  createdAt: Date;
  sentAt: Date | null;
  dedupeKey: string | null;
  /** When Teams was last called for this item (any outcome); null if never. */
  lastAttemptAt: Date | null;
}

export interface NewOutboxItem {
  conversationRef: ConversationRef;
  kind?: OutboxKind; // default 'send'
  activity: BotActivity;
  /** Required for kind 'update'. */
  updateOf?: number | null;
  purpose: OutboxPurpose;
  flagId?: string | null;
  /** Enqueue with an existing key is a no-op that returns the existing item. */
  dedupeKey?: string | null;
  /** Default: now. */
  notBefore?: Date;
}

/** A claimed item plus what the dispatcher needs to deliver an update. */
export interface ClaimedOutboxItem extends OutboxItem {
  /** For updates: the activity id the earlier send got (null if that send failed). */
  targetActivityId: string | null;
  targetStatus: OutboxStatus | null;
}

export interface OutboxHealth {
  pending: number;
  sent: number;
  failed: number;
  /** Age of the oldest pending item at `now`, ms; null if none. */
  oldestPendingAgeMs: number | null;
}

export interface OutboxRepo {
  /** Call inside the same transaction as the state change it announces. */
  enqueue(input: NewOutboxItem): Promise<{ item: OutboxItem; created: boolean }>;
  get(id: number): Promise<OutboxItem | undefined>;
  /**
   * Leases up to `limit` due items (FOR UPDATE SKIP LOCKED): pending, next_attempt_at <= now, no live
   * lease, and for updates only once their send is sent/failed. At most `perConversation` per
   * conversation (default 7). Items whose lease expires (crashed instance) become claimable again.
   * Skips conversations another owner holds a live lease on or sent to within `affinityMs`
   * (default 30 000), so one instance's rate limiter sees all traffic to a conversation.
   * `skipConversations` (conversation keys) are left alone: the caller already holds enough of them.
   */
  claimDue(
    owner: string,
    now: Date,
    limit: number,
    opts?: { leaseMs?: number; perConversation?: number; affinityMs?: number; skipConversations?: string[] },
  ): Promise<ClaimedOutboxItem[]>;
  /**
   * Counts an attempt; clears the lease (leaseOwner stays, naming the instance that called Teams).
   * Also fills flags.card_activity_id for a delivered flag_card.
   */
  markSent(id: number, activityId: string, at?: Date): Promise<boolean>;
  /** Counts an attempt; schedules the next one; clears the lease (leaseOwner stays, as for markSent). */
  markRetry(id: number, nextAt: Date, error: string): Promise<boolean>;
  /** Counts an attempt (if `countAttempt`, default true); gives up for good with an admin-readable reason. */
  markFailed(id: number, reason: string, opts?: { countAttempt?: boolean }): Promise<boolean>;
  /**
   * At start-up: frees the leases this instance (INSTANCE_ID, stable across restarts) held when it
   * died, so they go out at once instead of after the lease. Returns how many were freed.
   */
  releaseLeasesOf(owner: string): Promise<number>;
  /** Gives a leased item back WITHOUT counting an attempt (rate limiter said "not yet"). */
  release(id: number, nextAt: Date): Promise<boolean>;
  /** Earliest time a pending item could be claimed (ignores blocked updates, and the conversations in `skipConversations`); undefined if none. */
  nextDueAt(opts?: { skipConversations?: string[] }): Promise<Date | undefined>;
  health(now: Date): Promise<OutboxHealth>;
  /** Most recent failures first. */
  listFailed(limit?: number): Promise<OutboxItem[]>;
  /** Puts a failed item back to pending (admin "retry"). */
  requeue(id: number, at?: Date): Promise<boolean>;
  /** Retention: replaces activity JSON of sent/failed items created before `date` with {"purged":true}. */
  purgeContentOlderThan(date: Date): Promise<number>;
}

// ---------------------------------------------------------------- processed activities (dedupe of incoming)
export interface ActivitiesRepo {
  /** True only the first time an id is seen — across restarts and instances. */
  claimActivity(activityId: string, at?: Date): Promise<boolean>;
  pruneOlderThan(date: Date): Promise<number>;
}

// ---------------------------------------------------------------- feedback (no question text, no user id)
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

// ---------------------------------------------------------------- answer examples (learning from use)
export type AnswerExampleStatus = 'pending' | 'approved' | 'rejected';
export interface AnswerExample {
  id: number;
  /** The question with personal data masked by the detection engine; never the raw text. */
  questionMasked: string;
  offeredClauseIds: string[];
  /** The clause the asker said would have answered; null for "none of these". */
  chosenClauseId: string | null;
  status: AnswerExampleStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  source: 'feedback' | 'import';
}
export interface AnswerExamplesRepo {
  /** Stores a "Not helpful" choice for review. The caller masks the question first. */
  propose(input: { questionMasked: string; offeredClauseIds: string[]; chosenClauseId: string | null; at?: Date }): Promise<number>;
  get(id: number): Promise<AnswerExample | undefined>;
  listByStatus(status: AnswerExampleStatus, limit?: number): Promise<AnswerExample[]>;
  /** Pending -> approved/rejected; false when it was not pending (decided already, or unknown). */
  decide(id: number, decision: 'approved' | 'rejected', by: string, at?: Date): Promise<boolean>;
  /** Approved pairs with a clause: what the retriever learns from. */
  approvedPairs(): Promise<Array<{ question: string; clauseId: string }>>;
  /** Adds approved pairs carried over from another deployment; returns how many were new. */
  importApproved(pairs: Array<{ question: string; clauseId: string }>, by: string, at?: Date): Promise<number>;
}

// ---------------------------------------------------------------- scheduled jobs
export type JobRunStatus = 'running' | 'succeeded' | 'failed';
export interface JobRun {
  jobName: string;
  scheduledFor: Date;
  owner: string;
  startedAt: Date;
  finishedAt: Date | null;
  status: JobRunStatus;
  error: string | null;
}
export interface JobsRepo {
  /** True for exactly one caller per (jobName, scheduledFor), across instances and restarts. */
  tryRunOnce(jobName: string, scheduledFor: Date, owner: string): Promise<boolean>;
  finishRun(jobName: string, scheduledFor: Date, outcome: { status: 'succeeded' | 'failed'; error?: string }): Promise<void>;
  /** The run with the latest scheduledFor. */
  lastRun(jobName: string): Promise<JobRun | undefined>;
}

// ---------------------------------------------------------------- flag intake (the hot path)
/** Everything a newly flagged channel post writes. */
export interface FlaggedPostIntake {
  /**
   * Dedupe by this delivery key (as `activities.claimActivity`), for an edit. Without it a new
   * post is deduped by its posts row: a redelivery finds the post already recorded.
   */
  deliveryKey?: string;
  scan: ScanRecord;
  flag: NewFlag & { source: 'scan' };
  /** Reason on the 'flagged' action (the finding types). */
  actionReason: string;
  content: { text: string; fileNames: string[] };
  /** How to reach the poster privately; kept unless a real 1:1 chat is already stored. */
  posterRef?: { key: string; ref: ConversationRef };
  /** The moderators' card, rendered for the flag id the store allocates; omitted while no moderators' channel is set. */
  card?: {
    conversationRef: ConversationRef;
    /**
     * `posterFlagCountAt`: where in the activity the poster's flag count goes (a JSON path). The
     * statement counts the poster's flags since `posterFlagCountSince`, plus this one, and writes
     * the number there as text, so the card needs no separate count query. With
     * `posterFlagCountTemplate` ("{confirmed} confirmed, {open} open") the text is the template
     * with the poster's confirmed or escalated flags and open or appealed ones (this one included).
     */
    render(flagId: string): { activity: BotActivity; posterFlagCountAt?: string[]; posterFlagCountTemplate?: string };
    posterFlagCountSince?: Date;
  };
}
export interface FlagIntakeRepo {
  /**
   * Records a flagged post in ONE statement, so it is atomic without a transaction and costs one
   * round trip: claims the post or delivery, records the scan, creates the flag with its 'flagged'
   * action and raw text, remembers the poster's reference, and queues the card (linked as the
   * flag's cardOutboxId). `claimed` false: the delivery was already processed and nothing was
   * written. `created` undefined: the post already had a scan flag (only the scan was recorded).
   */
  recordFlaggedPost(input: FlaggedPostIntake): Promise<{ claimed: boolean; created?: { flagId: string; cardOutboxId: number | null } }>;
}

// ---------------------------------------------------------------- dip samples (issue 16)
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

// ---------------------------------------------------------------- operational nudges (issue 16)
export interface OperationalNudgesRepo {
  /** Records the nudge for a post; false (nothing written) when the post was already nudged. */
  record(input: { conversationId: string; messageId: string; channelId: string; posterId: string; withCard: boolean; at?: Date }): Promise<boolean>;
  counts(period: Period): Promise<{ nudged: number; withCard: number }>;
}

// ---------------------------------------------------------------- the store
// ---------------------------------------------------------------- place names
/** Keeps stored channel and team names current when Teams reports a rename (watched channels and flags). */
export interface PlaceNamesRepo {
  renameChannel(channelId: string, name: string): Promise<{ watched: number; flags: number }>;
  renameTeam(teamId: string, name: string): Promise<{ watched: number; flags: number }>;
}

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
