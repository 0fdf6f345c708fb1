import { createDenseScorer, type ClauseVectorCache } from './dense-similarity';
import { byRank, createClauseSearch, type SearchHit, type SearchOptions, type SearchResult } from './clause-search';
import { searchDocFor, type ClauseWithContext } from './clause-context';
import { questionIntent, type QuestionIntent } from './question-intent';
import { answerTypePrior, NO_PRIOR } from './answer-type-prior';
import { modalityOf } from './clause-modality';
import { splitSentences } from './split-sentences';
import { contentStems } from './tokenise';
import type { Verdict } from './types';
import { fuseClassifier, type ClassifierFusion } from './classifier-fusion';
import type { ClauseClassifier } from './clause-classifier';

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
  /**
   * The hits before the clause classifier reordered them (the same as `hits` without it): abstention reads the
   * lexical evidence, so the classifier changes which clause answers, not whether the question is answered.
   */
  lexicalHits: SearchHit[];
  /** For clauses whose best match was one of their example questions rather than their own text: that match. */
  exampleMatches: Map<number, ExampleMatch>;
}

export interface ExampleMatch {
  /** The example's verdict, when it has one (seed examples). */
  verdict?: Exclude<Verdict, 'not_covered'>;
  /** IDF-weighted share of the question the example answers (clause-search coverage). */
  coverage: number;
  /**
   * Share of the example's own content words that the question uses: coverage alone is one-sided (a long scenario
   * example "covers" a three-word question), and the example's verdict is about its whole proposal.
   */
  exampleShare: number;
  /** Coverage of the question by the clause's own text (0 when only examples matched). */
  ownCoverage: number;
  /** The example is one a person approved (learning from use), not a seed example. */
  approved?: boolean;
  /** The example question itself (its verdict answers only a question asked the same way: example-evidence.ts). */
  question?: string;
}

export interface ClauseRanker {
  rank(question: string): Ranking;
  /** Raw search (no priors), e.g. for fixed topic queries. */
  search(question: string): SearchResult;
  idf(stem: string): number;
}

/**
 * A question answered by a clause (a seed example shipped with the policy, or one a person approved
 * from use): searched like the clause's own text, so a question worded like it finds the clause.
 */
export interface ExampleQuestion {
  question: string;
  /** Index into the ranker's entries. */
  entryIndex: number;
  verdict?: Exclude<Verdict, 'not_covered'>;
  /** A person approved it from use (the classifier does not learn these: it must not outvote them). */
  approved?: boolean;
}

export interface RankerOptions extends SearchOptions {
  examples?: ExampleQuestion[];
  /** Multiplier on a match found through an example question rather than the clause's own text (default EXAMPLE_WEIGHT). */
  exampleWeight?: number;
  /** Meaning-level similarity from the word vectors fused into the ranking (on when vectors are given). */
  dense?: boolean;
  clauseVectorCache?: ClauseVectorCache;
  /** A supervised clause classifier (clause-classifier.ts) whose probabilities are folded into the ranking. */
  classifier?: { model: Pick<ClauseClassifier, 'probabilities'>; fusion: ClassifierFusion };
}

/** Ranking x (1 + DENSE_WEIGHT x max(0, cosine - DENSE_FLOOR)): paraphrase lifts a clause, it cannot make one. */
export const DENSE_WEIGHT = 2;
export const DENSE_FLOOR = 0.3;
/**
 * A match through an example question counts at this share of the same match on the clause's own text: example
 * questions are short, so BM25's length normalisation already favours them. Chosen on the dev sets
 * (bench/lib/qa-examples-tune.ts: 0.3-1.2 tried; 0.6-0.7 best on mean top clause, 1 cost team dev 3 points).
 */
