import type { Clock } from '../../ports/clock';
import type { OperationalNudgesRepo } from '../../ports/operational-nudges-repo';
import { type SqlClient, toNumber } from '../sql-client';

export function operationalNudgesRepo(c: SqlClient, clock: Clock): OperationalNudgesRepo {
  return {
    async record(input) {
      const res = await c.query(
        `INSERT INTO operational_nudges (conversation_id, message_id, channel_id, poster_id, with_card, nudged_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [input.conversationId, input.messageId, input.channelId, input.posterId, input.withCard, input.at ?? clock.now()],
      );
      return res.rowCount > 0;
    },
    async counts(period) {
      const { rows } = await c.query<{ nudged: unknown; with_card: unknown }>(
        `SELECT count(*) AS nudged, count(*) FILTER (WHERE with_card) AS with_card
           FROM operational_nudges WHERE nudged_at >= $1 AND nudged_at < $2`,
        [period.from, period.to],
      );
      return { nudged: toNumber(rows[0]?.nudged ?? 0), withCard: toNumber(rows[0]?.with_card ?? 0) };
    },
  };
}
