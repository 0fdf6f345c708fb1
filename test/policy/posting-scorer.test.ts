import { describe, expect, it } from 'vitest';
import { createPostingScorer, type ColumnUnit, type StemColumn } from '../../src/policy/posting-scorer';
import type { SearchHit } from '../../src/policy/clause-search';

/**
 * The term-at-a-time scorer against the per-document loop it replaced (clause-search.ts before the nineteenth session,
 * restated here as the reference): the same hits with the same floats, to the bit, on random columns and units.
 */
const K = { addedWeight: 0.75, coverageFloor: 0.35, maskedUnits: 31 };

function reference(n: number, units: ColumnUnit[], weights: number[], totalWeight: number, onTopicWeight: number): SearchHit[] {
  const hits: SearchHit[] = [];
  for (let i = 0; i < n; i++) {
    let [score, covered, matchedUnits, unitMask, matchedConcept] = [0, 0, 0, 0, false];
    units.forEach((u, k) => {
      if (u.offTopic) return;
      let ownBest = 0;
      if (u.ownAll) {
        let sum = 0;
        for (const c of u.own) {
          if (c.scores[i] === 0) {
            sum = 0;
            break;
          }
          sum += c.scores[i];
        }
        ownBest = u.own.length ? sum / Math.sqrt(u.own.length) : 0;
      } else for (const c of u.own) ownBest = Math.max(ownBest, c.scores[i]);
      let [altScore, altStrength] = [0, 0];
      for (const g of u.groups) {
        let [sum, got] = [0, 0];
        g.columns.forEach((c, s) => {
          sum += c.scores[i];
          if (c.scores[i] > 0) got += g.idfs[s];
        });
        if (sum === 0) continue;
        altScore = Math.max(altScore, (g.damp * sum) / g.root);
        altStrength = Math.max(altStrength, g.total ? (g.damp * got) / g.total : 0);
      }
      if (ownBest === 0 && altScore === 0) return;
      const m = ownBest + K.addedWeight * altScore;
      if (m <= 0) return;
      score += u.weight * m;
      covered += weights[k] * (ownBest > 0 ? 1 : altStrength);
      matchedUnits++;
      if (k < K.maskedUnits) unitMask |= 1 << k;
      if (u.concept) matchedConcept = true;
    });
    if (score <= 0) continue;
    const coverage = totalWeight ? covered / totalWeight : 0;
    hits.push({ index: i, score: score * (K.coverageFloor + (1 - K.coverageFloor) * coverage), coverage, coverageOnTopic: onTopicWeight ? covered / onTopicWeight : 0, matchedUnits, matchedConcept, unitMask });
  }
  return hits;
}

describe('posting scorer', () => {
  it('gives the per-document loop\'s hits, to the bit, and keeps no state between questions', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const n = 60;
    const columns: StemColumn[] = Array.from({ length: 25 }, () => {
      const scores = Float64Array.from({ length: n }, () => (random() < 0.3 ? random() * 4 : 0));
      return { scores, docs: Int32Array.from([...scores.keys()].filter((i) => scores[i] > 0)) };
    });
    columns.push({ scores: new Float64Array(n), docs: new Int32Array(0) }); // a stem no document has
    const pick = () => columns[Math.floor(random() * columns.length)];
    const score = createPostingScorer(n, K);
    for (let question = 0; question < 200; question++) {
      const units: ColumnUnit[] = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
        offTopic: random() < 0.1,
        ownAll: random() < 0.3,
        concept: random() < 0.3,
        weight: random() < 0.2 ? 0.35 : 1,
        own: Array.from({ length: Math.floor(random() * 3) }, pick),
        groups: Array.from({ length: Math.floor(random() * 3) }, (_, g) => {
          const idfs = Array.from({ length: 1 + Math.floor(random() * 3) }, () => random() * 3);
          return { columns: idfs.map(pick), idfs, total: idfs.reduce((a, x) => a + x, 0), damp: g === 0 ? 1 : 0.8, root: Math.sqrt(idfs.length) };
        }),
      }));
      const weights = units.map(() => random() * 3);
      const total = weights.reduce((a, x) => a + x, 0);
      const onTopic = weights.reduce((a, x, k) => a + (units[k].offTopic ? 0 : x), 0);
      expect(score(units, weights, total, onTopic)).toEqual(reference(n, units, weights, total, onTopic));
    }
  });
});
