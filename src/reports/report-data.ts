/**
 * The figures a report carries. Plain data (Dates and numbers), shared by the report card,
 * the HTML page and the JSON export. Every number is finite: empty periods give zeros and
 * "no value" is null, never NaN.
 */
import type { FlagState } from '../moderation/flag';
import type { Period } from '../ports/period';
import type { PostCounts } from '../ports/posts-repo';
import type { OutcomeFigures, OverdueFigure, TimeToFirstAction } from '../ports/report-figures';
import type { DipSamplingFigures } from './dip-sampling-figures';
import type { MembershipFigures } from './membership-figures';

export type { OutcomeFigures } from '../ports/report-figures';

/** A count now, the same count in the previous period, and the change in % (null when there was nothing before). */
export interface TrendFigure {
  current: number;
  previous: number;
  changePct: number | null;
}

export interface ChannelFigure {
  channelId: string;
  channelName: string | null;
  postsScanned: number;
  postsFlagged: number;
  flagsRaised: number;
}

export interface RepeatPoster {
  posterId: string;
  /** Full name: only for the PSD export, never for cards. */
  posterName: string | null;
  /** Stable, non-identifying label for cards ("P-1a2b3c4d"). */
  pseudonym: string;
  confirmedFlags: number;
}

export interface ReportData {
  period: Period & { label: string };
  previousPeriod: Period;
  generatedAt: Date;
  timezone: 'Europe/London';
  posts: PostCounts;
  flagsRaised: number;
  bySource: { scan: number; report: number };
  /** Flags raised per detection type (a flag with two types counts once in each). Largest first. */
  byDetectionType: Array<{ type: string; count: number }>;
  /** Largest first (flags raised, then posts scanned). */
  byChannel: ChannelFigure[];
  /** Current state of the flags raised in the period. */
  outcomes: OutcomeFigures;
  timeToFirstAction: TimeToFirstAction;
  /** Backlog at generation time (any period): flags waiting for a moderator for more than 48 hours. */
  overdue: OverdueFigure;
  /** Posters with REPEAT_THRESHOLD or more confirmed flags in the 90 days before period end. */
  repeatPosters: RepeatPoster[];
  trend: { scanned: TrendFigure; flagged: TrendFigure; confirmed: TrendFigure };
  /** Flags raised per London day of the period. */
  daily: Array<{ date: string; flagged: number }>;
  /** Plain-text summary (card fallbackText, CLI, logs-free). No names. */
  summary: string;
  /** Dip samples taken in the period and what moderators found (absent where the store has none). */
  dipSampling?: DipSamplingFigures;
  /** Posts that looked like live-incident / on-call traffic: private nudges sent, and how many also went to the moderators. */
  operationalNudges?: { nudged: number; withCard: number };
  /** External members alerted in teams and what moderators did; leavers whose roles were removed. */
  membership?: MembershipFigures;
}

export const OUTCOME_LABELS: Record<keyof OutcomeFigures, string> = {
  open: 'Open',
  dismissed: 'Dismissed',
  confirmed: 'Confirmed',
  escalated: 'Escalated to PSD',
  appealed: 'Under appeal',
  resolvedEdited: 'Resolved (author edited)',
  resolvedDeleted: 'Resolved (author deleted)',
};

export const STATE_TO_OUTCOME: Record<FlagState, keyof OutcomeFigures> = {
  open: 'open',
  dismissed: 'dismissed',
  confirmed: 'confirmed',
  escalated: 'escalated',
  appealed: 'appealed',
  resolved_edited: 'resolvedEdited',
  resolved_deleted: 'resolvedDeleted',
};