export const EXAMPLE_WEIGHT = 0.6;
/** Share of an approved example's content words a question must use for that example's clause to keep its place against the classifier. */
export const APPROVED_PIN_SHARE = 0.5;

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
  const clauseDocs = searchDocs.length;
  const exampleVerdicts: Array<ExampleQuestion['verdict']> = [];
  const exampleStems: string[][] = [];
  const exampleApproved: boolean[] = [];
  const exampleTexts: string[] = [];
  for (const ex of options.examples ?? []) {
    const e = entries[ex.entryIndex];
    if (!e) continue;
    searchDocs.push({ ...searchDocFor(e), text: ex.question });
    owner.push(ex.entryIndex);
    exampleVerdicts.push(ex.verdict);
    exampleStems.push([...new Set(contentStems(ex.question))]);
    exampleApproved.push(ex.approved === true);
    exampleTexts.push(ex.question);
  }
  const exampleWeight = options.exampleWeight ?? EXAMPLE_WEIGHT;
  const raw = createClauseSearch(searchDocs, options);
  const dense =
    options.wordVectors && options.dense !== false
      ? createDenseScorer(entries.map((e) => `${e.clause.text} ${e.clause.kind === 'bullet' ? (e.leadIn ?? '') : ''}`), options.wordVectors, raw.idf, options.clauseVectorCache)
      : undefined;

  const titleStems = entries.map((e) => contentStems(e.clause.sectionTitle));
  const normative = entries.map((e) => !modalityOf(e.clause.text).includes('none') || (e.leadIn !== undefined && /:$/.test(e.leadIn)));

  /** Best document per clause (its own sentences or an example question), and which clauses an example won. */
  function searchWithExamples(question: string): { result: SearchResult; exampleMatches: Map<number, ExampleMatch> } {
    // Each clause keeps its best document (byRank, a total order), so only those are sorted: sorting the thousands of
    // matched documents (example questions mostly) cost more than scoring them. Same hits, same order as a full sort.
    const result = raw.matches(question);
    if (exampleWeight !== 1) for (const h of result.hits) if (h.index >= clauseDocs) h.score *= exampleWeight;
    const own = new Map<number, number>();
    const best = new Map<number, SearchHit>();
    for (const h of result.hits) {
      const i = owner[h.index];
      if (h.index < clauseDocs) own.set(i, Math.max(own.get(i) ?? 0, h.coverage));
      const kept = best.get(i);
      if (!kept || byRank(h, kept) < 0) best.set(i, h);
    }
    const hits: SearchHit[] = [];
    const exampleMatches = new Map<number, ExampleMatch>();
    let asked: Set<string> | undefined;
    for (const h of [...best.values()].sort(byRank)) {
      const i = owner[h.index];
      if (h.index >= clauseDocs) {
        asked ??= new Set(contentStems(question));
        const stems = exampleStems[h.index - clauseDocs];
        const exampleShare = stems.length ? stems.filter((t) => asked!.has(t)).length / stems.length : 0;
        const approved = exampleApproved[h.index - clauseDocs] || undefined;
        exampleMatches.set(i, { verdict: exampleVerdicts[h.index - clauseDocs], coverage: h.coverage, exampleShare, ownCoverage: own.get(i) ?? 0, approved, question: exampleTexts[h.index - clauseDocs] });
      }
      h.index = i; // hits are fresh per search: re-point them at the clause instead of copying
      hits.push(h);
    }
    return { result: { ...result, hits }, exampleMatches };
  }

  function search(question: string): SearchResult {
    return searchWithExamples(question).result;
  }

  function rank(question: string): Ranking {
    const intent = questionIntent(question);
    const { result, exampleMatches } = searchWithExamples(question);
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
    const lexicalHits = result.hits.sort((a, b) => b.score - a.score || b.coverage - a.coverage || a.index - b.index);
    if (!options.classifier || !lexicalHits.length) return { intent, result, hits: lexicalHits, lexicalHits, exampleMatches };
    // Fusion rescales scores in place: the lexical view keeps copies.
    const lexical = lexicalHits.map((h) => ({ ...h }));
    // A clause found through an approved example the question mostly repeats is a person's answer to this wording: the
    // classifier (trained on seed examples only) counts as sure of it, so it cannot outvote what was approved.
    const pinned = new Set<number>();
    for (const [i, m] of exampleMatches) if (m.approved && m.exampleShare >= APPROVED_PIN_SHARE) pinned.add(i);
    const hits = fuseClassifier(lexicalHits, typedProbabilities(options.classifier.model.probabilities(question), typePrior), options.classifier.fusion, pinned);
    return { intent, result, hits, lexicalHits: lexical, exampleMatches };
  }

  /**
   * The classifier learnt which clause each example names, not what kind of answer a question asks for: a "who" question
   * whose words lean to a clause about the pages' email address still wants the clause naming a team. The answer-type
   * prior the lexical scores carry is applied to its probabilities too, or the blend would wash it out (on the dev sets
   * the lexical top was right and the classifier's pick wrong in such questions; the section and normative priors,
   * tried the same way, gained nothing or lost).
   */
  function typedProbabilities(probs: Float32Array, typePrior: (clauseText: string) => number): Float32Array {
    if (typePrior === NO_PRIOR) return probs;
    return probs.map((p, i) => p * typePrior(entries[i].clause.text));
  }

  return { rank, search, idf: raw.idf };
}
