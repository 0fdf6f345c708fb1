/**
 * Issue 16, the policy's own rules: dip-sampling and live-incident nudges. Additive only.
 *
 * - operational_nudges: one row per post nudged for critical-incident / on-call traffic (counts for the PSD report).
 *
 * - dip_samples: unflagged posts picked for a moderator's look. The primary key on the post
 *   means a redelivered post can never be sampled twice. `text` is the one raw-text column
 *   outside post_content: moderators need it to judge the post, and retention nulls it on the
 *   same RETENTION_DAYS cut-off as post_content.
 * - sampling.key: the HMAC key that decides which posts are sampled. Created once, here, inside
 *   the migration transaction (advisory lock), so every instance on one database reads the same
 *   key. gen_random_uuid() draws from the server's strong random source. SAMPLING_KEY overrides it.
 * - The outbox purpose CHECK is dropped rather than re-listed: new card kinds are typed in
 *   OutboxPurpose (ports/outbox-repo.ts), and re-listing would undo any purpose another migration adds.
 */
export const name = 'policy-rules';

export const statements: string[] = [
  `CREATE TABLE dip_samples (
     id text PRIMARY KEY,
     conversation_id text NOT NULL,
     message_id text NOT NULL,
     channel_id text NOT NULL,
     channel_name text,
     team_id text NOT NULL,
     poster_id text NOT NULL,
     poster_name text,
     deep_link text,
     text text,
     sampled_at timestamptz NOT NULL,
     state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','fine','flagged')),
     reviewed_at timestamptz,
     reviewed_by text,
     reviewed_by_name text,
     flag_id text REFERENCES flags (id),
     card_outbox_id bigint,
     UNIQUE (conversation_id, message_id)
   )`,
  `CREATE INDEX dip_samples_sampled_at_idx ON dip_samples (sampled_at)`,
  // One private nudge per post about live-incident / on-call traffic (the key turns redeliveries away). No text.
  `CREATE TABLE operational_nudges (
     conversation_id text NOT NULL,
     message_id text NOT NULL,
     channel_id text NOT NULL,
     poster_id text NOT NULL,
     with_card boolean NOT NULL,
     nudged_at timestamptz NOT NULL,
     PRIMARY KEY (conversation_id, message_id)
   )`,
  `CREATE INDEX operational_nudges_at_idx ON operational_nudges (nudged_at)`,
  `INSERT INTO settings (key, value, updated_at, updated_by)
     VALUES ('sampling.key', to_jsonb(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')), now(), 'migration')
     ON CONFLICT (key) DO NOTHING`,
  `ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_purpose_check`,
];
