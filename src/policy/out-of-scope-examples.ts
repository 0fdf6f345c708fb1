import { z } from 'zod';
import { normaliseText } from './normalise-text';

/**
 * Questions the policy does NOT answer, shipped beside it as `<name>.not-covered.jsonl`, like the out-of-scope
 * examples of a FAQ: pay, leave, personal accounts' privacy, WhatsApp groups... The clause classifier learns them as
 * one more class, "none of the clauses" (clause-classifier.ts), whose probability joins the abstention signals
 * (create-policy-index.ts). A document without the file behaves as before.
 *
 * One JSON object per line: {"q": question, "cite": null, "verdict": "not_covered", "voice"?: ..., "kind"?: ...}.
 * `cite` and `verdict` may be left out; when present they must say null and not_covered, so that a covered example
 * pasted here by mistake (it has a quote) stops start-up instead of teaching the bot to refuse it. Blank lines are
 * ignored; any other problem stops loading with the line number, like a bad seed examples file.
 */
export const outOfScopeLineSchema = z
  .object({
    q: z.string().trim().min(3).max(500),
    cite: z.null().optional(),
    verdict: z.literal('not_covered').optional(),
    /** Who is asking and what kind of question (work, adjacent, near_miss): documentation only. */
    voice: z.string().max(40).optional(),
    kind: z.string().max(40).optional(),
  })
  .strict();

/** The questions of an out-of-scope file; throws naming the first broken line. */
export function parseOutOfScopeExamples(jsonl: string, source: string): string[] {
  const questions: string[] = [];
  normaliseText(jsonl)
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new Error(`Not-covered examples file "${source}" line ${i + 1}: not valid JSON`);
      }
      const parsed = outOfScopeLineSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`Not-covered examples file "${source}" line ${i + 1}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
      }
      questions.push(parsed.data.q);
    });
  return questions;
}
