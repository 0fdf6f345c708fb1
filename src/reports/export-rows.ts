/**
 * One export row per flag, in the spirit of Purview Communication Compliance "message
 * details": who, where, when, what was detected (masked), which policy clauses, and every
 * moderator action. Post text is never exported: retention purges it, and an export file
 * must not outlive that purge with a copy.
 */
import type { Flag } from '../moderation/flag';
import type { FlagAction } from '../moderation/flag-action';
import type { Period } from '../ports/period';
import type { Repositories } from '../ports/store';
import { PENDING_STATES } from './compute-report';
import { formatLondon } from './london-time';

/** A policy clause as the policy index returns it (structural, so reports do not depend on policy/). */
export interface ClauseRef {
  clauseId: string;
  section?: string;
  sectionTitle?: string;
}

/**
 * Maps a finding's policyTopic to the clause it offends: either ready text ("5.g2 Personal data
 * of colleagues") or the policy index's Citation (`index.clauseForTopic`). Undefined = unmapped.
 */
export type ClauseResolver = (topic: string, finding?: { type: string; fileName?: string }) => string | ClauseRef | undefined;

export function clauseText(resolved: string | ClauseRef | undefined, topic: string): string {
  if (resolved === undefined) return topic;
  if (typeof resolved === 'string') return resolved;
  return resolved.sectionTitle ? `${resolved.clauseId} ${resolved.sectionTitle}` : resolved.clauseId;
}

export interface ExportAction {
  action: string;
  actorId: string | null;
  actorName: string | null;
  at: string;
  atLondon: string;
  reason: string | null;
}

export interface ExportRow {
  flagId: string;
  source: string;
  detectedAt: string;
  detectedAtLondon: string;
  channelId: string;
  channelName: string | null;
  teamName: string | null;
  posterId: string;
  posterName: string | null;
  detectionTypes: string[];
  maskedValues: string[];
  policyClauses: string[];
  state: string;
  actions: ExportAction[];
  /** Whole days the flag has been waiting for a moderator; null once decided. */
  daysPending: number | null;
  appealReason: string | null;
  escalationReason: string | null;
  dismissReason: string | null;
  deepLink: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function toExportRow(flag: Flag, actions: FlagAction[], now: Date, resolveClause: ClauseResolver): ExportRow {
  const clauses = new Set<string>();
  for (const finding of flag.findings) {
    // The finding itself is passed so the clause can fit its type and where it was posted.
    if (finding.policyTopic) clauses.add(clauseText(resolveClause(finding.policyTopic, { type: finding.type, fileName: finding.fileName }), finding.policyTopic));
  }
  const pending = PENDING_STATES.includes(flag.state);
  // Same "waiting since" rule as the overdue figure: appeals wait from when they were lodged.
  const waitingSince = flag.state === 'open' ? flag.createdAt : flag.updatedAt;
  return {
    flagId: flag.id,
    source: flag.source,
    detectedAt: flag.createdAt.toISOString(),
    detectedAtLondon: formatLondon(flag.createdAt),
    channelId: flag.channelId,
    channelName: flag.channelName,
    teamName: flag.teamName ?? null,
    posterId: flag.posterId,
    posterName: flag.posterName,
    detectionTypes: [...flag.detectionTypes],
    maskedValues: flag.findings.map((f) => f.maskedValue),
    policyClauses: [...clauses],
    state: flag.state,
    actions: [...actions]
      .sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id)
      .map((a) => ({
        action: a.action,
        actorId: a.actorId,
        actorName: a.actorName,
        at: a.at.toISOString(),
        atLondon: formatLondon(a.at),
        reason: a.reason,
      })),
    daysPending: pending ? Math.max(0, Math.floor((now.getTime() - waitingSince.getTime()) / DAY_MS)) : null,
    appealReason: flag.appealReason,
    escalationReason: flag.escalationReason,
    dismissReason: flag.dismissReason,
    deepLink: flag.deepLink,
  };
}

/**
 * Flags created in the period with their action history. One listForFlag query per flag
 * (the port has no batch read), a few at a time so PostgreSQL's pool is used but not drained.
 */
export async function loadExportRows(
  store: Pick<Repositories, 'flags' | 'flagActions'>,
  period: Period,
  now: Date,
  resolveClause: ClauseResolver,
  concurrency = 8,
): Promise<ExportRow[]> {
  const flags = await store.flags.listByPeriod({ from: period.from, to: period.to });
  const rows: ExportRow[] = new Array(flags.length);
  let next = 0;
  const worker = async () => {
    while (next < flags.length) {
      const i = next++;
      rows[i] = toExportRow(flags[i], await store.flagActions.listForFlag(flags[i].id), now, resolveClause);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, flags.length) }, worker));
  return rows;
}
