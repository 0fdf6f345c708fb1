import { modalityContext, type ClauseWithContext } from './clause-context';
import type { SearchHit } from './clause-search';
import { modalityOf } from './clause-modality';
import { distinctHits } from './distinct-hits';

/**
 * Which clauses an unsure answer or a refusal offers as "Did you mean..." (twenty-first session). Taking the ranking's
 * next three clauses offered, for a vague question, three sentences of the policy's opening that state no rule and say
 * much the same thing ("social media is used to share information", "... to share opinions"): a person choosing among
 * them learns nothing. The offers are chosen instead by maximal marginal relevance over the ranking's own (final,
 * classifier-fused) scores within its first OFFER_POOL clauses: a clause whose words (and a bullet's lead-in) carry no
 * modal or permission language weighs less, and a clause close to one already shown or offered (the same words, the
 * sentence next to it, a bullet of the same list) less again. The answer itself (top clause, verdict) is untouched.
 */

export interface OfferChoice {
  /** How far down the ranking an offer may come from (the next three only, before). */
  pool: number;
  /** Weight of a clause that states no rule (no modal, permission or prohibition wording) against one that does. */
  noRuleWeight: number;
  /** How much closeness to an offer already picked costs (MMR's trade-off: 0 = ranking order). */
  redundancy: number;
  /** How much closeness to the clause the answer quotes costs. */
  againstShown: number;
}
export const DEFAULT_OFFER_CHOICE: OfferChoice = { pool: 8, noRuleWeight: 0.6, redundancy: 0.5, againstShown: 0.5 };

/** Whether a clause (with a bullet's lead-in, or an anaphoric sentence's antecedent) says what may, must or must not be done. */
export function carriesRule(e: ClauseWithContext): boolean {
  const own = !modalityOf(e.clause.text).includes('none');
  const context = modalityContext(e);
  return own || (context !== undefined && !modalityOf(context).includes('none'));
}

const STOP = new Set(['that', 'this', 'with', 'which', 'will', 'from', 'have', 'they', 'their', 'there', 'these', 'those', 'them', 'what', 'when', 'where', 'were', 'been', 'being', 'also', 'such', 'into', 'more', 'other', 'only', 'than', 'then', 'should', 'must', 'used', 'using']);
const contentWords = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));

/** 0..1: how much two clauses would tell a person the same thing (shared words; neighbours in one passage). */
export function closeness(a: ClauseWithContext, b: ClauseWithContext): number {
  const wa = contentWords(a.clause.text), wb = contentWords(b.clause.text);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const overlap = shared / Math.max(1, Math.min(wa.size, wb.size));
  const sameSection = a.clause.documentId === b.clause.documentId && a.clause.sectionId === b.clause.sectionId;
  // One sentence right after the other in a section (the lead-in is the sentence before), or bullets of one list.
  const adjacent = sameSection && (a.leadIn === b.clause.text || b.leadIn === a.clause.text);
  const siblings = sameSection && a.clause.kind === 'bullet' && b.clause.kind === 'bullet' && a.leadIn !== undefined && a.leadIn === b.leadIn;
  return Math.max(overlap, adjacent ? 1 : 0, siblings ? 0.5 : 0);
}

/**
 * Up to `max` offers from `hits` (best first, as ranked), leaving out the clauses `shown` (entry indexes already on
 * the card) and repeated texts. Each pick maximises relevance - REDUNDANCY_WEIGHT x closeness to what is shown or
 * picked, relevance being the hit's score over the best candidate's, times NO_RULE_WEIGHT for a clause stating no rule.
 */
export function chooseOffers(entries: readonly ClauseWithContext[], hits: SearchHit[], shown: readonly number[], max: number, settings: OfferChoice = DEFAULT_OFFER_CHOICE): SearchHit[] {
  const { pool: poolSize, noRuleWeight, redundancy, againstShown } = settings;
  const shownTexts = new Set(shown.map((i) => entries[i].clause.text));
  const pool = distinctHits(entries, hits).filter((h) => !shownTexts.has(entries[h.index].clause.text)).slice(0, poolSize);
  const best = Math.max(0, ...pool.map((h) => h.score)) || 1;
  const relevance = new Map(pool.map((h) => [h, (Math.max(0, h.score) / best) * (carriesRule(entries[h.index]) ? 1 : noRuleWeight)]));
  const onCard = shown.map((i) => entries[i]);
  const picked: SearchHit[] = [];
  const cost = (h: SearchHit) =>
    Math.max(againstShown * Math.max(0, ...onCard.map((e) => closeness(entries[h.index], e))), redundancy * Math.max(0, ...picked.map((p) => closeness(entries[h.index], entries[p.index]))));
  while (picked.length < max && picked.length < pool.length) {
    let choice: SearchHit | undefined;
    let value = -Infinity;
    for (const h of pool) {
      if (picked.includes(h)) continue;
      const v = (relevance.get(h) ?? 0) - cost(h);
      if (v > value) [choice, value] = [h, v];
    }
    if (!choice) break;
    picked.push(choice);
  }
  return picked;
}

/** The offers as the ranking gives them, before this session: its next clauses (the ablation `without: ['offerChoice']`). */
export function rankedOffers(entries: readonly ClauseWithContext[], hits: SearchHit[], shown: readonly number[], max: number): SearchHit[] {
  const shownTexts = new Set(shown.map((i) => entries[i].clause.text));
  return distinctHits(entries, hits.filter((h) => !shownTexts.has(entries[h.index].clause.text))).slice(0, max);
}
