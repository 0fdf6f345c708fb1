import { modalityContext, type ClauseWithContext } from './clause-context';
import type { SearchHit } from './clause-search';
import { modalityOf } from './clause-modality';
import { distinctHits } from './distinct-hits';

/**
 * Which clauses an unsure answer or a refusal offers as "Did you mean..." (twenty-first session). Taking the ranking's
 * next three clauses offered, for a vague question, three sentences of the policy's opening that state no rule and say
 * much the same thing ("social media is used to share information", "... to share opinions"): a person choosing among
 * them learns nothing. The offers are chosen instead over the ranking's own (final, classifier-fused) scores within its
 * first `pool` clauses: a clause whose words (and a bullet's lead-in) carry no modal or permission language weighs
 * less, more so when the question asks what may be done. Maximal marginal relevance (a clause close to one already
 * shown or offered weighs less: same words, the next sentence, a bullet of the same list) is here and tested, but off
 * by default: on the dev sets every redundancy weight cost offer recall. The answer itself (top clause, verdict) is
 * untouched.
 */

/** Picks the offers: `shown` are the entry indexes already on the card, `conduct` whether the question asks what may be done. */
export type OfferPicker = (entries: readonly ClauseWithContext[], hits: SearchHit[], shown: readonly number[], max: number, conduct: boolean) => SearchHit[];

export interface OfferChoice {
  /** How far down the ranking an offer may come from (the next three only, before). */
  pool: number;
  /** Weight of a clause that states no rule (no modal, permission or prohibition wording) against one that does. */
  noRuleWeight: number;
  /** The same weight for a question asking what something is (not what may be done): 1 = rule-less clauses weigh fully. */
  infoNoRuleWeight: number;
  /** How much closeness to an offer already picked costs (MMR's trade-off: 0 = ranking order). */
  redundancy: number;
  /** How much closeness to the clause the answer quotes costs. */
  againstShown: number;
  /** Closeness of neighbours in one passage (a sentence and the next, bullets of one list) whatever their words. */
  neighbours: number;
}
// Measured out of fold (scripts/qa-offer-recall.ts, docs/policy-answers.md "Twenty-first session"): any redundancy cost
// offer recall (an accepted clause is often the quoted one's neighbour, or a near twin of another offer), so it is off.
export const DEFAULT_OFFER_CHOICE: OfferChoice = { pool: 6, noRuleWeight: 0.85, infoNoRuleWeight: 0.9, redundancy: 0, againstShown: 0, neighbours: 1 };

/** Whether a clause (with a bullet's lead-in, or an anaphoric sentence's antecedent) says what may, must or must not be done. */
export function carriesRule(e: ClauseWithContext): boolean {
  const own = !modalityOf(e.clause.text).includes('none');
  const context = modalityContext(e);
  return own || (context !== undefined && !modalityOf(context).includes('none'));
}

const STOP = new Set(['that', 'this', 'with', 'which', 'will', 'from', 'have', 'they', 'their', 'there', 'these', 'those', 'them', 'what', 'when', 'where', 'were', 'been', 'being', 'also', 'such', 'into', 'more', 'other', 'only', 'than', 'then', 'should', 'must', 'used', 'using']);
const contentWords = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)));

/** 0..1: how much two clauses would tell a person the same thing (shared words; neighbours in one passage). */
export function closeness(a: ClauseWithContext, b: ClauseWithContext, neighbours = 1): number {
  const wa = contentWords(a.clause.text), wb = contentWords(b.clause.text);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const overlap = shared / Math.max(1, Math.min(wa.size, wb.size));
  const sameSection = a.clause.documentId === b.clause.documentId && a.clause.sectionId === b.clause.sectionId;
  // One sentence right after the other in a section (the lead-in is the sentence before), or bullets of one list.
  const adjacent = sameSection && (a.leadIn === b.clause.text || b.leadIn === a.clause.text);
  const siblings = sameSection && a.clause.kind === 'bullet' && b.clause.kind === 'bullet' && a.leadIn !== undefined && a.leadIn === b.leadIn;
  return Math.max(overlap, adjacent ? neighbours : 0, siblings ? neighbours / 2 : 0);
}

/**
 * Up to `max` offers from `hits` (best first, as ranked), leaving out the clauses `shown` (entry indexes already on
 * the card) and repeated texts. Each pick maximises relevance - REDUNDANCY_WEIGHT x closeness to what is shown or
 * picked, relevance being the hit's score over the best candidate's, times NO_RULE_WEIGHT for a clause stating no rule.
 */
export function chooseOffers(entries: readonly ClauseWithContext[], hits: SearchHit[], shown: readonly number[], max: number, conduct = true, settings: OfferChoice = DEFAULT_OFFER_CHOICE): SearchHit[] {
  const { pool: poolSize, noRuleWeight, infoNoRuleWeight, redundancy, againstShown, neighbours } = settings;
  const shownTexts = new Set(shown.map((i) => entries[i].clause.text));
  const pool = distinctHits(entries, hits).filter((h) => !shownTexts.has(entries[h.index].clause.text)).slice(0, poolSize);
  const best = Math.max(0, ...pool.map((h) => h.score)) || 1;
  const relevance = new Map(pool.map((h) => [h, (Math.max(0, h.score) / best) * (carriesRule(entries[h.index]) ? 1 : conduct ? noRuleWeight : infoNoRuleWeight)]));
  const onCard = shown.map((i) => entries[i]);
  const picked: SearchHit[] = [];
  const cost = (h: SearchHit) =>
    Math.max(againstShown * Math.max(0, ...onCard.map((e) => closeness(entries[h.index], e, neighbours))), redundancy * Math.max(0, ...picked.map((p) => closeness(entries[h.index], entries[p.index], neighbours))));
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

/** The picker an index uses: the ranked offers of before (`ranked`, the ablation), or chooseOffers with these settings. */
export function offerPicker(ranked: boolean, settings?: Partial<OfferChoice>): OfferPicker {
  const full = { ...DEFAULT_OFFER_CHOICE, ...settings };
  return ranked ? rankedOffers : (entries, hits, shown, max, conduct) => chooseOffers(entries, hits, shown, max, conduct, full);
}
