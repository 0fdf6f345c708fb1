import type { ClauseWithContext } from './clause-context';
import { createFeaturizer, DEFAULT_FEATURES, type FeatureOptions } from './hashed-features';
import { DEFAULT_SOFTMAX, softmaxFromWeights, trainSoftmax, type SoftmaxOptions, type SoftmaxWeights, type TrainingExample } from './sparse-softmax';
import type { WordVectors } from './word-vectors';

/**
 * A supervised clause classifier: which clause answers this question, learnt from the example questions (seed
 * examples and approved ones) and the clauses' own texts, as a linear softmax over hashed word, bigram and
 * character-gram features (hashed-features.ts, sparse-softmax.ts). Where nearest-neighbour matching asks "which one
 * example is this question most like", the classifier weighs every word by how well it tells clauses apart across
 * all of a clause's examples, so a question that mixes words of several examples of one clause still finds it.
 * It is trained when the index is built; the weights can be cached (ClassifierCache, an adapter keeps them on disk)
 * under a key that spells out everything they are learnt from: the options, every training text and its clause.
 */
export interface ClauseClassifierOptions {
  features: FeatureOptions;
  softmax: SoftmaxOptions;
  /** Loss weight of a clause's own text (with its lead-in) against one example question's 1. */
  clauseTextWeight: number;
}

/** Chosen by the out-of-voice estimate on the seed examples (scripts/qa-classifier-oov.ts and qa-classifier-fused-oov.ts: leave one voice out), not on dev sets. */
export const DEFAULT_CLASSIFIER: ClauseClassifierOptions = { features: DEFAULT_FEATURES, softmax: DEFAULT_SOFTMAX, clauseTextWeight: 1 };

export interface ClauseClassifier {
  /** Probability of each entry (clause index) answering the question; sums to 1 less `noneProbability`. */
  probabilities(question: string): Float32Array;
  /**
   * Probability of the "none of the clauses" class, learnt from questions the policy does not answer
   * (out-of-scope-examples.ts); 0 when the classifier was trained without any.
   */
  noneProbability(question: string): number;
  /** Rows of the weight table (features seen in training) x classes, for memory figures. */
  readonly weights: number;
}

/** Port: trained weights by key (an adapter hashes the key into a file name). A miss or a damaged file is undefined. */
export interface ClassifierCache {
  load(key: string): SoftmaxWeights | undefined;
  save(key: string, weights: SoftmaxWeights): void;
}

export interface LabelledText {
  text: string;
  entryIndex: number;
  /** Loss weight (default 1, a seed example's). */
  weight?: number;
}

/** A "none of the clauses" question with a loss weight of its own (sourced examples may weigh less than the seeds'). */
export interface WeightedText {
  text: string;
  weight: number;
}

/**
 * `outOfScope`: questions the policy does not answer. With any, the model has one more class after the clauses,
 * "none of the clauses", trained on them like a clause on its examples: the softmax then weighs each word by how
 * well it tells a covered question (of any clause) from an uncovered one. Without, the model is the same as before
 * (same cache key). `outOfScopeWeight`: the loss weight of each such question (1: like one example question).
 */
export function trainClauseClassifier(
  entries: ClauseWithContext[],
  examples: LabelledText[],
  options: ClauseClassifierOptions = DEFAULT_CLASSIFIER,
  vectors?: WordVectors,
  cache?: ClassifierCache,
  outOfScope: readonly (string | WeightedText)[] = [],
  outOfScopeWeight = 1,
): ClauseClassifier {
  const featurize = createFeaturizer(options.features, vectors);
  const none = entries.length;
  const classes = entries.length + (outOfScope.length ? 1 : 0);
  const texts: { text: string; label: number; weight: number }[] = [];
  if (options.clauseTextWeight > 0) entries.forEach((e, i) => texts.push({ text: clauseText(e), label: i, weight: options.clauseTextWeight }));
  for (const ex of examples) if (entries[ex.entryIndex]) texts.push({ text: ex.text, label: ex.entryIndex, weight: ex.weight ?? 1 });
  for (const q of outOfScope) texts.push(typeof q === 'string' ? { text: q, label: none, weight: outOfScopeWeight } : { text: q.text, label: none, weight: q.weight });
  // The word vectors are part of what is learnt from; the adapter adds the table's id to the key.
  const key = cache && JSON.stringify({ v: 1, options, classes, dense: Boolean(vectors), texts });
  const cached = key ? cache!.load(key) : undefined;
  const fits = cached && cached.bias.length === classes && cached.rows.length === cached.featureIds.length * classes;
  let model;
  if (fits) model = softmaxFromWeights(cached);
  else {
    const data: TrainingExample[] = texts.map((t) => ({ x: featurize(t.text), label: t.label, weight: t.weight }));
    model = trainSoftmax(data, classes, options.softmax);
    if (key) cache!.save(key, model.weights);
  }
  // The ranking and abstention both ask about the same question in turn: featurise and score it once.
  let last: { question: string; probs: Float32Array } | undefined;
  const scored = (question: string) => {
    if (last?.question !== question) last = { question, probs: model.probabilities(featurize(question)) };
    return last.probs;
  };
  return {
    probabilities: (question) => scored(question).subarray(0, entries.length),
    noneProbability: (question) => (classes > entries.length ? scored(question)[none] : 0),
    weights: model.featureRows * classes,
  };
}

/** What the classifier reads for a clause: a bullet with the sentence that introduces its list. */
function clauseText(e: ClauseWithContext): string {
  return e.clause.kind === 'bullet' && e.leadIn ? `${e.clause.text} ${e.leadIn}` : e.clause.text;
}
