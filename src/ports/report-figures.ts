/**
 * The aggregates the report queries port returns (src/ports/report-queries.ts). They live beside
 * the port, not in src/reports, so that ports never import reports (reports import ports); the
 * report's own shapes (src/reports/report-data.ts) are built from these.
 */

/** Current state of a set of flags, one count per outcome. */
export interface OutcomeFigures {
  open: number;
  dismissed: number;
  confirmed: number;
  escalated: number;
  appealed: number;
  resolvedEdited: number;
  resolvedDeleted: number;
}

/** How quickly moderators first acted on the flags raised in a period. */
export interface TimeToFirstAction {
  /** Flags raised in the period that a moderator has acted on. */
  actedOn: number;
  awaitingFirstAction: number;
  medianMs: number | null;
  slowestMs: number | null;
  slowestFlagId: string | null;
}

/** Backlog at one moment: flags waiting for a moderator for more than `thresholdHours`. */
export interface OverdueFigure {
  thresholdHours: number;
  count: number;
  oldestFlagId: string | null;
  oldestAgeMs: number | null;
}

/** A poster with several confirmed flags; the name is the latest one recorded. */
export interface RepeatPosterCount {
  posterId: string;
  posterName: string | null;
  confirmedFlags: number;
}

/** Aggregates of the flags created in one period. */
export interface FlagFigures {
  total: number;
  outcomes: OutcomeFigures;
  bySource: { scan: number; report: number };
  byDetectionType: Array<{ type: string; count: number }>;
  byChannel: Array<{ channelId: string; channelName: string | null; flagsRaised: number }>;
  /** Counts per London day, aligned with londonDaysInPeriod(period). */
  daily: number[];
  timeToFirstAction: TimeToFirstAction;
}
