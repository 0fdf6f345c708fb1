import type { Clock } from '../../ports/clock';
import { conversationKeyOf } from '../../ports/messenger';
import type { BotActivity, ConversationRef } from '../../ports/messenger';
import type { OutboxMessage } from '../../ports/outbox-message';
import type { ClaimedOutboxItem, OutboxItem, OutboxKind, OutboxPurpose, OutboxRepo, OutboxStatus } from '../../ports/outbox-repo';
import { type InTransaction, type SqlClient, json, toDate, toNullableDate, toNullableNumber, toNumber } from '../sql-client';
import { sanitizeText, truncateGraphemes } from '../../text/safe-text';

type Row = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? null : String(v));

const map = (r: Row): OutboxItem => ({
  id: toNumber(r.id), conversationRef: r.conversation_ref as ConversationRef, kind: r.kind as OutboxKind,
  message: (r.message as OutboxMessage | null) ?? null, activity: (r.activity as BotActivity | null) ?? null, updateOf: toNullableNumber(r.update_of), purpose: r.purpose as OutboxPurpose,
  flagId: s(r.flag_id), status: r.status as OutboxStatus, attempts: toNumber(r.attempts),
  nextAttemptAt: toDate(r.next_attempt_at), leaseOwner: s(r.lease_owner), leaseUntil: toNullableDate(r.lease_until),
  lastError: s(r.last_error), sentActivityId: s(r.sent_activity_id), createdAt: toDate(r.created_at),
  sentAt: toNullableDate(r.sent_at), dedupeKey: s(r.dedupe_key), lastAttemptAt: toNullableDate(r.last_attempt_at),
});

/** Error texts can be long (HTML error pages); admins need the gist, not a dump. */
const clip = (text: string) => truncateGraphemes(sanitizeText(text), 500, '...');

/** Blocked updates (their send still pending) are neither claimable nor "due". */
const READY = `(o.update_of IS NULL OR EXISTS (SELECT 1 FROM outbox t WHERE t.id = o.update_of AND t.status <> 'pending'))`;

/** Any constant: all instances serialise their claim statements on it (see claimDue). */
const CLAIM_LOCK = 'policy-bot:outbox-claim';

