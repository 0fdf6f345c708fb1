import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O, U, so ids read aloud or retyped from a card are unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "F-" + 8 chars = 40 random bits. Collisions are handled by the insert (retry with a new id). */
export function newFlagId(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(5);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = '';
  for (let i = 7; i >= 0; i--) out += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `F-${out}`;
}

export const FLAG_ID_PATTERN = /^F-[0-9A-HJKMNP-TV-Z]{8}$/;
