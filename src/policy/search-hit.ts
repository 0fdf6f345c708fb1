/** One clause found by the clause search (clause-search.ts), as the ranker and the answer's readers see it. */
export interface SearchHit {
  index: number;
  score: number;
  /** IDF-weighted share of the question's units this clause answers, 0..1. */
  coverage: number;
  /** Like `coverage`, but of the units about the policy's subject only (outside-subject words left out). */
  coverageOnTopic: number;
  /** How many of the question's units the clause answers. */
  matchedUnits: number;
  /** Whether a vocabulary concept (domain phrase) is among them, not only plain words. */
  matchedConcept: boolean;
  /** Which of the question's units it answers, as bits by unit position (the first 31 units only). */
  unitMask?: number;
}
