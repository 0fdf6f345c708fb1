import type { ExampleQuestion } from './rank-clauses';
import type { PolicyDocument, SourcedExample } from './types';
import { keptSources } from './sourced-examples';

/**
 * Which learnt parts read the documents' sourced examples (`<name>.dev-examples.jsonl`, sourced-examples.ts), chosen
 * on held-out halves of the dev sets (docs/policy-answers.md, "Seventeenth session: dev questions as examples").
 */
export interface SourcedExampleUse {
  /** Covered questions as the clause classifier's examples. */
  classifier: boolean;
  /** Uncovered questions into the classifier's "none of the clauses" class. */
  noneClass: boolean;
  /** Both kinds into the near-miss check's encoder pools (nearest-example-check.ts). */
  encoder: boolean;
  /** Covered questions as search documents of the ranker (their verdicts then lend answers theirs: example-evidence.ts). */
  search: boolean;
  /** Covered questions as the learnt verdict's training cases (learned-verdict.ts). */
  verdictModel: boolean;
  /** Loss weight of one sourced question in the classifier (a seed example's is 1). */
  weight: number;
}

// Held out by file (scripts/qa-dev-examples-folds.ts). Seventeenth session, 20 dev sets: classifier + none class +
// encoder pools at weight 1; search documents and verdict cases added nothing then, and weight 2 answered 2 questions
// `allowed` on a prohibiting clause left one set out. Eighteenth session, 27 sets (4,254 questions): every part at
// weight 1.5 (the `v@1.5` variant) gained on both readings, two folds (+9 top clause, +30 verdicts, +6 not_covered,
// +1 refused) and left one set out (+10, +31, +2, -1), with no `allowed` on a prohibiting clause on either: with more
// writers the verdict model's cases now carry (docs/policy-answers.md, "Eighteenth session: more writers").
export const DEFAULT_SOURCED_EXAMPLE_USE: SourcedExampleUse = { classifier: true, noneClass: true, encoder: true, search: true, verdictModel: true, weight: 1.5 };

/** PolicyIndexOptions.sourcedExamples: `false` uses none; `leaveOut` names source sets whose examples are not learnt. */
export type SourcedExampleOptions = false | (Partial<SourcedExampleUse> & { leaveOut?: readonly string[] });

export interface SourcedExampleParts {
  use: SourcedExampleUse;
  /** Covered examples resolved to their entries (with the verdict their writer gave). */
  covered: ExampleQuestion[];
  /** Questions the policy does not answer. */
  uncovered: string[];
  /** What each part reads, as `use` says: the ranker's search documents, the encoder's covered and uncovered pools, the learnt verdict's cases. */
  searched: ExampleQuestion[];
  encoded: ExampleQuestion[];
  uncoveredEncoded: string[];
  verdictCases: ExampleQuestion[];
}

/**
 * The documents' sourced examples less the source sets `leaveOut` names (a held-out measurement of those sets), resolved
 * to their clauses, and what each learnt part reads of them. Qualified by document like the seed examples.
 */
export function sourcedExampleParts(docs: PolicyDocument[], entryById: Map<string, number>, options: SourcedExampleOptions | undefined): SourcedExampleParts {
  const use = { ...DEFAULT_SOURCED_EXAMPLE_USE, ...(options || {}) };
  if (options === false) return { use, covered: [], uncovered: [], searched: [], encoded: [], uncoveredEncoded: [], verdictCases: [] };
  const kept: SourcedExample[] = docs.flatMap((d) => keptSources(d.sourcedExamples ?? [], options?.leaveOut).map((e) => ({ ...e, clauseId: e.clauseId && `${d.id}:${e.clauseId}` })));
  // Resolved here rather than through example-evidence.ts (which reads these parts): no import cycle.
  const covered: ExampleQuestion[] = kept.flatMap((e) => {
    const entryIndex = e.clauseId ? entryById.get(e.clauseId) : undefined;
    return entryIndex === undefined || e.verdict === 'not_covered' ? [] : [{ question: e.question, entryIndex, verdict: e.verdict }];
  });
  const uncovered = kept.filter((e) => !e.clauseId).map((e) => e.question);
  const [searched, encoded, uncoveredEncoded, verdictCases] = [use.search ? covered : [], use.encoder ? covered : [], use.encoder ? uncovered : [], use.verdictModel ? covered : []];
  return { use, covered, uncovered, searched, encoded, uncoveredEncoded, verdictCases };
}
