import type { Clock } from '../../ports/clock';
import type { ConversationRef } from '../../ports/messenger';
import type { ExternalAlertState, ExternalMemberAlert, ExternalMemberSource, ExternalMembersRepo, ExternalReason, PartnerTeam } from '../../ports/member-checks';
import { newFlagId } from '../flag-id';
import { json, type SqlClient, toDate, toNullableDate, toNullableNumber, toNumber } from '../sql-client';

type Row = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? null : String(v));

function mapAlert(r: Row): ExternalMemberAlert {
  return {
    id: String(r.id), teamId: String(r.team_id), teamName: s(r.team_name), memberKey: String(r.member_key), memberName: s(r.member_name),
    memberDomain: s(r.member_domain), reason: r.reason as ExternalReason, source: r.source as ExternalMemberSource, detectedAt: toDate(r.detected_at),
    addedByName: s(r.added_by_name), ownerRef: (r.owner_ref as ConversationRef | null) ?? null, state: r.state as ExternalAlertState,
    decidedAt: toNullableDate(r.decided_at), decidedBy: s(r.decided_by), decidedByName: s(r.decided_by_name), decisionReason: s(r.decision_reason),
    cardOutboxId: toNullableNumber(r.card_outbox_id),
  };
}

function mapPartner(r: Row): PartnerTeam {
  return { teamId: String(r.team_id), teamName: s(r.team_name), reason: String(r.reason), allowedBy: String(r.allowed_by), allowedByName: s(r.allowed_by_name), allowedAt: toDate(r.allowed_at) };
}

/** Alert ids share the flag ids' alphabet, with their own prefix so they are never confused with flags or samples. */
const newAlertId = () => `X-${newFlagId().slice(2)}`;

export function externalMembersRepo(c: SqlClient, clock: Clock): ExternalMembersRepo {
  return {
    async record(input) {
      // ON CONFLICT DO NOTHING (no target) also covers the (team, member) key: a redelivery or a later sweep writes nothing.
      const { rows } = await c.query(
        `INSERT INTO external_member_alerts (id, team_id, team_name, member_key, member_name, member_domain, reason, source, detected_at, added_by_name, owner_ref)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)
         ON CONFLICT DO NOTHING RETURNING *`,
        [newAlertId(), input.teamId, input.teamName, input.memberKey, input.memberName, input.memberDomain, input.reason, input.source, input.detectedAt ?? clock.now(), input.addedByName, input.ownerRef ? json(input.ownerRef) : null],
      );
      return rows[0] ? mapAlert(rows[0]) : undefined;
    },
    async get(id) {
      const { rows } = await c.query('SELECT * FROM external_member_alerts WHERE id = $1', [id]);
      return rows[0] ? mapAlert(rows[0]) : undefined;
    },
    async decide(id, outcome) {
      const res = await c.query(
        `UPDATE external_member_alerts SET state = $2, decided_by = $3, decided_by_name = $4, decision_reason = $5, decided_at = $6
          WHERE id = $1 AND state = 'open'`,
        [id, outcome.state, outcome.by, outcome.byName, outcome.reason ?? null, outcome.at ?? clock.now()],
      );
      return res.rowCount > 0;
    },
    async setCardOutboxId(id, outboxId) {
      await c.query('UPDATE external_member_alerts SET card_outbox_id = $2 WHERE id = $1', [id, outboxId]);
    },
    async counts(period) {
      const { rows } = await c.query<{ alerted: unknown; expected: unknown; raised: unknown }>(
        `SELECT count(*) AS alerted, count(*) FILTER (WHERE state = 'expected') AS expected, count(*) FILTER (WHERE state = 'raised') AS raised
           FROM external_member_alerts WHERE detected_at >= $1 AND detected_at < $2`,
        [period.from, period.to],
      );
      return { alerted: toNumber(rows[0]?.alerted ?? 0), expected: toNumber(rows[0]?.expected ?? 0), raised: toNumber(rows[0]?.raised ?? 0) };
    },
    async allowTeam(input) {
      await c.query(
        `INSERT INTO partner_teams (team_id, team_name, reason, allowed_by, allowed_by_name, allowed_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (team_id) DO UPDATE SET team_name = coalesce(EXCLUDED.team_name, partner_teams.team_name), reason = EXCLUDED.reason,
           allowed_by = EXCLUDED.allowed_by, allowed_by_name = EXCLUDED.allowed_by_name, allowed_at = EXCLUDED.allowed_at`,
        [input.teamId, input.teamName, input.reason, input.allowedBy, input.allowedByName, input.allowedAt ?? clock.now()],
      );
    },
    async isTeamAllowed(teamId) {
      const { rows } = await c.query('SELECT 1 FROM partner_teams WHERE team_id = $1', [teamId]);
      return rows.length > 0;
    },
    async listAllowedTeams() {
      const { rows } = await c.query('SELECT * FROM partner_teams ORDER BY allowed_at, team_id');
      return rows.map(mapPartner);
    },
  };
}
