import type { Clock } from '../../ports/clock';
import type { FeedbackRepo } from '../../ports/feedback-repo';
import { type SqlClient, toDate, toNumber } from '../sql-client';

/** Answer feedback. Deliberately no question text and no user id (nothing personal to retain). */
export function feedbackRepo(c: SqlClient, clock: Clock): FeedbackRepo {
  return {
    async record(input) {
      await c.query('INSERT INTO feedback (clause_id, verdict, helpful, at) VALUES ($1, $2, $3, $4)', [
        input.clauseId, input.verdict, input.helpful, input.at ?? clock.now(),
      ]);
    },
    async list(period) {
      const { rows } = await c.query<Record<string, unknown>>(
        'SELECT * FROM feedback WHERE at >= $1 AND at < $2 ORDER BY at, id',
        [period.from, period.to],
      );
      return rows.map((r) => ({
        id: toNumber(r.id), clauseId: String(r.clause_id), verdict: String(r.verdict), helpful: r.helpful === true, at: toDate(r.at),
      }));
    },
    async summary(period) {
      const { rows } = await c.query<{ clause_id: string; helpful: unknown; not_helpful: unknown }>(
        `SELECT clause_id, count(*) FILTER (WHERE helpful)::int AS helpful, count(*) FILTER (WHERE NOT helpful)::int AS not_helpful
         FROM feedback WHERE at >= $1 AND at < $2 GROUP BY clause_id ORDER BY clause_id`,
        [period.from, period.to],
      );
      return rows.map((r) => ({ clauseId: r.clause_id, helpful: toNumber(r.helpful), notHelpful: toNumber(r.not_helpful) }));
    },
  };
}
