/**
 * Issue 16, external members in teams. Additive only.
 *
 * - external_member_alerts: one row per external member per team (the unique key turns away a
 *   redelivered membersAdded and every later daily sweep). Display name and domain only.
 * - partner_teams: teams a moderator marked "Expected (partner team)"; their external members never alert.
 *
 * Leavers need no table: revocations are audit entries, and the last roster check's outcome is a setting.
 */
export const name = 'membership';

export const statements: string[] = [
  `CREATE TABLE external_member_alerts (
     id text PRIMARY KEY,
     team_id text NOT NULL,
     team_name text,
     member_key text NOT NULL,
     member_name text,
     member_domain text,
     reason text NOT NULL CHECK (reason IN ('guest','other_tenant')),
     source text NOT NULL CHECK (source IN ('member_added','bot_installed','sweep')),
     detected_at timestamptz NOT NULL,
     added_by_name text,
     owner_ref jsonb,
     state text NOT NULL DEFAULT 'open' CHECK (state IN ('open','expected','raised')),
     decided_at timestamptz,
     decided_by text,
     decided_by_name text,
     decision_reason text,
     card_outbox_id bigint,
     UNIQUE (team_id, member_key)
   )`,
  `CREATE INDEX external_member_alerts_detected_at_idx ON external_member_alerts (detected_at)`,
  `CREATE TABLE partner_teams (
     team_id text PRIMARY KEY,
     team_name text,
     reason text NOT NULL,
     allowed_by text NOT NULL,
     allowed_by_name text,
     allowed_at timestamptz NOT NULL
   )`,
];
