/**
 * Issue 13: the outbox holds what to deliver, not rendered card JSON. A new item carries a
 * `message` (kind, flag id, small payload; see ports/outbox-message.ts) and is rendered at
 * delivery from current state; `activity` stays for rows queued by an older deployment (still
 * delivered as stored) and for one-off replies the Teams adapter renders itself.
 *
 * Version 10 (9 is not used by this branch): versions are explicit in index.ts and applied in
 * order of number, each once, so a gap is harmless.
 */
export const name = 'outbox-messages';

export const statements: string[] = [
  `ALTER TABLE outbox ADD COLUMN message jsonb`,
  // The kind on its own, so admins and queries can see what an item is without parsing the JSON.
  `ALTER TABLE outbox ADD COLUMN message_kind text`,
  `ALTER TABLE outbox ALTER COLUMN activity DROP NOT NULL`,
  `ALTER TABLE outbox ADD CONSTRAINT outbox_content_ck CHECK (activity IS NOT NULL OR message IS NOT NULL)`,
  `ALTER TABLE outbox ADD CONSTRAINT outbox_message_kind_ck CHECK ((message IS NULL) = (message_kind IS NULL))`,
];
