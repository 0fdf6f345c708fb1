import type { ApprovedExample } from './types';
import type { SentenceFusion } from './sentence-fusion';
import type { WordVectors } from './word-vectors';
import type { ClauseVectorCache } from './dense-similarity';
import type { WordRelations } from './word-relations';
import type { CaseWords } from './case-words';
import type { ClassifierFusion } from './classifier-fusion';
import type { ClassifierCache, ClauseClassifierOptions } from './clause-classifier';
import type { OutOfScopeOptions } from './out-of-scope-judge';
import type { NearestExampleOptions } from './nearest-example-check';
import type { VerdictModelOptions } from './verdict-model';
import type { SourcedExampleOptions } from './sourced-example-use';
import type { OfferChoice } from './offer-choice';

/** What createPolicyIndex (create-policy-index.ts) can be given: general language resources, examples, ablation switches. */
export interface PolicyIndexOptions {
  /** General word vectors (src/language adapter); without them, only the vocabulary and the policy's words match. */
  wordVectors?: WordVectors & { frequencyRank?(word: string): number | undefined };
  /** Question -> clause pairs a person approved (learning from use); the documents' seed examples are added to them. */
  examples?: ApprovedExample[];
  /** Coverage at which an example's verdict is the answer's (example-evidence.ts EXAMPLE_VERDICT_COVERAGE; above 1 = never). */
  exampleVerdictCoverage?: number;
  /** Share of the example's content words the question must use for its verdict to count (example-evidence.ts EXAMPLE_VERDICT_SHARE). */
  exampleVerdictShare?: number;
  /** Weight of a match through an example question (rank-clauses.ts EXAMPLE_WEIGHT). */
  exampleWeight?: number;
  /** Whether the sentence encoder also reads the seed examples (example-similarity.ts; default on). */
  encodeExamples?: boolean;
  /** Weigh words the policy never uses by general-English rarity (measured in the ablation; off by default). */
  specificity?: boolean;
  /** Word-vector neighbours for words the policy never uses (measured in the ablation; off by default). */
  neighbours?: boolean;
  /** How the "Did you mean..." offers are chosen (offer-choice.ts DEFAULT_OFFER_CHOICE); dev tools vary it. */
  offerChoice?: Partial<OfferChoice>;
  /** Resources to leave out, for the ablation in bench/qa.ts (default: use everything given). */
  without?: ReadonlyArray<Resource>;
  /** WordNet synonyms and hypernyms (src/language adapter): typed words the policy never uses meet policy words. */
  wordRelations?: WordRelations;
  /** The detection engine's words of police business (src/language adapter): case material proposed for posting (case-material.ts). */
  caseWords?: CaseWords;
  /** Disk cache for clause vectors (adapter); computed at start when absent. */
  clauseVectorCache?: ClauseVectorCache;
  /** How a sentence encoder's similarities (AnswerHints) reorder the lexical ranking; without it they only speak before a refusal. */
  sentenceFusion?: SentenceFusion;
  /**
   * The supervised clause classifier trained on the seed example questions and clause texts (clause-classifier.ts,
   * seeded-classifier.ts) and how its probabilities join the ranking (classifier-fusion.ts); `false` leaves it out.
   * Default: on (when the documents have seed examples), with the defaults chosen out of voice.
   */
  clauseClassifier?: false | { model?: ClauseClassifierOptions; fusion?: ClassifierFusion };
  /** Disk cache for the classifier's trained weights (adapter); trained at start when absent. Also holds the verdict model's. */
  classifierCache?: ClassifierCache;
  /**
   * The documents' not-covered examples (`<name>.not-covered.jsonl`) as the classifier's "none of the clauses" class,
   * and how its probability joins abstention (out-of-scope-judge.ts); `false` leaves them out (the model as before).
   * Default: on when a document has such a file and the classifier is on, with the thresholds chosen held out.
   */
  outOfScope?: false | Partial<OutOfScopeOptions>;
  /** The near-miss check (nearest-example-check.ts): on by default when there are covered and uncovered examples; `false` turns it off. */
  nearestExample?: false | Partial<NearestExampleOptions>;
  /**
   * The verdict learnt from the seed examples' verdict labels (verdict-model.ts, learned-verdict.ts), inside the safety
   * rules; `false` leaves verdicts to the rules alone. Default: on (when the documents have seed examples).
   */
  verdictModel?: false | VerdictModelOptions;
  /** Labelled questions only the verdict model learns from (clause id and verdict), beside the seed examples. */
  verdictExamples?: ApprovedExample[];
  /**
   * The documents' sourced examples (`<name>.dev-examples.jsonl`): which learnt parts read them (default
   * DEFAULT_SOURCED_EXAMPLE_USE), `leaveOut` the source sets to leave out (a held-out measurement of those sets), `false` none.
   */
  sourcedExamples?: SourcedExampleOptions;
}

/**
 * The parts an ablation can remove: the vocabulary file, the seed examples file, the clause classifier, the
 * not-covered examples (the classifier's "none" class), the learnt verdicts, and the uses of the word vectors and encoder.
 */
export type Resource = 'vocabulary' | 'examples' | 'neighbours' | 'dense' | 'specificity' | 'wordnet' | 'sentence' | 'fusion' | 'classifier' | 'outOfScope' | 'verdicts' | 'nearestExample' | 'offerChoice';
