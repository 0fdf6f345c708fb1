import type { ClauseWithContext } from './clause-context';
import type { ExampleQuestion } from './rank-clauses';
import type { PolicyIndexOptions } from './policy-index-options';
import { DEFAULT_CLASSIFIER, trainClauseClassifier, type ClauseClassifier } from './clause-classifier';
import type { SourcedExampleParts } from './sourced-example-use';
import { DEFAULT_CLASSIFIER_FUSION, type ClassifierFusion } from './classifier-fusion';

/**
 * The clause classifier the index folds into its ranking (clause-classifier.ts, classifier-fusion.ts), supervised by
 * the documents' seed examples. With none (another document, no examples file) there is nothing to learn from, so
 * there is no classifier. Approved examples are left out, like the sentence encoder's: they change while the bot
 * runs, and each approval would mean training again (seconds) instead of reading the cached weights; they still
 * count as search documents. `outOfScope`: the documents' questions they do not answer, the "none of the clauses"
 * class (an empty list: no such class, the model as before). `sourced`: the documents' sourced examples
 * (sourced-example-use.ts), learnt like the seeds' at their own weight where their use says so.
 */
export function seededClassifier(
  entries: ClauseWithContext[],
  seeds: ExampleQuestion[],
  options: PolicyIndexOptions,
  outOfScope: readonly string[] = [],
  sourced?: SourcedExampleParts,
): { model: ClauseClassifier; fusion: ClassifierFusion } | undefined {
  if (options.clauseClassifier === false || !seeds.length) return undefined;
  const chosen = options.clauseClassifier ?? {};
  const labelled = seeds.map((q) => ({ text: q.question, entryIndex: q.entryIndex }));
  const weight = sourced?.use.weight ?? 1;
  if (sourced?.use.classifier) labelled.push(...sourced.covered.map((q) => ({ text: q.question, entryIndex: q.entryIndex, weight })));
  // The none class exists only where the documents have not-covered examples of their own (outOfScope non-empty).
  const none = sourced?.use.noneClass && outOfScope.length ? [...outOfScope, ...sourced.uncovered.map((text) => ({ text, weight }))] : outOfScope;
  return {
    model: trainClauseClassifier(entries, labelled, chosen.model ?? DEFAULT_CLASSIFIER, options.wordVectors, options.classifierCache, none),
    fusion: chosen.fusion ?? DEFAULT_CLASSIFIER_FUSION,
  };
}
