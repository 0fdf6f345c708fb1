import { createDenseScorer, type ClauseVectorCache } from './dense-similarity';
import { createClauseSearch, type SearchHit, type SearchOptions, type SearchResult } from './clause-search';
import { searchDocFor, type ClauseWithContext } from './clause-context';
import { questionIntent, type QuestionIntent } from './question-intent';
import { answerTypePrior } from './answer-type-prior';
import { modalityOf } from './clause-modality';
import { splitSentences } from './split-sentences';
import { contentStems } from './tokenise';

/**
 * Clause ranking for the answer engine: BM25 with vocabulary and word vectors (clause-search.ts) plus priors
 * that depend on the question. Each prior is a small multiplier; bench/qa.ts shows what the
 * whole stack gains over plain BM25.
 */

/** Permission questions prefer clauses that say what may or may not be done. */
const NORMATIVE_PRIOR = 1.15;
/**
 * A question naming a section's subject ("Yammer", "corporate pages") prefers that section's
 * clauses: such words are common in the policy, so BM25 alone gives them little weight.
 */
const SECTION_PRIOR = 1.1;

export interface Ranking {
  intent: QuestionIntent;
  result: SearchResult;
  /** Clause hits (index into the entries), best first, priors applied. */
  hits: SearchHit[];
}

export interface ClauseRanker {
  rank(question: string): Ranking;
  /** Raw search (no priors), e.g. for fixed topic queries. */
  search(question: string): SearchResult;
  idf(stem: string): number;
}

/** A question a person approved as answered by a clause (learning from use): searched like the clause's own text. */
export interface ExampleQuestion {
  question: string;
  /** Index into the ranker's entries. */
  entryIndex: number;
}

export interface RankerOptions extends SearchOptions {
  examples?: ExampleQuestion[];
  /** Meaning-level similarity from the word vectors fused into the ranking (on when vectors are given). */
  dense?: boolean;
  clauseVectorCache?: ClauseVectorCache;
}

/** Ranking x (1 + DENSE_WEIGHT x max(0, cosine - DENSE_FLOOR)): paraphrase lifts a clause, it cannot make one. */
export const DENSE_WEIGHT = 2;
export const DENSE_FLOOR = 0.3;

export function createClauseRanker(entries: ClauseWithContext[], options: RankerOptions = {}): ClauseRanker {
  // A bullet holding several sentences is searched sentence by sentence (its score is its best
  // sentence's), so "Employees are able to upload useful links" is not diluted by the rest of it.
  const owner: number[] = [];
  const searchDocs = entries.flatMap((e, i) => {
    const base = searchDocFor(e);
    const sentences = splitSentences(e.clause.text);
    const parts = sentences.length > 1 ? sentences.map((text) => ({ ...base, text })) : [base];
    for (let k = 0; k < parts.length; k++) owner.push(i);
    return parts;
  });
  for (const ex of options.examples ?? []) {
    const e = entries[ex.entryIndex];
    if (!e) continue;
    searchDocs.push({ ...searchDocFor(e), text: ex.question });
    owner.push(ex.entryIndex);
  }
  const raw = createClauseSearch(searchDocs, options);
  const dense =
    options.wordVectors && options.dense !== false
      ? createDenseScorer(entries.map((e) => `${e.clause.text} ${e.clause.kind === 'bullet' ? (e.leadIn ?? '') : ''}`), options.wordVectors, raw.idf, options.clauseVectorCache)
      : undefined;

  const titleStems = entries.map((e) => contentStems(e.clause.sectionTitle));
  const normative = entries.map((e) => !modalityOf(e.clause.text).includes('none') || (e.leadIn !== undefined && /:$/.test(e.leadIn)));

  function search(question: string): SearchResult {
    const result = raw.search(question);
    const seen = new Set<number>();
    const hits: SearchHit[] = [];
    for (const h of result.hits) {
      const i = owner[h.index];
      if (seen.has(i)) continue;
      seen.add(i);
      h.index = i; // hits are fresh per search: re-point them at the clause instead of copying
      hits.push(h);
    }
    return { ...result, hits };
  }

  function rank(question: string): Ranking {
    const intent = questionIntent(question);
    const result = search(question);
    const typePrior = answerTypePrior(question);
    const sims = dense?.similarities(question);
    const asked = new Set(result.query.units.flatMap((u) => [...u.own, ...(u.added[0] ?? [])]));
    for (const h of result.hits) {
      h.score *=
        (intent.intent !== 'info' && normative[h.index] ? NORMATIVE_PRIOR : 1) *
        (titleStems[h.index].some((t) => asked.has(t)) ? SECTION_PRIOR : 1) *
        typePrior(entries[h.index].clause.text) *
        (sims ? 1 + DENSE_WEIGHT * Math.max(0, sims[h.index] - DENSE_FLOOR) : 1);
    }
    const hits = result.hits.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.index - b.index);
    return { intent, result, hits };
  }

  return { rank, search, idf: raw.idf };
}
