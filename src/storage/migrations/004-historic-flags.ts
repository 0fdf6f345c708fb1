/**
 * Historic flags: findings of `policy-bot audit --import` (a network export scanned after the
 * fact). Additive: the source check gains 'historic', and a partial unique index makes
 * re-importing the same export add nothing twice (one historic flag per exported message).
 */
export const name = 'historic-flags';

export const statements: string[] = [
  `ALTER TABLE flags DROP CONSTRAINT IF EXISTS flags_source_check`,
  `ALTER TABLE flags ADD CONSTRAINT flags_source_check CHECK (source IN ('scan','report','historic'))`,
  `CREATE UNIQUE INDEX flags_historic_post_key_uq ON flags (conversation_id, message_id) WHERE source = 'historic'`,
];
