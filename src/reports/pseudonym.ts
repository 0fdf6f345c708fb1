/**
 * Cards go to channels many people can read, so repeat posters appear there under a
 * pseudonym. A truncated SHA-256 of the AAD object id is stable across reports (moderators
 * can see "the same person again") and the PSD export maps it back to a name.
 */
import { createHash } from 'node:crypto';

export function posterPseudonym(posterId: string): string {
  return `P-${createHash('sha256').update(`poster:${posterId}`).digest('hex').slice(0, 8)}`;
}
