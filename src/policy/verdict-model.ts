import type { Verdict } from './types';
import type { Intent } from './question-intent';
import { modalityOf } from './clause-modality';
import { addHashedGroup, type SparseVector } from './hashed-features';
import { normaliseWords } from './tokenise';
import { DEFAULT_SOFTMAX, softmaxFromWeights, trainSoftmax, type SoftmaxOptions, type SoftmaxWeights } from './sparse-softmax';

/**
 * A learnt verdict: which of allowed / not_allowed / conditional / info the seed examples give a question answered by a
 * given clause, as a 4-class linear softmax (sparse-softmax.ts) trained on the examples' verdict labels. The rules
 * (question-intent.ts x clause-modality.ts, derive-verdict.ts) read a fixed list of phrasings; the examples show how
 * people in many voices actually ask for permission or for a fact about each clause ("what's the score with...",
 * "any probs if..."), and which clauses the policy's readers take as a yes, a no or plain information.
 *
 * Features of a (question, clause) pair, each group L2-normalised and weighted:
 * - the rules' own verdict, alone and crossed with the clause and with the question's intent, so the model learns
 *   where the rules hold (most of the time) and where the examples overrule them;
 * - the clause id, and the clause id crossed with the intent;
 * - the question's words and its opening two words (stop words kept: "can", "who", "is" carry the intent), alone and
 *   crossed with the quoted sentence's modality (a question's wording means different things against "should not"
 *   and against a clause with no modal words).
 * The safety rules stay outside the model (learned-verdict.ts): it only chooses among what they let through.
 */
export type AnswerVerdict = Exclude<Verdict, 'not_covered'>;
export const VERDICTS: AnswerVerdict[] = ['allowed', 'not_allowed', 'conditional', 'info'];

export interface VerdictCase {
  question: string;
  clauseId: string;
  /** The clause sentence the answer quotes (best match to the question). */
  sentence: string;
  intent: Intent;
  /** The rules' verdict for this pair (derive-verdict.ts). */
  rule: AnswerVerdict;
}

export interface VerdictModelOptions {
  softmax: SoftmaxOptions;
  /** Group weights; 0 leaves a group out. */
  rule: number;
  clause: number;
  words: number;
  /** Below this probability the model's verdict is not used (the rules' stands). */
  minProbability: number;
  /**
   * Where the model may overrule the rules: `all`, or `info-allowed`, only between `info` and `allowed` (a permission
   * question against a clause with no modal word, which the rules most often get wrong).
   */
  scope: 'all' | 'info-allowed';
}

/** Chosen by the held-out-voice estimate on the seed examples (scripts/qa-verdict-oov.ts), not on dev sets. */
export const DEFAULT_VERDICT_MODEL: VerdictModelOptions = { softmax: { ...DEFAULT_SOFTMAX, epochs: 10, lr: 1 }, rule: 1, clause: 1, words: 1, minProbability: 0.4, scope: 'all' };

const BUCKETS = 1 << 18;

export function verdictFeatures(c: VerdictCase, options: VerdictModelOptions): SparseVector {
  const out: SparseVector = { ids: [], values: [] };
  const group = (keys: string[], weight: number) => addHashedGroup(out, keys, weight, BUCKETS);
  const mode = modalityOf(c.sentence).sort().join('+');
  group([`r=${c.rule}`, `r=${c.rule}|c=${c.clauseId}`, `r=${c.rule}|i=${c.intent}`, `r=${c.rule}|m=${mode}`], options.rule);
  group([`c=${c.clauseId}`, `c=${c.clauseId}|i=${c.intent}`, `i=${c.intent}|m=${mode}`], options.clause);
  const words = normaliseWords(c.question);
  const opener = `o=${words.slice(0, 2).join(' ')}`;
  group([...words.map((w) => `w=${w}`), ...words.map((w) => `w=${w}|m=${mode}`), opener, `${opener}|m=${mode}`], options.words);
  return out;
}

export interface VerdictModel {
  /** The most probable verdict and its probability. */
  predict(c: VerdictCase): { verdict: AnswerVerdict; probability: number };
  readonly options: VerdictModelOptions;
  readonly weights: SoftmaxWeights;
}

export function trainVerdictModel(cases: (VerdictCase & { verdict: AnswerVerdict })[], options: VerdictModelOptions = DEFAULT_VERDICT_MODEL, cached?: SoftmaxWeights): VerdictModel {
  const fits = cached && cached.bias.length === VERDICTS.length && cached.rows.length === cached.featureIds.length * VERDICTS.length;
  const model = fits
    ? softmaxFromWeights(cached)
    : trainSoftmax(
        cases.map((c) => ({ x: verdictFeatures(c, options), label: VERDICTS.indexOf(c.verdict) })),
        VERDICTS.length,
        options.softmax,
      );
  return {
    options,
    weights: model.weights,
    predict(c) {
      const p = model.probabilities(verdictFeatures(c, options));
      let best = 0;
      for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
      return { verdict: VERDICTS[best], probability: p[best] };
    },
  };
}
