import { createClauseSearch, type SearchHit, type SearchResult } from './clause-search';
import { searchDocFor, type ClauseWithContext } from './clause-context';
import { questionIntent, type QuestionIntent } from './question-intent';
import { answerTypePrior } from './answer-type-prior';
import { modalityOf } from './clause-modality';
import { splitSentences } from './split-sentences';
import { contentStems } from './tokenise';

/**
 * Clause ranking for the answer engine: BM25 with lexicon (clause-search.ts) plus priors
 * that depend on the question. Each prior is a small multiplier; bench/qa.ts shows what the
 * whole stack gains over plain BM25.
 */

/** Permission questions prefer clauses that say what may or may not be done. */
const NORMATIVE_PRIOR = 1.15;
/** A question about someone else (a friend joining, a pet in a photo) is answered by the clause saying who "only" qualifies. */
const RESTRICTIVE_PRIOR = 1.2;
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

export function createClauseRanker(entries: ClauseWithContext[]): ClauseRanker {
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
  const raw = createClauseSearch(searchDocs);

  const titleStems = entries.map((e) => contentStems(e.clause.sectionTitle));
  const restrictive = entries.map((e) => modalityOf(e.clause.text).includes('restrict'));
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
    const asked = new Set(result.query.units.flatMap((u) => [...u.own, ...(u.added[0] ?? [])]));
    for (const h of result.hits) {
      h.score *=
        (intent.intent !== 'info' && normative[h.index] ? NORMATIVE_PRIOR : 1) *
        (intent.outsider && restrictive[h.index] ? RESTRICTIVE_PRIOR : 1) *
        (titleStems[h.index].some((t) => asked.has(t)) ? SECTION_PRIOR : 1) *
        typePrior(entries[h.index].clause.text);
    }
    const hits = result.hits.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.index - b.index);
    return { intent, result, hits };
  }

  return { rank, search, idf: raw.idf };
}
