import { z } from 'zod';
import type { PolicyDocument, SourcedExample } from './types';
import { citableClauses, clauseFor } from './seed-examples';
import { normaliseText } from './normalise-text';

/**
 * Labelled questions written by people other than the seed examples' writers, each naming the set it came from,
 * shipped beside a policy as `<name>.dev-examples.jsonl` (docs/policy-answers.md, "Seventeenth session: dev questions
 * as examples"). They are approved examples in bulk: the clause classifier, its "none of the clauses" class and the
 * near-miss check's pools learn from them like the seed examples (which parts, PolicyIndexOptions.sourcedExamples).
 * The source set is kept so that a measurement can leave out the examples of the set it measures: once these
 * questions are training data, a figure read on their own set is in-sample.
 *
 * One JSON object per line: {"q", "cite": exact substring of one clause or null, "verdict", "source", "voice"?}.
 * A null cite goes with `not_covered` and a quote with any other verdict, so a covered question pasted as uncovered
 * (or the reverse) stops start-up instead of teaching the bot to refuse it. Any problem names its line.
 */
export const sourcedExampleLineSchema = z
  .object({
    q: z.string().trim().min(3).max(1000),
    cite: z.string().trim().min(3).max(1000).nullable(),
    verdict: z.enum(['allowed', 'not_allowed', 'conditional', 'info', 'not_covered']),
    /** The set the question was written for (e.g. `blind-dev5`): what a held-out measurement leaves out. */
    source: z.string().trim().min(1).max(60),
    /** Who is asking: documentation only. */
    voice: z.string().max(60).optional(),
  })
  .strict()
  .refine((l) => (l.cite === null) === (l.verdict === 'not_covered'), { message: 'a null cite goes with not_covered, a quote with another verdict', path: ['verdict'] });

/** The examples of a `<name>.dev-examples.jsonl` file; throws naming the first broken line or unknown quote. */
export function parseSourcedExamples(jsonl: string, doc: PolicyDocument, fileName: string): SourcedExample[] {
  const clauses = citableClauses(doc);
  const out: SourcedExample[] = [];
  normaliseText(jsonl)
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      const fail = (message: string) => new Error(`Dev examples file "${fileName}" line ${i + 1}: ${message}`);
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw fail('not valid JSON');
      }
      const parsed = sourcedExampleLineSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw fail(`${issue.path.join('.') || '(line)'}: ${issue.message}`);
      }
      const { q, cite, verdict, source } = parsed.data;
      if (cite === null) {
        out.push({ question: q, verdict, source });
        return;
      }
      const clause = clauseFor(cite, clauses);
      if (!clause) throw fail(`cite matches no clause of the policy: "${cite.slice(0, 80)}"`);
      out.push({ question: q, clauseId: clause.id, verdict, source });
    });
  return out;
}

/** The examples whose source is not among `leaveOut` (a held-out measurement leaves out the set it measures). */
export function keptSources(examples: readonly SourcedExample[], leaveOut: readonly string[] = []): SourcedExample[] {
  if (!leaveOut.length) return [...examples];
  const out = new Set(leaveOut);
  return examples.filter((e) => !out.has(e.source));
}
