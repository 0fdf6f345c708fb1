/**
 * The flagged-post write as ONE statement of data-modifying CTEs. A flagged post used to take a
 * transaction of ten statements; on PGlite each statement costs a protocol round trip through
 * WASM, and on PostgreSQL a network round trip, so this is most of what channel intake costs
 * (see bench:moderation). One statement is atomic on its own: no transaction is needed.
 *
 * How the pieces depend on each other:
 * - every write hangs off `claimed`, so a redelivered activity writes nothing. A new post is
 *   claimed by inserting its posts row; an edit by its delivery key (its posts row exists);
 * - the flag insert only proceeds if the post has no scan flag yet (the partial unique index);
 *   the action, the raw text, the poster reference and the card hang off what it returns;
 * - the card's outbox id is drawn from the sequence first, so the flag row carries its
 *   card_outbox_id without a second update (foreign keys are checked at the end of the statement);
 * - the card is queued as a `flag_card` message naming the flag: it is rendered at delivery, so
 *   its "flags for this poster" figure is the one current then, and nothing here edits card JSON.
 */
import { StorageError } from '../../errors/storage-fault';
import type { Clock } from '../../ports/clock';
import { conversationKeyOf } from '../../ports/messenger';
import type { FlagIntakeRepo } from '../../ports/flag-intake-repo';
import { newFlagId } from '../flag-id';
import { type SqlClient, json, toNullableNumber, toNumber } from '../sql-client';
import { UPSERT_SCAN } from './posts-repo';

/** First scan of a new post: the posts row itself is the claim (a redelivery finds it there). */
const CLAIM_BY_POST = `claimed AS (
  INSERT INTO posts (conversation_id, message_id, channel_id, team_id, poster_id, scanned_at, last_scanned_at, flagged, edited)
  VALUES ($3, $4, $5, $6, $7, $2, $2, true, $22)
  ON CONFLICT (conversation_id, message_id) DO NOTHING
  RETURNING 1
)`;

/** An edit: the delivery key is the claim, and the scan updates the existing posts row. */
const CLAIM_BY_DELIVERY = `claimed AS (
  INSERT INTO processed_activities (activity_id, received_at) SELECT $1::text, $2::timestamptz WHERE $1::text IS NOT NULL
  ON CONFLICT (activity_id) DO NOTHING RETURNING activity_id
), scan AS (
  INSERT INTO posts (conversation_id, message_id, channel_id, team_id, poster_id, scanned_at, last_scanned_at, flagged, edited)
  SELECT $3::text, $4::text, $5::text, $6::text, $7::text, $2::timestamptz, $2::timestamptz, true, $22::boolean FROM claimed
  ${UPSERT_SCAN}
  RETURNING 1
)`;

const recordFlaggedPostSql = (claim: string) => `
WITH ${claim}, card AS (
  SELECT CASE WHEN $17::boolean THEN nextval('outbox_id_seq') ELSE NULL END AS outbox_id FROM claimed
), flag AS (
  INSERT INTO flags (id, source, conversation_id, message_id, channel_id, channel_name, team_id, deep_link,
    poster_id, poster_name, findings, detection_types, created_at, updated_at, card_outbox_id, team_name)
  SELECT $8::text, 'scan', $3::text, $4::text, $5::text, $9::text, $6::text, $10::text,
    $7::text, $11::text, $12::jsonb, $13::text[], $2::timestamptz, $2::timestamptz, card.outbox_id, $23::text FROM card
  ON CONFLICT (conversation_id, message_id) WHERE source = 'scan' DO NOTHING
  RETURNING id, card_outbox_id
), action AS (
  INSERT INTO flag_actions (flag_id, action, reason, at) SELECT id, 'flagged', $14::text, $2::timestamptz FROM flag
), content AS (
  INSERT INTO post_content (flag_id, text, file_names, created_at) SELECT id, $15::text, $16::text[], $2::timestamptz FROM flag
), queued AS (
  INSERT INTO outbox (id, conversation_id, conversation_ref, kind, message, message_kind, purpose, flag_id, next_attempt_at, created_at, dedupe_key)
  SELECT card_outbox_id, $18::text, $19::jsonb, 'send', jsonb_build_object('kind', 'flag_card', 'flagId', id), 'flag_card',
    'flag_card', id, $2::timestamptz, $2::timestamptz, 'flag-card:' || id
  FROM flag WHERE card_outbox_id IS NOT NULL
), poster_ref AS (
  -- Kept as it is when it already holds a real 1:1 chat, or is unchanged (no needless row version).
  INSERT INTO conversation_refs (key, ref, updated_at) SELECT $20::text, $21::jsonb, $2::timestamptz FROM flag WHERE $20::text IS NOT NULL
  ON CONFLICT (key) DO UPDATE SET ref = EXCLUDED.ref, updated_at = EXCLUDED.updated_at
  WHERE coalesce(conversation_refs.ref->>'conversationId', '') = '' AND conversation_refs.ref IS DISTINCT FROM EXCLUDED.ref
)
SELECT (SELECT count(*) FROM claimed)::int AS claimed, flag.id, flag.card_outbox_id,
  $1::text AS delivery_key -- unused by a new post's claim; named here so the parameter has a type
FROM (SELECT 1) AS one LEFT JOIN flag ON true`;

const BY_POST = recordFlaggedPostSql(CLAIM_BY_POST);
const BY_DELIVERY = recordFlaggedPostSql(CLAIM_BY_DELIVERY);

/** A fresh flag id that happened to be taken (40 random bits): the statement failed whole, so try again. */
const isFlagIdCollision = (e: unknown) => e instanceof StorageError && e.sqlState === '23505' && e.constraint === 'flags_pkey';

export function flagIntakeRepo(c: SqlClient, clock: Clock): FlagIntakeRepo {
  return {
    async recordFlaggedPost(input) {
      const at = input.scan.at ?? clock.now();
      const { flag, scan, card, posterRef } = input;
      for (let attempt = 1; ; attempt++) {
        const flagId = newFlagId();
        try {
          const { rows } = await c.query<{ claimed: number; id: string | null; card_outbox_id: unknown }>(input.deliveryKey ? BY_DELIVERY : BY_POST, [
            input.deliveryKey ?? null, at, scan.conversationId, scan.messageId, scan.channelId, scan.teamId, scan.posterId,
            flagId, flag.channelName ?? null, flag.deepLink ?? null, flag.posterName ?? null, json(flag.findings),
            flag.detectionTypes ?? [...new Set(flag.findings.map((f) => f.type))], input.actionReason,
            input.content.text, input.content.fileNames,
            card !== undefined, card ? conversationKeyOf(card.conversationRef) : null, card ? json(card.conversationRef) : null,
            posterRef?.key ?? null, posterRef ? json(posterRef.ref) : null, scan.edited ?? false, flag.teamName ?? null,
          ]);
          const row = rows[0]!;
          // Only the id comes back: parsing the whole row (findings, card) again is measurable on this hot path.
          return { claimed: toNumber(row.claimed) === 1, created: row.id ? { flagId: row.id, cardOutboxId: toNullableNumber(row.card_outbox_id) } : undefined };
        } catch (e) {
          if (!isFlagIdCollision(e) || attempt >= 5) throw e;
        }
      }
    },
  };
}
