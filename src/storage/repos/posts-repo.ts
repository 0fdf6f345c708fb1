import type { Clock } from '../../ports/clock';
import type { PostCounts, PostRecord, PostsRepo, ScanRecord } from '../../ports/posts-repo';
import { type SqlClient, toDate, toNumber } from '../sql-client';

interface Row {
  conversation_id: string; message_id: string; channel_id: string; team_id: string; poster_id: string;
  scanned_at: unknown; last_scanned_at: unknown; flagged: boolean; edited: boolean; deleted: boolean;
}
const map = (r: Row): PostRecord => ({
  conversationId: r.conversation_id, messageId: r.message_id, channelId: r.channel_id, teamId: r.team_id,
  posterId: r.poster_id, scannedAt: toDate(r.scanned_at), lastScannedAt: toDate(r.last_scanned_at),
  flagged: r.flagged, edited: r.edited, deleted: r.deleted,
});

const COUNTS = `count(*)::int AS scanned, count(*) FILTER (WHERE flagged)::int AS flagged,
  count(*) FILTER (WHERE edited)::int AS edited, count(*) FILTER (WHERE deleted)::int AS deleted`;
const mapCounts = (r: Record<string, unknown> | undefined): PostCounts => ({
  scanned: toNumber(r?.scanned ?? 0), flagged: toNumber(r?.flagged ?? 0),
  edited: toNumber(r?.edited ?? 0), deleted: toNumber(r?.deleted ?? 0),
});

/** A re-scan (edit, re-delivery) updates the same row: flagged/edited are OR-ed in, never cleared. */
export const UPSERT_SCAN = `ON CONFLICT (conversation_id, message_id) DO UPDATE SET
  last_scanned_at = GREATEST(posts.last_scanned_at, EXCLUDED.last_scanned_at),
  flagged = posts.flagged OR EXCLUDED.flagged,
  edited = posts.edited OR EXCLUDED.edited`;

const scanParams = (input: ScanRecord, clock: Clock): unknown[] => [
  input.conversationId, input.messageId, input.channelId, input.teamId, input.posterId, input.at ?? clock.now(), input.flagged, input.edited ?? false,
];

export function postsRepo(c: SqlClient, clock: Clock): PostsRepo {
  return {
    async recordScan(input) {
      const { rows } = await c.query<Row & { inserted: boolean }>(
        `INSERT INTO posts (conversation_id, message_id, channel_id, team_id, poster_id, scanned_at, last_scanned_at, flagged, edited)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8)
         ${UPSERT_SCAN} RETURNING *, (xmax = 0) AS inserted`,
        scanParams(input, clock),
      );
      const row = rows[0]!;
      return { post: map(row), created: row.inserted === true };
    },
    async recordScanOnce(deliveryKey, input) {
      // The scan row is written only if this statement's own insert claimed the delivery key.
      const { rows } = await c.query(
        `WITH claimed AS (
           INSERT INTO processed_activities (activity_id, received_at) VALUES ($9, $6)
           ON CONFLICT (activity_id) DO NOTHING RETURNING activity_id
         )
         INSERT INTO posts (conversation_id, message_id, channel_id, team_id, poster_id, scanned_at, last_scanned_at, flagged, edited)
         SELECT $1::text, $2::text, $3::text, $4::text, $5::text, $6::timestamptz, $6::timestamptz, $7::boolean, $8::boolean FROM claimed
         ${UPSERT_SCAN} RETURNING 1`,
        [...scanParams(input, clock), deliveryKey],
      );
      return rows.length === 1;
    },
    async recordNewPost(input) {
      const { rows } = await c.query(
        `INSERT INTO posts (conversation_id, message_id, channel_id, team_id, poster_id, scanned_at, last_scanned_at, flagged, edited)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8)
         ON CONFLICT (conversation_id, message_id) DO NOTHING RETURNING 1`,
        scanParams(input, clock),
      );
      return rows.length === 1;
    },
    async markDeleted(conversationId, messageId, at) {
      const res = await c.query(
        `UPDATE posts SET deleted = true, last_scanned_at = GREATEST(last_scanned_at, $3)
         WHERE conversation_id = $1 AND message_id = $2`,
        [conversationId, messageId, at ?? clock.now()],
      );
      return res.rowCount > 0;
    },
    async get(conversationId, messageId) {
      const { rows } = await c.query<Row>('SELECT * FROM posts WHERE conversation_id = $1 AND message_id = $2', [conversationId, messageId]);
      return rows[0] ? map(rows[0]) : undefined;
    },
    async counts(period, channelId) {
      const { rows } = await c.query(
        `SELECT ${COUNTS} FROM posts WHERE scanned_at >= $1 AND scanned_at < $2 AND ($3::text IS NULL OR channel_id = $3)`,
        [period.from, period.to, channelId ?? null],
      );
      return mapCounts(rows[0]);
    },
    async countsByChannel(period) {
      const { rows } = await c.query<Record<string, unknown> & { channel_id: string }>(
        `SELECT channel_id, ${COUNTS} FROM posts WHERE scanned_at >= $1 AND scanned_at < $2 GROUP BY channel_id ORDER BY channel_id`,
        [period.from, period.to],
      );
      return rows.map((r) => ({ channelId: r.channel_id, ...mapCounts(r) }));
    },
  };
}
