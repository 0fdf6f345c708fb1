import { basename } from 'node:path';
import { createPolicyIndex, type PolicyDocument, type PolicyIndex, type PolicyIndexOptions } from '../../src/policy';

/**
 * The dev sets are training data too (policies/social-media-policy.dev-examples.jsonl, each line naming its set), so a
 * figure read on a dev set by the index as shipped is in-sample. The dev tools measure each set with an index that left
 * its fold out instead: two folds, alternate files in policyDevSetFiles order (docs/policy-answers.md, "Seventeenth
 * session: dev questions as examples").
 */
export const devSetName = (file: string) => basename(file).replace('-questions.jsonl', '');

/** The two folds: each a list of set names, alternate files of `files` (policyDevSetFiles order). */
export function devFolds(files: readonly string[]): string[][] {
  const names = files.map(devSetName);
  return [names.filter((_, i) => i % 2 === 0), names.filter((_, i) => i % 2 === 1)];
}

/**
 * One index per fold, each built without the sourced examples of its fold's sets, and for each dev file the index that
 * did not learn from it. `options.sourcedExamples === false` (no sourced examples at all) gives one index for every file.
 * A file whose set is not in the dev folds (an extra file) is answered by the first fold's index only if it names no
 * sourced set; otherwise by the fold that holds it.
 */
export function outOfFoldIndexes(doc: PolicyDocument, options: PolicyIndexOptions, files: readonly string[]): { indexes: PolicyIndex[]; forFile: (file: string) => PolicyIndex } {
  if (options.sourcedExamples === false || !doc.sourcedExamples?.length) {
    const index = createPolicyIndex([doc], options);
    return { indexes: [index], forFile: () => index };
  }
  const folds = devFolds(files);
  const indexes = folds.map((leaveOut) => createPolicyIndex([doc], { ...options, sourcedExamples: { ...(options.sourcedExamples ?? {}), leaveOut } }));
  const sources = new Set(doc.sourcedExamples.map((e) => e.source));
  return {
    indexes,
    forFile(file) {
      const set = devSetName(file);
      const fold = folds.findIndex((f) => f.includes(set));
      if (fold < 0 && sources.has(set)) throw new Error(`${set} is training data but in no fold: its figures would be in-sample`);
      return indexes[Math.max(0, fold)];
    },
  };
}
