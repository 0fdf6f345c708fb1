import type { Clock } from '../../ports/clock';
import type { FlagAction, FlagActionKind } from '../../moderation/flag-action';
import type { FlagActionsRepo } from '../../ports/flag-actions-repo';
import { type SqlClient, toDate, toNumber } from '../sql-client';

type Row = Record<string, unknown>;
const map = (r: Row): FlagAction => ({
  id: toNumber(r.id), flagId: String(r.flag_id), action: r.action as FlagActionKind,
  actorId: (r.actor_id as string | null) ?? null, actorName: (r.actor_name as string | null) ?? null,
  reason: (r.reason as string | null) ?? null, at: toDate(r.at),
});

/** What a reason reads after retention: that one was given, not what it said. */
export const PURGED_REASON = '[reason removed under the retention policy]';

/** Append-only by API: there is no update or delete. */
export function flagActionsRepo(c: SqlClient, clock: Clock): FlagActionsRepo {
  return {
    async append(input) {
      const { rows } = await c.query(
        `INSERT INTO flag_actions (flag_id, action, actor_id, actor_name, reason, at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        [input.flagId, input.action, input.actorId ?? null, input.actorName ?? null, input.reason ?? null, input.at ?? clock.now()],
      );
      return map(rows[0]!);
    },
    async purgeReasonsOlderThan(date) {
      const res = await c.query(
        `UPDATE flag_actions SET reason = $2 WHERE reason IS NOT NULL AND reason <> $2 AND flag_id IN (SELECT id FROM flags WHERE created_at < $1)`,
        [date, PURGED_REASON],
      );
      return res.rowCount;
    },
    async listForFlag(flagId) {
      const { rows } = await c.query('SELECT * FROM flag_actions WHERE flag_id = $1 ORDER BY at, id', [flagId]);
      return rows.map(map);
    },
  };
}
