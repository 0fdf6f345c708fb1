/**
 * The flag lifecycle's data: a flag, its states and what a transition may change. Domain types:
 * the store (ports/flags-repo.ts) persists them, cards and reports read them.
 */
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
