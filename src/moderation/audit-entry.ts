/** One line of the audit log: who did or saw what, and why. Append-only; the database rejects UPDATE/DELETE. */
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
