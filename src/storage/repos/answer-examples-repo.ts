import type { Clock } from '../../ports/clock';
import type { AnswerExample, AnswerExamplesRepo } from '../../ports/answer-examples-repo';
import { type SqlClient, toDate, toNullableDate, toNumber } from '../sql-client';

const row = (r: Record<string, unknown>): AnswerExample => ({
  id: toNumber(r.id),
  questionMasked: String(r.question_masked),
  offeredClauseIds: parseIds(r.offered_clause_ids),
  chosenClauseId: r.chosen_clause_id === null || r.chosen_clause_id === undefined ? null : String(r.chosen_clause_id),
  status: String(r.status) as AnswerExample['status'],
  createdAt: toDate(r.created_at),
  decidedAt: toNullableDate(r.decided_at),
  decidedBy: r.decided_by === null || r.decided_by === undefined ? null : String(r.decided_by),
  source: String(r.source) as AnswerExample['source'],
});

function parseIds(v: unknown): string[] {
  try {
    const parsed = JSON.parse(String(v)) as unknown;
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** Example questions from "Not helpful" choices; questions arrive already masked. */
export function answerExamplesRepo(c: SqlClient, clock: Clock): AnswerExamplesRepo {
  return {
    async propose(input) {
      const { rows } = await c.query<{ id: unknown }>(
        'INSERT INTO answer_examples (question_masked, offered_clause_ids, chosen_clause_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [input.questionMasked.slice(0, 1000), JSON.stringify(input.offeredClauseIds.slice(0, 10)), input.chosenClauseId, input.at ?? clock.now()],
      );
      return toNumber(rows[0].id);
    },
    async get(id) {
      const { rows } = await c.query<Record<string, unknown>>('SELECT * FROM answer_examples WHERE id = $1', [id]);
      return rows[0] ? row(rows[0]) : undefined;
    },
    async listByStatus(status, limit = 50) {
      const { rows } = await c.query<Record<string, unknown>>('SELECT * FROM answer_examples WHERE status = $1 ORDER BY id LIMIT $2', [status, limit]);
      return rows.map(row);
    },
    async decide(id, decision, by, at) {
      // An approved duplicate of an existing pair would break the unique index: reject it as a duplicate instead.
      const { rows } = await c.query<{ id: unknown }>(
        `UPDATE answer_examples e SET status = CASE WHEN $2 = 'approved' AND EXISTS (
             SELECT 1 FROM answer_examples o WHERE o.status = 'approved' AND o.question_masked = e.question_masked AND o.chosen_clause_id IS NOT DISTINCT FROM e.chosen_clause_id
           ) THEN 'rejected' ELSE $2 END,
           decided_at = $3, decided_by = $4
         WHERE id = $1 AND status = 'pending' RETURNING id`,
        [id, decision, at ?? clock.now(), by],
      );
      return rows.length === 1;
    },
    async approvedPairs() {
      const { rows } = await c.query<{ question_masked: string; chosen_clause_id: string }>(
        "SELECT question_masked, chosen_clause_id FROM answer_examples WHERE status = 'approved' AND chosen_clause_id IS NOT NULL ORDER BY id",
      );
      return rows.map((r) => ({ question: r.question_masked, clauseId: r.chosen_clause_id }));
    },
    async importApproved(pairs, by, at) {
      let added = 0;
      for (const p of pairs) {
        const { rows } = await c.query<{ id: unknown }>(
          `INSERT INTO answer_examples (question_masked, offered_clause_ids, chosen_clause_id, status, created_at, decided_at, decided_by, source)
           VALUES ($1, '[]', $2, 'approved', $3, $3, $4, 'import')
           ON CONFLICT (question_masked, chosen_clause_id) WHERE status = 'approved' DO NOTHING RETURNING id`,
          [p.question.slice(0, 1000), p.clauseId, at ?? clock.now(), by],
        );
        added += rows.length;
      }
      return added;
    },
  };
}
