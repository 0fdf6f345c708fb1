import type { SearchHit } from './search-hit';

/**
 * The clause search's scoring (clause-search.ts) read term at a time: each of the question's stems adds its score to
 * the documents on its posting list, instead of every document being asked about every stem. With the dev example
 * questions as search documents (~6,400 of them) most of an answer's time went to that per-document loop (nineteenth
 * session). Every document's sums are added in the order the per-document loop added them (units in order, a unit's
 * stems in order), so every score is the same to the bit; documents no stem reaches score nothing, as before.
 */

/** One stem's score in every document (IDF folded in), and the documents where it scores above 0, ascending. */
export interface StemColumn {
  scores: Float64Array;
  docs: Int32Array;
}

/** A query unit with its stems' columns looked up: the typed stems, and each group of added stems. */
export interface ColumnUnit {
  offTopic: boolean;
  ownAll: boolean;
  concept: boolean;
  weight: number;
  own: StemColumn[];
  groups: { columns: StemColumn[]; idfs: number[]; total: number; damp: number; root: number }[];
}

export interface ScoringConstants {
  addedWeight: number;
  coverageFloor: number;
  maskedUnits: number;
}

/** Scratch arrays sized to the documents, reused by every question (scoring is synchronous) and left zeroed after each. */
export function createPostingScorer(n: number, k: ScoringConstants): (units: ColumnUnit[], weights: number[], totalWeight: number, onTopicWeight: number) => SearchHit[] {
  const [score, covered, own, alt, altStrength, sum, got] = Array.from({ length: 7 }, () => new Float64Array(n));
  const [matched, mask, ownCount] = Array.from({ length: 3 }, () => new Int32Array(n));
  const [concept, seen, inUnit, inGroup] = Array.from({ length: 4 }, () => new Uint8Array(n));

  /** A unit's match in each document it reaches (score and strength as clause-search's unitMatch), folded into the question's sums. */
  function addUnit(u: ColumnUnit, position: number, unitWeight: number): void {
    const touched: number[] = [];
    for (const c of u.own) {
      for (let j = 0; j < c.docs.length; j++) {
        const d = c.docs[j];
        if (!inUnit[d]) {
          inUnit[d] = 1;
          touched.push(d);
        }
        if (u.ownAll) {
          own[d] += c.scores[d];
          ownCount[d]++;
        } else if (c.scores[d] > own[d]) own[d] = c.scores[d];
      }
    }
    for (const g of u.groups) {
      const reached: number[] = [];
      for (let s = 0; s < g.columns.length; s++) {
        const c = g.columns[s];
        for (let j = 0; j < c.docs.length; j++) {
          const d = c.docs[j];
          if (!inGroup[d]) {
            inGroup[d] = 1;
            reached.push(d);
          }
          sum[d] += c.scores[d];
          got[d] += g.idfs[s];
        }
      }
      for (const d of reached) {
        if (!inUnit[d]) {
          inUnit[d] = 1;
          touched.push(d);
        }
        alt[d] = Math.max(alt[d], (g.damp * sum[d]) / g.root);
        altStrength[d] = Math.max(altStrength[d], g.total ? (g.damp * got[d]) / g.total : 0);
        sum[d] = got[d] = inGroup[d] = 0;
      }
    }
    for (const d of touched) {
      // A phrase's typed stems count only when the document has all of them.
      const ownBest = u.ownAll ? (u.own.length && ownCount[d] === u.own.length ? own[d] / Math.sqrt(u.own.length) : 0) : own[d];
      const unitScore = ownBest === 0 && alt[d] === 0 ? 0 : ownBest + k.addedWeight * alt[d];
      if (unitScore > 0) {
        seen[d] = 1;
        score[d] += u.weight * unitScore;
        covered[d] += unitWeight * (ownBest > 0 ? 1 : altStrength[d]);
        matched[d]++;
        if (position < k.maskedUnits) mask[d] |= 1 << position;
        if (u.concept) concept[d] = 1;
      }
      own[d] = alt[d] = altStrength[d] = ownCount[d] = inUnit[d] = 0;
    }
  }

  return (units, weights, totalWeight, onTopicWeight) => {
    for (let p = 0; p < units.length; p++) if (!units[p].offTopic) addUnit(units[p], p, weights[p]);
    const hits: SearchHit[] = [];
    for (let d = 0; d < n; d++) {
      if (!seen[d]) continue;
      if (score[d] > 0) {
        const coverage = totalWeight ? covered[d] / totalWeight : 0;
        const coverageOnTopic = onTopicWeight ? covered[d] / onTopicWeight : 0;
        // Rank by how much of the question a clause answers as well as by term weight, so one
        // rare shared word ("ask") does not beat a clause that answers three of four ideas.
        hits.push({ index: d, score: score[d] * (k.coverageFloor + (1 - k.coverageFloor) * coverage), coverage, coverageOnTopic, matchedUnits: matched[d], matchedConcept: concept[d] === 1, unitMask: mask[d] });
      }
      score[d] = covered[d] = matched[d] = mask[d] = concept[d] = seen[d] = 0;
    }
    return hits;
  };
}
