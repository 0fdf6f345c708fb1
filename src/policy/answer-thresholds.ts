/**
 * When to abstain and when to hedge, calibrated on the dev sets (docs/policy-answers.md).
 * Coverage is the IDF-weighted share of the question's ideas that the top clause answers.
 *
 * `not_covered` only when the question is not about the policy's subject at all: it uses no
 * subject word or jargon from the vocabulary, and either names a neighbouring subject the
 * vocabulary lists as outside (pay, leave) or the best clause answers little of it.
 * A question about the subject is always answered, hedged ("Did you mean...") when unsure.
 */
export const MIN_COVERAGE_OFF_SUBJECT = 0.5;
/** A question about the subject that also names an outside subject ("a Yammer post about the pay rise") abstains only below this. */
export const MIN_COVERAGE_MIXED = 0.4;
/** A clause answering this much of the question is not "vague" however small the document (BM25 scores shrink with it). */
export const CLEAR_COVERAGE = 0.75;
/** Safety net for vague questions with one shared word. */
export const MIN_SCORE = 1.5;
/** Below this coverage (or with a near tie) the answer is marked uncertain and offers alternatives. */
export const SURE_COVERAGE = 0.6;
/** Secondary citations must score at least this share of the top clause. */
export const CITE_RATIO = 0.6;
export const MAX_ALTERNATIVES = 3;
/** How close (share of the top score) an "only" clause must be to take over a permitting one. */
export const RESTRICT_RUNNER_UP = 0.6;
/**
 * Sentence-encoder fallback (USE lite): cosine at which its best clause answers a question the lexical
 * engine would refuse. Chosen on the dev sets (0.4 answered off-topic questions; 0.55-0.6 changed little).
 */
export const SENTENCE_FALLBACK_SIMILARITY = 0.5;
export const SENTENCE_FALLBACK_CONFIDENCE = 0.4;