export function outboxRepo(c: SqlClient, clock: Clock, inTransaction: InTransaction = (fn) => fn(c)): OutboxRepo {
  return {
    async enqueue(input) {
      const kind = input.kind ?? 'send';
      if (kind === 'update' && input.updateOf == null) throw new Error('an update needs updateOf (the outbox id of its send)');
      const now = clock.now();
      const { rows } = await c.query(
        `INSERT INTO outbox (conversation_id, conversation_ref, kind, activity, update_of, purpose, flag_id,
           next_attempt_at, created_at, dedupe_key, message, message_kind)
         VALUES ($1, $2::jsonb, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11::jsonb, $12)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING *`,
        [conversationKeyOf(input.conversationRef), json(input.conversationRef), kind, input.activity ? json(input.activity) : null,
          input.updateOf ?? null, input.purpose, input.flagId ?? null, input.notBefore ?? now, now, input.dedupeKey ?? null,
          input.message ? json(input.message) : null, input.message?.kind ?? null],
      );
      if (rows[0]) return { item: map(rows[0]), created: true };
      const existing = await c.query('SELECT * FROM outbox WHERE dedupe_key = $1', [input.dedupeKey]);
      return { item: map(existing.rows[0]!), created: false };
    },
    async get(id) {
      const { rows } = await c.query('SELECT * FROM outbox WHERE id = $1', [id]);
      return rows[0] ? map(rows[0]) : undefined;
    },
    async claimDue(owner, now, limit, opts = {}) {
      const leaseUntil = new Date(now.getTime() + (opts.leaseMs ?? 60_000));
      // - Claims from all instances are serialised by a transaction-scoped advisory lock (held for
      //   milliseconds): each claimer sees the leases the previous one committed.
      // - `elsewhere`: conversations another owner holds a live lease on, or called Teams for within
      //   the affinity window, are skipped, so one instance's rate limiter sees all of their traffic.
      // - Due items are ranked per conversation (round-robin, at most `perConversation` each) so one
      //   busy conversation cannot fill a batch it could not send anyway.
      // - Candidates are locked FOR UPDATE SKIP LOCKED (rows being updated by markSent etc. are
      //   skipped, not waited for), re-checked after locking, then leased.
      const { rows } = await inTransaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CLAIM_LOCK]);
        return tx.query(
        `WITH elsewhere AS (
           SELECT x.conversation_id FROM outbox x
           WHERE x.status = 'pending' AND x.lease_until > $2 AND x.lease_owner <> $1
           UNION
           SELECT x.conversation_id FROM outbox x
           WHERE x.last_attempt_at > $7 AND x.lease_owner <> $1
         ), due AS (
           SELECT o.id, row_number() OVER (PARTITION BY o.conversation_id ORDER BY o.id) AS rn
           FROM outbox o
           WHERE o.status = 'pending' AND o.next_attempt_at <= $2
             AND (o.lease_until IS NULL OR o.lease_until <= $2) AND ${READY}
             AND o.conversation_id NOT IN (SELECT conversation_id FROM elsewhere)
             AND o.conversation_id <> ALL($8::text[])
         ), candidates AS (
           SELECT id, rn FROM due WHERE rn <= $4 ORDER BY rn, id LIMIT $6
         ), locked AS (
           SELECT o.id FROM outbox o JOIN candidates c ON c.id = o.id
           WHERE o.status = 'pending' AND (o.lease_until IS NULL OR o.lease_until <= $2)
           ORDER BY c.rn, o.id
           LIMIT $3
           FOR UPDATE OF o SKIP LOCKED
         )
         UPDATE outbox o SET lease_owner = $1, lease_until = $5
         FROM locked WHERE o.id = locked.id
         RETURNING o.*,
           (SELECT t.sent_activity_id FROM outbox t WHERE t.id = o.update_of) AS target_activity_id,
           (SELECT t.status FROM outbox t WHERE t.id = o.update_of) AS target_status`,
        [owner, now, limit, opts.perConversation ?? 7, leaseUntil, limit * 4,
          new Date(now.getTime() - (opts.affinityMs ?? 30_000)), opts.skipConversations ?? []],
        );
      });
      return rows
        .map((r): ClaimedOutboxItem => ({
          ...map(r), targetActivityId: s(r.target_activity_id), targetStatus: (r.target_status as OutboxStatus | null) ?? null,
        }))
        .sort((a, b) => a.id - b.id);
    },
    async markSent(id, activityId, at) {
      const { rows } = await c.query<{ flag_id: string | null; purpose: string; kind: string }>(
        // After an attempt lease_owner is kept (only lease_until clears): with last_attempt_at it
        // records which instance last called Teams for this conversation (claimDue affinity).
        `UPDATE outbox SET status = 'sent', sent_activity_id = $2, sent_at = $3, attempts = attempts + 1,
           last_attempt_at = $3, lease_until = NULL, last_error = NULL
         WHERE id = $1 AND status = 'pending' RETURNING flag_id, purpose, kind`,
        [id, activityId, at ?? clock.now()],
      );
      const r = rows[0];
      if (r && r.purpose === 'flag_card' && r.kind === 'send' && r.flag_id) {
        // The card's activity id lets the workflow show "card posted"; no version bump (not a state change).
        await c.query(
          `UPDATE flags SET card_activity_id = $2, card_outbox_id = COALESCE(card_outbox_id, $3)
           WHERE id = $1 AND (card_outbox_id IS NULL OR card_outbox_id = $3)`,
          [r.flag_id, activityId, id],
        );
      }
      return r !== undefined;
    },
    async markRetry(id, nextAt, error) {
      const res = await c.query(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3, last_attempt_at = $4, lease_until = NULL
         WHERE id = $1 AND status = 'pending'`,
        [id, nextAt, clip(error), clock.now()],
      );
      return res.rowCount > 0;
    },
    async markFailed(id, reason, opts = {}) {
      const res = await c.query(
        `UPDATE outbox SET status = 'failed', attempts = attempts + $3, last_error = $2, lease_until = NULL,
           last_attempt_at = CASE WHEN $3 = 1 THEN $4 ELSE last_attempt_at END
         WHERE id = $1 AND status = 'pending'`,
        [id, clip(reason), opts.countAttempt === false ? 0 : 1, clock.now()],
      );
      return res.rowCount > 0;
    },
    async release(id, nextAt) {
      const res = await c.query(
        `UPDATE outbox SET next_attempt_at = $2, lease_owner = NULL, lease_until = NULL WHERE id = $1 AND status = 'pending'`,
        [id, nextAt],
      );
      return res.rowCount > 0;
    },
    async releaseLeasesOf(owner) {
      const res = await c.query(`UPDATE outbox SET lease_until = NULL WHERE status = 'pending' AND lease_owner = $1 AND lease_until IS NOT NULL`, [owner]);
      return res.rowCount;
    },
    async nextDueAt(opts = {}) {
      const { rows } = await c.query<{ at: unknown }>(
        `SELECT min(GREATEST(o.next_attempt_at, COALESCE(o.lease_until, o.next_attempt_at))) AS at
         FROM outbox o WHERE o.status = 'pending' AND ${READY} AND o.conversation_id <> ALL($1::text[])`,
        [opts.skipConversations ?? []],
      );
      return toNullableDate(rows[0]?.at) ?? undefined;
    },
    async health(now) {
      const counts = await c.query<{ status: OutboxStatus; n: unknown }>(
        'SELECT status, count(*)::int AS n FROM outbox GROUP BY status',
      );
      const oldest = await c.query<{ at: unknown }>(`SELECT min(created_at) AS at FROM outbox WHERE status = 'pending'`);
      const by = Object.fromEntries(counts.rows.map((r) => [r.status, toNumber(r.n)]));
      const oldestAt = toNullableDate(oldest.rows[0]?.at);
      return {
        pending: by.pending ?? 0, sent: by.sent ?? 0, failed: by.failed ?? 0,
        oldestPendingAgeMs: oldestAt ? Math.max(0, now.getTime() - oldestAt.getTime()) : null,
      };
    },
    async listFailed(limit = 50) {
      const { rows } = await c.query(`SELECT * FROM outbox WHERE status = 'failed' ORDER BY id DESC LIMIT $1`, [limit]);
      return rows.map(map);
    },
    async requeue(id, at) {
      const res = await c.query(
        `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $2 WHERE id = $1 AND status = 'failed'`,
        [id, at ?? clock.now()],
      );
      return res.rowCount > 0;
    },
    async purgeContentOlderThan(date) {
      const res = await c.query(
        // A message keeps its kind (what was sent stays countable); its ids and payload go.
        `UPDATE outbox SET
           activity = CASE WHEN activity IS NULL THEN NULL ELSE '{"purged": true}'::jsonb END,
           message = CASE WHEN message IS NULL THEN NULL ELSE jsonb_build_object('kind', message_kind, 'purged', true) END
         WHERE status IN ('sent', 'failed') AND created_at < $1
           AND (activity <> '{"purged": true}'::jsonb OR (message IS NOT NULL AND message->'purged' IS NULL))`,
        [date],
      );
      return res.rowCount;
    },
  };
}
