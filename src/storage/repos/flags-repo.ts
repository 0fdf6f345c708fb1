import type { Clock } from '../../ports/clock';
import type { Finding, Flag, FlagPatch, FlagSource, FlagState } from '../../moderation/flag';
import type { FlagsRepo } from '../../ports/flags-repo';
import { newFlagId } from '../flag-id';
import { type SqlClient, json, toDate, toNullableDate, toNullableNumber, toNumber } from '../sql-client';
import { PURGED_REASON } from './flag-actions-repo';

type Row = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? null : String(v));

export function mapFlag(r: Row): Flag {
  return {
    id: String(r.id), source: r.source as FlagSource, conversationId: String(r.conversation_id),
    messageId: String(r.message_id), channelId: String(r.channel_id), channelName: s(r.channel_name),
    teamId: String(r.team_id), teamName: s(r.team_name), deepLink: s(r.deep_link), posterId: String(r.poster_id), posterName: s(r.poster_name),
    findings: (r.findings ?? []) as Finding[], detectionTypes: (r.detection_types ?? []) as string[],
    state: r.state as FlagState, reporterId: s(r.reporter_id), reporterName: s(r.reporter_name),
    reportReason: s(r.report_reason), escalationReason: s(r.escalation_reason), appealReason: s(r.appeal_reason),
    dismissReason: s(r.dismiss_reason), lastActorId: s(r.last_actor_id), lastActorName: s(r.last_actor_name),
    createdAt: toDate(r.created_at), updatedAt: toDate(r.updated_at), firstActionAt: toNullableDate(r.first_action_at),
    resolvedAt: toNullableDate(r.resolved_at), resolvedBy: s(r.resolved_by), version: toNumber(r.version),
    cardOutboxId: toNullableNumber(r.card_outbox_id), cardActivityId: s(r.card_activity_id),
  };
}

/** Patch field -> column (and a cast where the driver needs one). */
const PATCH_COLUMNS: Record<keyof FlagPatch, { col: string; cast?: string; value?: (v: unknown) => unknown }> = {
  state: { col: 'state' },
  escalationReason: { col: 'escalation_reason' },
  appealReason: { col: 'appeal_reason' },
  dismissReason: { col: 'dismiss_reason' },
  lastActorId: { col: 'last_actor_id' },
  lastActorName: { col: 'last_actor_name' },
  firstActionAt: { col: 'first_action_at' },
  resolvedAt: { col: 'resolved_at' },
  resolvedBy: { col: 'resolved_by' },
  findings: { col: 'findings', cast: '::jsonb', value: json },
  detectionTypes: { col: 'detection_types', cast: '::text[]' },
  cardOutboxId: { col: 'card_outbox_id', cast: '::bigint' },
};

