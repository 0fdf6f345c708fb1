import type { AnswerHints, ApprovedExample, PolicyDocument, Verdict } from './types';
import type { ExampleMatch, ExampleQuestion, Ranking } from './rank-clauses';
import type { ClauseWithContext } from './clause-context';
import { modalityOf } from './clause-modality';
import { clauseSimilarities } from './example-similarity';
import { questionIntent, type QuestionIntent } from './question-intent';
import type { SourcedExampleParts } from './sourced-example-use';

/**
 * What example questions (seed examples shipped with the policy, and approved ones from use) tell the answer
 * engine, kept in one place: which search documents they add (rank-clauses.ts), what the sentence encoder reads,
 * when an example's verdict is the answer's, and when a match through an example is too weak to be sure of.
 */

/**
 * An example question that answers at least this share of the question (clause-search coverage) and won its clause
 * the top place lends that clause's answer the example's verdict. On the dev sets it changes about 1 verdict in 100
 * (as many right as wrong at 0.6-0.95); 0.7 was best on blind dev 3.
 */
export const EXAMPLE_VERDICT_COVERAGE = 0.7;
/**
 * ...and whose own content words the question uses at least this share of (the match is two-sided: a long scenario
 * example "covers" a three-word question). Below it, an answer found through an example is marked unsure.
 */
export const EXAMPLE_VERDICT_SHARE = 0.5;

export interface ExampleEvidenceOptions {
  /** Approved examples (learning from use); the documents' seed examples are added to them. */
  approved?: ApprovedExample[];
  /** Leave the documents' seed examples out (the ablation). */
  withoutSeeds?: boolean;
  /** Whether the sentence encoder also reads the seed examples (default on). */
  encodeSeeds?: boolean;
  /** Sourced examples (sourced-example-use.ts): those the ranker searches, and those the encoder reads after the seeds. */
  sourced?: Pick<SourcedExampleParts, 'searched' | 'encoded'>;
  verdictCoverage?: number;
  verdictShare?: number;
}

export interface ExampleEvidence {
  /** Every example question, for the ranker. */
  questions: ExampleQuestion[];
  /** The documents' seed examples alone (fixed at load; approved ones change while the bot runs). */
  seeds: ExampleQuestion[];
  /** Texts the sentence encoder reads after the clauses' (seed questions only: approved ones change at run time). */
  encoderTexts: string[];
  /** The encoder's hints per clause (clause or example cosine, whichever is higher); undefined when they do not fit. */
  clauseSimilarities(hints: AnswerHints | undefined): Float32Array | undefined;
  /** The clauses' own cosines (for the fallback before a refusal, whose threshold is for clauses), from hints of all texts or of the clauses alone. */
  ownSimilarities(hints: AnswerHints | undefined): Float32Array | undefined;
  /**
   * The example's verdict when the match is strong and the example asks the same kind of question (the intent the rules
   * read: permission, obligation or a fact); never `allowed` from a clause that prohibits something.
   */
  verdict(match: ExampleMatch | undefined, entry: ClauseWithContext, asked?: QuestionIntent, rule?: Verdict, sentence?: string): Exclude<Verdict, 'not_covered'> | undefined;
  /** The top clause won only through an example whose words the question barely uses. */
  weakMatch(match: ExampleMatch | undefined): boolean;
  /** ...and the clause's own words answer little of the question (below `minOwnCoverage`). */
  weakMatchOnly(ranking: Ranking, minOwnCoverage: number): boolean;
}

export function createExampleEvidence(docs: PolicyDocument[], entryById: Map<string, number>, entryCount: number, options: ExampleEvidenceOptions): ExampleEvidence {
  // Seed examples name clauses of their own document; approved ones may be qualified ("doc:5.b1") when there are several.
  const seeds = options.withoutSeeds ? [] : docs.flatMap((d) => (d.examples ?? []).map((ex) => ({ ...ex, clauseId: `${d.id}:${ex.clauseId}` })));
  const seedQuestions = resolveExamples(seeds, entryById);
  const questions = [...seedQuestions, ...(options.sourced?.searched ?? []), ...resolveExamples(options.approved ?? [], entryById).map((q) => ({ ...q, approved: true }))];
  const encoded = options.encodeSeeds === false ? [] : [...seedQuestions, ...(options.sourced?.encoded ?? [])];
  const owners = encoded.map((q) => q.entryIndex);
  const encoderCount = entryCount + encoded.length;
  const verdictCoverage = options.verdictCoverage ?? EXAMPLE_VERDICT_COVERAGE;
  const verdictShare = options.verdictShare ?? EXAMPLE_VERDICT_SHARE;
  const fits = (hints: AnswerHints | undefined) => (hints?.sentenceSimilarity?.length === encoderCount ? hints.sentenceSimilarity : undefined);
  const weakMatch = (m: ExampleMatch | undefined) => m !== undefined && m.exampleShare < verdictShare;

  return {
    questions,
    seeds: seedQuestions,
    encoderTexts: encoded.map((q) => q.question),
    clauseSimilarities(hints) {
      const sims = fits(hints);
      return sims && owners.length ? clauseSimilarities(sims, entryCount, owners) : sims;
    },
    // The clauses' own cosines alone are enough here (the caller need not compute the examples').
    ownSimilarities: (hints) => (hints?.sentenceSimilarity?.length === entryCount ? hints.sentenceSimilarity : fits(hints)?.subarray(0, entryCount)),
    verdict(match, entry, asked, rule, sentence) {
      if (!match?.verdict || match.coverage < verdictCoverage || match.exampleShare < verdictShare) return undefined;
      // Sharing words is not asking the same thing: "who sets up the pages?" matches "can I set up the page myself?"
      // word for word, but a verdict on a proposal ("no") does not answer a question for a fact, nor the other way round.
      if (asked && match.question !== undefined && questionIntent(match.question).intent !== asked.intent) return undefined;
      // ...and a wh-question alone ("who runs the pages?") is answered with information, whatever an example says.
      if (asked?.whOnly && match.verdict !== 'info') return undefined;
      if (match.verdict === 'allowed' && modalityOf(entry.clause.text).includes('prohibit')) return undefined;
      // In a paragraph of several sentences the example may have been about another one ("should link to the force site"
      // beside "This must be undertaken by the Web Communications Team"): its `allowed` does not overrule the rules' `no`
      // on a quoted sentence that permits nothing (twenty-first session). Where the sentence also permits ("can update
      // their profile with ... - only photographs ..."), what lies inside its "only" is the examples' to say.
      if (match.verdict === 'allowed' && rule === 'not_allowed' && sentence !== undefined && !modalityOf(sentence).includes('permit')) return undefined;
      return match.verdict;
    },
    weakMatch,
    weakMatchOnly(ranking, minOwnCoverage) {
      const top = ranking.hits[0];
      const match = top && ranking.exampleMatches.get(top.index);
      return weakMatch(match) && match!.ownCoverage < minOwnCoverage;
    },
  };
}

/** Example questions resolved to their clauses' entries; an example naming an unknown clause is left out. */
export function resolveExamples(examples: ApprovedExample[], entryById: Map<string, number>): ExampleQuestion[] {
  return examples.flatMap((ex) => {
    const entryIndex = entryById.get(ex.clauseId);
    return entryIndex === undefined ? [] : [{ question: ex.question, entryIndex, verdict: ex.verdict }];
  });
}
