/**
 * Initial schema. One statement per array entry (PGlite's extended protocol runs one at a
 * time; plpgsql bodies contain semicolons, so we never split strings).
 * Never edit a shipped migration: add a new file and list it in index.ts.
 */
export const name = 'initial';

const FLAG_STATES = `'open','dismissed','confirmed','escalated','appealed','resolved_edited','resolved_deleted'`;
const FLAG_ACTIONS = `'flagged','viewed','dismissed','confirmed','escalated','appealed','poster_fixed','note','edited','deleted','reopened'`;
const PURPOSES = `'flag_card','card_update','poster_notice','psd_escalation','report','reply'`;

export const statements: string[] = [
  `CREATE TABLE settings (
     key text PRIMARY KEY,
     value jsonb NOT NULL,
     updated_at timestamptz NOT NULL,
     updated_by text
   )`,

  `CREATE TABLE watched_channels (
     channel_id text PRIMARY KEY,
     team_id text NOT NULL,
     name text NOT NULL,
     conversation_ref jsonb NOT NULL,
     watched_by text NOT NULL,
     watched_at timestamptz NOT NULL
   )`,

  `CREATE TABLE role_assignments (
     user_id text NOT NULL,
     role text NOT NULL CHECK (role IN ('admin','moderator','psd')),
     name text,
     granted_by text NOT NULL,
     granted_at timestamptz NOT NULL,
     PRIMARY KEY (user_id, role)
   )`,
  `CREATE INDEX role_assignments_role_idx ON role_assignments (role)`,

  `CREATE TABLE conversation_refs (
     key text PRIMARY KEY,
     ref jsonb NOT NULL,
     updated_at timestamptz NOT NULL
   )`,

  // No text column on purpose: raw content lives only in post_content (purged by retention).
  `CREATE TABLE posts (
     conversation_id text NOT NULL,
     message_id text NOT NULL,
     channel_id text NOT NULL,
     team_id text NOT NULL,
     poster_id text NOT NULL,
     scanned_at timestamptz NOT NULL,
     last_scanned_at timestamptz NOT NULL,
     flagged boolean NOT NULL DEFAULT false,
     edited boolean NOT NULL DEFAULT false,
     deleted boolean NOT NULL DEFAULT false,
     PRIMARY KEY (conversation_id, message_id)
   )`,
  `CREATE INDEX posts_scanned_at_idx ON posts (scanned_at)`,
  `CREATE INDEX posts_channel_scanned_at_idx ON posts (channel_id, scanned_at)`,

  `CREATE TABLE flags (
     id text PRIMARY KEY,
     source text NOT NULL CHECK (source IN ('scan','report')),
     conversation_id text NOT NULL,
     message_id text NOT NULL,
     channel_id text NOT NULL,
     channel_name text,
     team_id text NOT NULL,
     deep_link text,
     poster_id text NOT NULL,
     poster_name text,
     findings jsonb NOT NULL DEFAULT '[]',
     detection_types text[] NOT NULL DEFAULT '{}',
     state text NOT NULL DEFAULT 'open' CHECK (state IN (${FLAG_STATES})),
     reporter_id text,
     reporter_name text,
     report_reason text,
     escalation_reason text,
     appeal_reason text,
     dismiss_reason text,
     last_actor_id text,
     last_actor_name text,
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     first_action_at timestamptz,
     resolved_at timestamptz,
     resolved_by text,
     version integer NOT NULL DEFAULT 1,
     card_outbox_id bigint,
     card_activity_id text
   )`,
  // Re-processing a scanned post can never create a second flag; user reports may repeat.
  `CREATE UNIQUE INDEX flags_scan_post_key_uq ON flags (conversation_id, message_id) WHERE source = 'scan'`,
  `CREATE INDEX flags_post_key_idx ON flags (conversation_id, message_id)`,
  `CREATE INDEX flags_created_at_idx ON flags (created_at)`,
  `CREATE INDEX flags_poster_created_at_idx ON flags (poster_id, created_at)`,
  `CREATE INDEX flags_state_created_at_idx ON flags (state, created_at)`,

  `CREATE TABLE flag_actions (
     id bigserial PRIMARY KEY,
     flag_id text NOT NULL REFERENCES flags (id),
     action text NOT NULL CHECK (action IN (${FLAG_ACTIONS})),
     actor_id text,
     actor_name text,
     reason text,
     at timestamptz NOT NULL
   )`,
  `CREATE INDEX flag_actions_flag_idx ON flag_actions (flag_id, id)`,

  `CREATE TABLE post_content (
     flag_id text PRIMARY KEY REFERENCES flags (id),
     text text NOT NULL,
     file_names text[] NOT NULL DEFAULT '{}',
     created_at timestamptz NOT NULL
   )`,
  `CREATE INDEX post_content_created_at_idx ON post_content (created_at)`,

  `CREATE TABLE audit_log (
     id bigserial PRIMARY KEY,
     at timestamptz NOT NULL,
     actor_id text NOT NULL,
     actor_name text,
     action text NOT NULL,
     target text,
     reason text,
     details jsonb NOT NULL DEFAULT '{}'
   )`,
  `CREATE INDEX audit_log_at_idx ON audit_log (at)`,
  `CREATE INDEX audit_log_target_idx ON audit_log (target, id)`,
  // Append-only enforced by the database itself, not just by the absence of repo methods.
  `CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'audit_log is append-only: % rejected', TG_OP USING ERRCODE = 'insufficient_privilege';
   END
   $$`,
  `CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
     FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
     FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`,

  `CREATE TABLE outbox (
     id bigserial PRIMARY KEY,
     conversation_id text NOT NULL,
     conversation_ref jsonb NOT NULL,
     kind text NOT NULL CHECK (kind IN ('send','update')),
     activity jsonb NOT NULL,
     update_of bigint REFERENCES outbox (id),
     purpose text NOT NULL CHECK (purpose IN (${PURPOSES})),
     flag_id text REFERENCES flags (id),
     status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
     attempts integer NOT NULL DEFAULT 0,
     next_attempt_at timestamptz NOT NULL,
     lease_owner text,
     lease_until timestamptz,
     last_error text,
     sent_activity_id text,
     created_at timestamptz NOT NULL,
     sent_at timestamptz,
     dedupe_key text UNIQUE,
     CHECK (kind = 'send' OR update_of IS NOT NULL)
   )`,
  `CREATE INDEX outbox_due_idx ON outbox (next_attempt_at, id) WHERE status = 'pending'`,
  `CREATE INDEX outbox_status_created_at_idx ON outbox (status, created_at)`,
  `CREATE INDEX outbox_update_of_idx ON outbox (update_of) WHERE update_of IS NOT NULL`,
  `CREATE INDEX outbox_flag_idx ON outbox (flag_id) WHERE flag_id IS NOT NULL`,

  `CREATE TABLE processed_activities (
     activity_id text PRIMARY KEY,
     received_at timestamptz NOT NULL
   )`,
  `CREATE INDEX processed_activities_received_at_idx ON processed_activities (received_at)`,

  `CREATE TABLE feedback (
     id bigserial PRIMARY KEY,
     clause_id text NOT NULL,
     verdict text NOT NULL,
     helpful boolean NOT NULL,
     at timestamptz NOT NULL
   )`,
  `CREATE INDEX feedback_at_idx ON feedback (at)`,

  `CREATE TABLE job_runs (
     job_name text NOT NULL,
     scheduled_for timestamptz NOT NULL,
     owner text NOT NULL,
     started_at timestamptz NOT NULL,
     finished_at timestamptz,
     status text NOT NULL DEFAULT 'running' CHECK (status IN ('running','succeeded','failed')),
     error text,
     PRIMARY KEY (job_name, scheduled_for)
   )`,
];
