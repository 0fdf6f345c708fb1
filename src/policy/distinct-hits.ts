import type { ClauseWithContext } from './clause-context';
import type { SearchHit } from './clause-search';
import { CITE_RATIO } from './answer-thresholds';

/** Hits whose clause text has not come earlier (a clause repeated in two places is cited once). */
export function distinctHits(entries: readonly ClauseWithContext[], hits: SearchHit[]): SearchHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const t = entries[h.index].clause.text;
    if (seen.has(t)) return false;
    seen.add(t);
    return true;
  });
}

/** The top clause and up to two others scoring at least CITE_RATIO of it: what a sure answer cites. */
export function pickCitations(entries: readonly ClauseWithContext[], topIndex: number, others: SearchHit[], topScore: number): ClauseWithContext[] {
  const picked: ClauseWithContext[] = [entries[topIndex]];
  for (const h of distinctHits(entries, others)) {
    if (picked.length >= 3 || h.score < CITE_RATIO * topScore) break;
    picked.push(entries[h.index]);
  }
  return picked;
}
