import type { Clock } from '../../ports/clock';
import type { AuditEntry } from '../../moderation/audit-entry';
import type { AuditLogRepo } from '../../ports/audit-log-repo';
import { type SqlClient, json, toDate, toNumber } from '../sql-client';

type Row = Record<string, unknown>;
const map = (r: Row): AuditEntry => ({
  id: toNumber(r.id), at: toDate(r.at), actorId: String(r.actor_id), actorName: (r.actor_name as string | null) ?? null,
  action: String(r.action), target: (r.target as string | null) ?? null, reason: (r.reason as string | null) ?? null,
  details: (r.details ?? {}) as Record<string, unknown>,
});

/** Append-only: no update/delete methods, and a trigger rejects UPDATE/DELETE/TRUNCATE in the database. */
export function auditLogRepo(c: SqlClient, clock: Clock): AuditLogRepo {
  return {
    async append(input) {
      const { rows } = await c.query(
        `INSERT INTO audit_log (at, actor_id, actor_name, action, target, reason, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb) RETURNING *`,
        [input.at ?? clock.now(), input.actorId, input.actorName ?? null, input.action, input.target ?? null,
          input.reason ?? null, json(input.details ?? {})],
      );
      return map(rows[0]!);
    },
    async listForTarget(target, limit = 500) {
      const { rows } = await c.query('SELECT * FROM audit_log WHERE target = $1 ORDER BY id LIMIT $2', [target, limit]);
      return rows.map(map);
    },
    async list(period, opts = {}) {
      const action = opts.action ?? null;
      const prefix = action?.endsWith('.') ? action : null;
      const { rows } = await c.query(
        `SELECT * FROM audit_log WHERE at >= $1 AND at < $2
           AND ($3::text IS NULL OR action = $3) AND ($4::text IS NULL OR starts_with(action, $4))
         ORDER BY at, id LIMIT $5`,
        [period.from, period.to, prefix ? null : action, prefix, opts.limit ?? 10_000],
      );
      return rows.map(map);
    },
  };
}