export function flagsRepo(c: SqlClient, clock: Clock): FlagsRepo {
  const get = async (id: string) => {
    const { rows } = await c.query('SELECT * FROM flags WHERE id = $1', [id]);
    return rows[0] ? mapFlag(rows[0]) : undefined;
  };
  const getByPostKey = async (conversationId: string, messageId: string, source: FlagSource = 'scan') => {
    const { rows } = await c.query(
      'SELECT * FROM flags WHERE conversation_id = $1 AND message_id = $2 AND source = $3 ORDER BY created_at LIMIT 1',
      [conversationId, messageId, source],
    );
    return rows[0] ? mapFlag(rows[0]) : undefined;
  };

  return {
    async purgeReasonsOlderThan(date) {
      const res = await c.query(
        `UPDATE flags SET
           report_reason = CASE WHEN report_reason IS NULL THEN NULL ELSE $2 END,
           dismiss_reason = CASE WHEN dismiss_reason IS NULL THEN NULL ELSE $2 END,
           escalation_reason = CASE WHEN escalation_reason IS NULL THEN NULL ELSE $2 END,
           appeal_reason = CASE WHEN appeal_reason IS NULL THEN NULL ELSE $2 END
         WHERE created_at < $1
           AND (report_reason <> $2 OR dismiss_reason <> $2 OR escalation_reason <> $2 OR appeal_reason <> $2)`,
        [date, PURGED_REASON],
      );
      return res.rowCount;
    },
    async create(input) {
      const at = input.createdAt ?? clock.now();
      const detectionTypes = input.detectionTypes ?? [...new Set(input.findings.map((f) => f.type))];
      // DO NOTHING without a target covers both the scan post key and an (unlikely) id
      // collision without raising, so it is safe inside a caller's transaction.
      for (let i = 0; i < 5; i++) {
        const { rows } = await c.query(
          `INSERT INTO flags (id, source, conversation_id, message_id, channel_id, channel_name, team_id, deep_link,
             poster_id, poster_name, findings, detection_types, reporter_id, reporter_name, report_reason, created_at, updated_at, team_name)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::text[], $13, $14, $15, $16, $16, $17)
           ON CONFLICT DO NOTHING RETURNING *`,
          [newFlagId(), input.source, input.conversationId, input.messageId, input.channelId, input.channelName ?? null,
            input.teamId, input.deepLink ?? null, input.posterId, input.posterName ?? null, json(input.findings),
            detectionTypes, input.reporterId ?? null, input.reporterName ?? null, input.reportReason ?? null, at, input.teamName ?? null],
        );
        if (rows[0]) return { flag: mapFlag(rows[0]), created: true };
        if (input.source === 'scan' || input.source === 'historic') {
          const existing = await getByPostKey(input.conversationId, input.messageId, input.source);
          if (existing) return { flag: existing, created: false };
        }
      }
      throw new Error('could not allocate a unique flag id');
    },
    get,
    getByPostKey,
    async transition(id, expectedVersion, patch) {
      const sets: string[] = [];
      const params: unknown[] = [id, expectedVersion, clock.now()];
      for (const [key, spec] of Object.entries(PATCH_COLUMNS) as Array<[keyof FlagPatch, (typeof PATCH_COLUMNS)[keyof FlagPatch]]>) {
        if (!(key in patch) || patch[key] === undefined) continue;
        params.push(spec.value ? spec.value(patch[key]) : patch[key]);
        const p = `$${params.length}${spec.cast ?? ''}`;
        // The first action time is a fact: later transitions must not move it.
        sets.push(key === 'firstActionAt' ? `${spec.col} = COALESCE(${spec.col}, ${p})` : `${spec.col} = ${p}`);
      }
      const { rows } = await c.query(
        `UPDATE flags SET ${[...sets, 'updated_at = $3', 'version = version + 1'].join(', ')}
         WHERE id = $1 AND version = $2 RETURNING *`,
        params,
      );
      if (rows[0]) return { ok: true, flag: mapFlag(rows[0]) };
      return { ok: false, flag: await get(id) };
    },
    async setCardOutboxId(id, outboxId) {
      await c.query('UPDATE flags SET card_outbox_id = $2 WHERE id = $1', [id, outboxId]);
    },
    async countForPoster(posterId, since, states) {
      const { rows } = await c.query<{ n: unknown }>(
        `SELECT count(*)::int AS n FROM flags WHERE poster_id = $1 AND created_at >= $2
           AND ($3::text[] IS NULL OR state = ANY($3::text[]))`,
        [posterId, since, states ?? null],
      );
      return toNumber(rows[0]?.n ?? 0);
    },
    async listByPeriod(q) {
      const { rows } = await c.query(
        `SELECT * FROM flags WHERE created_at >= $1 AND created_at < $2
           AND ($3::text[] IS NULL OR state = ANY($3::text[]))
           AND ($4::text IS NULL OR source = $4) AND ($5::text IS NULL OR channel_id = $5)
         ORDER BY created_at, id`,
        [q.from, q.to, q.states ?? null, q.source ?? null, q.channelId ?? null],
      );
      return rows.map(mapFlag);
    },
    async listOpenOlderThan(date, states = ['open']) {
      const { rows } = await c.query(
        'SELECT * FROM flags WHERE state = ANY($2::text[]) AND created_at < $1 ORDER BY created_at, id',
        [date, states],
      );
      return rows.map(mapFlag);
    },
    async listByState(states, limit = 100) {
      const { rows } = await c.query(
        'SELECT * FROM flags WHERE state = ANY($1::text[]) ORDER BY created_at, id LIMIT $2',
        [states, limit],
      );
      return rows.map(mapFlag);
    },
  };
}
