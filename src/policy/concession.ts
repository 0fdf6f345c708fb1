import { MASKED_UNITS, type SearchHit } from './clause-search';
import type { ClauseWithContext } from './clause-context';
import type { QueryUnit } from './query-terms';

/**
 * "The system is similar to Twitter. However, unlike Twitter, which is used for broadcasting messages to the public,
 * Yammer is used for private communication between staff": a sentence followed by one opening "However" (or "but",
 * "nevertheless", ...) is a concession, and the sentence after it is what the writer wants the reader to take away.
 * When the concession comes top and its qualifier answers everything the question asks of it ("is Yammer like
 * Twitter?"), the qualifier is the answer: quoting the concession alone says the opposite of the policy's point. When the
 * qualifier turns to something the question does not ask about ("...two-way communication with people. However, social
 * media is not without its pitfalls" for "is two-way engagement a goal?"), the concession stands.
 */
const QUALIFIES = /^(however|but|nevertheless|nonetheless|that said|even so|yet)\b/i;

export function qualifyingSentence(top: SearchHit, hits: SearchHit[], units: QueryUnit[], entries: ClauseWithContext[]): number | undefined {
  const concession = entries[top.index];
  const next = entries[top.index + 1];
  if (!next || concession.clause.kind !== 'sentence' || next.clause.kind !== 'sentence') return undefined;
  if (next.clause.sectionId !== concession.clause.sectionId || next.document !== concession.document || !QUALIFIES.test(next.clause.text)) return undefined;
  const qualifier = hits.find((h) => h.index === top.index + 1);
  if (!qualifier || qualifier.unitMask === undefined || top.unitMask === undefined) return undefined;
  // Every full-weight unit the concession answers, the qualifier answers too.
  const missed = top.unitMask & ~qualifier.unitMask;
  const missesAUnit = units.some((u, k) => k < MASKED_UNITS && (missed & (1 << k)) !== 0 && u.weight >= 1);
  return missesAUnit ? undefined : qualifier.index;
}
