import type { Clock } from '../../ports/clock';
import type { DipSample, DipSampleState } from '../../moderation/dip-sample';
import type { DipSamplesRepo } from '../../ports/dip-samples-repo';
import { newFlagId } from '../flag-id';
import { type SqlClient, toDate, toNullableDate, toNullableNumber, toNumber } from '../sql-client';

type Row = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? null : String(v));

function mapSample(r: Row): DipSample {
  return {
    id: String(r.id), conversationId: String(r.conversation_id), messageId: String(r.message_id), channelId: String(r.channel_id),
    channelName: s(r.channel_name), teamId: String(r.team_id), posterId: String(r.poster_id), posterName: s(r.poster_name),
    deepLink: s(r.deep_link), text: s(r.text), sampledAt: toDate(r.sampled_at), state: r.state as DipSampleState,
    reviewedAt: toNullableDate(r.reviewed_at), reviewedBy: s(r.reviewed_by), reviewedByName: s(r.reviewed_by_name),
    flagId: s(r.flag_id), cardOutboxId: toNullableNumber(r.card_outbox_id),
  };
}

/** Sample ids share the flag ids' alphabet, with their own prefix so the two are never confused. */
const newSampleId = () => `S-${newFlagId().slice(2)}`;

export function dipSamplesRepo(c: SqlClient, clock: Clock): DipSamplesRepo {
  return {
    async record(input, cap) {
      const at = input.sampledAt ?? clock.now();
      // The cap's count and the insert are one statement; ON CONFLICT DO NOTHING (no target) also
      // covers the post key, so a redelivered post is turned away without an error.
      const { rows } = await c.query(
        `INSERT INTO dip_samples (id, conversation_id, message_id, channel_id, channel_name, team_id, poster_id, poster_name, deep_link, text, sampled_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
          WHERE (SELECT count(*) FROM dip_samples WHERE sampled_at >= $12) < $13
         ON CONFLICT DO NOTHING
         RETURNING *`,
        [newSampleId(), input.conversationId, input.messageId, input.channelId, input.channelName ?? null, input.teamId, input.posterId, input.posterName ?? null, input.deepLink ?? null, input.text, at, cap.since, cap.max],
      );
      return rows[0] ? mapSample(rows[0]) : undefined;
    },
    async get(id) {
      const { rows } = await c.query('SELECT * FROM dip_samples WHERE id = $1', [id]);
      return rows[0] ? mapSample(rows[0]) : undefined;
    },
    async review(id, outcome) {
      const res = await c.query(
        `UPDATE dip_samples SET state = $2, reviewed_by = $3, reviewed_by_name = $4, flag_id = $5, reviewed_at = $6
          WHERE id = $1 AND state = 'pending'`,
        [id, outcome.state, outcome.by, outcome.byName, outcome.flagId ?? null, outcome.at ?? clock.now()],
      );
      return res.rowCount > 0;
    },
    async setCardOutboxId(id, outboxId) {
      await c.query('UPDATE dip_samples SET card_outbox_id = $2 WHERE id = $1', [id, outboxId]);
    },
    async countSince(since) {
      const { rows } = await c.query<{ n: unknown }>('SELECT count(*) AS n FROM dip_samples WHERE sampled_at >= $1', [since]);
      return toNumber(rows[0]?.n ?? 0);
    },
    async counts(period) {
      const { rows } = await c.query<{ sampled: unknown; reviewed: unknown; flagged: unknown }>(
        `SELECT count(*) AS sampled,
                count(*) FILTER (WHERE state <> 'pending') AS reviewed,
                count(*) FILTER (WHERE state = 'flagged') AS flagged
           FROM dip_samples WHERE sampled_at >= $1 AND sampled_at < $2`,
        [period.from, period.to],
      );
      const r = rows[0];
      return { sampled: toNumber(r?.sampled ?? 0), reviewed: toNumber(r?.reviewed ?? 0), flagged: toNumber(r?.flagged ?? 0) };
    },
    async purgeTextOlderThan(date) {
      return (await c.query('UPDATE dip_samples SET text = NULL WHERE sampled_at < $1 AND text IS NOT NULL', [date])).rowCount;
    },
  };
}
