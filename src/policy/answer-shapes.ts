import type { Answer, Citation, Clause, PolicyMetadata } from './types';
import type { ClauseWithContext } from './clause-context';
import type { SearchHit } from './clause-search';
import { closestLead, expiryNote, notCoveredText } from './compose-answer';
import { distinctHits } from './distinct-hits';
import type { OfferPicker } from './offer-choice';
import { MAX_ALTERNATIVES } from './answer-thresholds';

/** The answer shapes every path of the index returns: a citation, a refusal, a refusal offering the closest clauses. */
export function createAnswerShapes(entries: ClauseWithContext[], qualified: (c: Clause) => string, primary: PolicyMetadata | undefined, offersFor: OfferPicker) {
  const cite = (e: ClauseWithContext): Citation => ({
    clauseId: qualified(e.clause),
    section: e.clause.sectionId,
    sectionTitle: e.clause.sectionTitle,
    text: e.clause.text,
  });

  const notCovered = (confidence: number): Answer => ({
    verdict: 'not_covered',
    confidence: roundConfidence(confidence),
    citations: [],
    answer: notCoveredText(primary),
    ...(primary && expiryNote(primary) ? { expiryNote: expiryNote(primary) } : {}),
    ...(primary?.contact ? { contact: primary.contact } : {}),
  });

  /** The "Did you mean..." clauses beside the one quoted (entry `shown`): `conduct` when the question asks what may be done. */
  const offers = (hits: SearchHit[], shown: number, conduct: boolean): Citation[] => offersFor(entries, hits, [shown], MAX_ALTERNATIVES, conduct).map((h) => cite(entries[h.index]));

  /** A refusal that quotes the closest clause and offers the next ones as "Did you mean..." choices. */
  const closestInstead = (refusal: Answer, hits: SearchHit[], conduct: boolean): Answer => {
    const top = distinctHits(entries, hits)[0];
    if (!top) return refusal;
    const others = offers(hits, top.index, conduct);
    return { ...refusal, answer: `${refusal.answer} ${closestLead()}`, citations: [cite(entries[top.index])], ...(others.length ? { alternatives: others } : {}) };
  };

  return { cite, notCovered, closestInstead, offers };
}

/** Confidence as shown: within 0..1, two decimals. */
export function roundConfidence(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
