/** Audit log port (append-only; the database rejects UPDATE/DELETE). */
import type { AuditEntry } from '../moderation/audit-entry';
import type { Period } from './period';

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
