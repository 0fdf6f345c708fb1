/**
 * The full history of one flag for the audit card: its moderator actions (flag_actions) and
 * every audit-log entry that targets it, merged in time order. Reads only; the caller audits
 * the viewing itself ('audit.view').
 */
import type { Flag } from '../moderation/flag';
import type { Repositories } from '../ports/store';

export interface HistoryEntry {
  at: Date;
  source: 'action' | 'audit';
  /** Flag action kind ("confirmed") or audit action ("flag.confirm"). */
  what: string;
  actorId: string | null;
  actorName: string | null;
  reason: string | null;
}

export interface FlagHistory {
  flag: Flag;
  entries: HistoryEntry[];
}

export async function loadFlagHistory(
  store: Pick<Repositories, 'flags' | 'flagActions' | 'audit'>,
  flagId: string,
): Promise<FlagHistory | undefined> {
  const flag = await store.flags.get(flagId);
  if (!flag) return undefined;
  const [actions, audit] = await Promise.all([store.flagActions.listForFlag(flagId), store.audit.listForTarget(flagId)]);
  const entries: HistoryEntry[] = [
    ...actions.map((a): HistoryEntry => ({ at: a.at, source: 'action', what: a.action, actorId: a.actorId, actorName: a.actorName, reason: a.reason })),
    ...audit.map((a): HistoryEntry => ({ at: a.at, source: 'audit', what: a.action, actorId: a.actorId, actorName: a.actorName, reason: a.reason })),
  ];
  // Stable sort keeps each source's own order for equal timestamps; actions before their audit echo.
  entries.sort((x, y) => x.at.getTime() - y.at.getTime() || (x.source === y.source ? 0 : x.source === 'action' ? -1 : 1));
  return { flag, entries };
}
