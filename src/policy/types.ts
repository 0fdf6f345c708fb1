import type { Vocabulary } from './vocabulary';

/**
 * Public shapes of the policy domain. Other areas (cards, teams routes, detection, CLI)
 * code against these, so changes here are API changes.
 */

export interface PolicyMetadata {
  title?: string;
  protectiveMarking?: string;
  owner?: string;
  /** The line naming the owner as printed ("NOT PROTECTIVELY MARKED Policy owned by OSDG"), citable in answers. */
  ownerLine?: string;
  expired: boolean;
  expiryWarning?: string;
  contact?: string;
  /** Where the text came from (file path or a caller-chosen label). */
  source: string;
}

export interface Clause {
  /** Stable within its document: `<section>.p<n>` (paragraph sentence) or `<section>.b<n>` (bullet). */
  id: string;
  sectionId: string;
  sectionTitle: string;
  kind: 'sentence' | 'bullet';
  text: string;
  documentId: string;
}

export interface PolicySection {
  id: string;
  title: string;
  parentId?: string;
  clauses: Clause[];
}

export interface PolicyDocument {
  id: string;
  metadata: PolicyMetadata;
  /** The vocabulary file shipped beside the document (`<name>.vocab.json`), when there is one. */
  vocabulary?: Vocabulary;
  /** Seed example questions shipped beside the document (`<name>.examples.jsonl`), when there are any. */
  examples?: ApprovedExample[];
  /** Questions the document does not answer, shipped beside it (`<name>.not-covered.jsonl`), when there are any. */
  outOfScope?: string[];
  /** Labelled questions from other writers, each naming its source set (`<name>.dev-examples.jsonl`), when there are any. */
  sourcedExamples?: SourcedExample[];
  sections: PolicySection[];
  /** Every clause of every section, in document order. */
  clauses: Clause[];
}

/** A labelled question from a named source set (sourced-examples.ts); no clause: the policy does not answer it. */
export interface SourcedExample {
  question: string;
  clauseId?: string;
  verdict: Verdict;
  source: string;
}

export type Verdict = 'allowed' | 'not_allowed' | 'conditional' | 'info' | 'not_covered';

export interface Citation {
  clauseId: string;
  /** Section number as printed in the policy, e.g. "5" or "4.2". */
  section: string;
  sectionTitle: string;
  /** The clause text exactly as the index holds it. */
  text: string;
}

export interface Answer {
  verdict: Verdict;
  /** 0..1; below ~0.5 the bot should present the answer as a pointer, not a ruling. */
  confidence: number;
  /** One to three clauses, best first; empty only for `not_covered`. */
  citations: Citation[];
  answer: string;
  expiryNote?: string;
  contact?: string;
  /**
   * When the engine is unsure (confidence < 0.5): up to three other clauses it might mean,
   * offered as "Did you mean...". Absent when it is sure.
   */
  alternatives?: Citation[];
  /** For `conditional`: the condition in the clause's words. */
  condition?: string;
}

export type PolicyTopic =
  | 'personal_information'
  | 'file_upload'
  | 'status_encouraged'
  | 'status_personal_information'
  | 'operational_use'
  | 'external_groups'
  | 'leavers';

/** A question someone approved as answered by a clause; retrieval matches later questions against it. */
export interface ApprovedExample {
  question: string;
  clauseId: string;
  /**
   * The verdict that clause gives this question, when its writer said (seed examples do; a
   * "Not helpful" choice names only the clause). A strong match lends it to the answer.
   */
  verdict?: Exclude<Verdict, 'not_covered'>;
}

/** What a caller may have computed about a question before asking (adapters the domain cannot call). */
export interface AnswerHints {
  /**
   * Cosine of the question to each clause by a sentence encoder, in `encoderTexts` order: all of them, or as many as
   * `PendingAnswer.encoderTextsRead` (the clauses' alone: enough for the second opinion before a refusal).
   */
  sentenceSimilarity?: Float32Array;
}

/** A question the index has ranked and judged, its answer waiting on whether the caller runs a sentence encoder. */
export interface PendingAnswer {
  /** What `PolicyIndex.needsSentenceEncoder` says for this question. */
  needsSentenceEncoder: boolean;
  /**
   * How many of `encoderTexts`, from the first, this answer reads cosines for: the clauses alone (before a refusal),
   * or the example questions as well (a close call the encoder may reorder). Hints may carry just these.
   */
  encoderTextsRead: number;
  /** What `PolicyIndex.answer` gives for this question and these hints (the ranking is not computed again). */
  answer(hints?: AnswerHints): Answer;
}

export interface PolicyIndex {
  answer(question: string, hints?: AnswerHints): Answer;
  /**
   * The question read once (ranked, judged) for a caller that asks `needsSentenceEncoder` and then `answer`: the
   * same two results, at the cost of one. The bot answers this way (`askWithEncoder`).
   */
  prepareAnswer(question: string): PendingAnswer;
  /**
   * Whether `answer` would refuse the question on its words alone while a sentence encoder's
   * similarities (AnswerHints) might still find the clause it means: callers run the (slow) encoder only then.
   */
  needsSentenceEncoder(question: string): boolean;
  /** The answer the given clause gives to the question (a "Did you mean..." choice); undefined for an unknown clause. */
  answerFromClause(question: string, clauseId: string): Answer | undefined;
  clause(id: string): Clause | undefined;
  section(sectionId: string): PolicySection | undefined;
  clauseForTopic(topic: PolicyTopic): Citation | undefined;
  documents: PolicyDocument[];
  clauseCount: number;
  /** The clause texts a sentence encoder should embed (one per clause, in the order `AnswerHints` uses). */
  encoderTexts: string[];
  /** Dev tools only (scripts/qa-not-covered-signals.ts): the numbers the refusal decision read for a question. */
  abstentionSignals?(question: string): AbstentionSignals;
  /** Dev tools only (scripts/qa-cite-misses.ts): the ranked clauses behind an answer, best first, with the lexical rank. */
  rankingTrace?(question: string): RankedClauseTrace[];
}

/** One clause of a ranking as the dev tools see it (numbers and ids only). */
export interface RankedClauseTrace {
  clauseId: string;
  score: number;
  coverage: number;
  /** Place in the ranking before the clause classifier reordered it (0 = top). */
  lexicalRank: number;
  /** Matched through one of its example questions rather than its own text. */
  viaExample: boolean;
  /** The question's units it answers (their labels), for reading why it ranks where it does. */
  answeredUnits: string[];
}

/** What `answer` weighs before refusing (out-of-scope-judge.ts); numbers and flags only, no text. */
export interface AbstentionSignals {
  pNone?: number;
  lexicalAbstain: boolean;
  abstain: boolean;
  plainlyOutside: boolean;
  onSubject: boolean;
  offTopic: boolean;
  lexicallySure: boolean;
  coverage: number;
  score: number;
  /** IDF-free share of the question's content units that no clause, header or vocabulary phrase knows. */
  unknownShare: number;
  units: number;
}
