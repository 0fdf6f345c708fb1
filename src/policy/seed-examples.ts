import { z } from 'zod';
import type { ApprovedExample, Clause, PolicyDocument } from './types';
import { headerClauses } from './clause-context';
import { collapseSpaces, normaliseText, stripLeadingGlyphs } from './normalise-text';

/**
 * Seed example questions shipped beside a policy as `<name>.examples.jsonl`, like the
 * "alternate questions" of a FAQ: written from the policy text alone, each naming the clause
 * that answers it by an exact quote (`cite`) and the verdict that clause gives. Retrieval
 * matches a new question against them through the same path as admin-approved examples
 * (rank-clauses.ts); a strong match lends the answer its verdict (create-policy-index.ts).
 *
 * One JSON object per line: {"q": question, "cite": exact substring of one clause, "verdict": ..., "voice"?: ...}.
 * Blank lines are ignored. Any other problem stops loading with the line number, like a bad vocabulary file.
 */
export const seedExampleLineSchema = z.object({
  q: z.string().trim().min(3).max(500),
  cite: z.string().trim().min(3).max(600),
  verdict: z.enum(['allowed', 'not_allowed', 'conditional', 'info']),
  /** Who is asking (phone, formal, role...): documentation only, not used by retrieval. */
  voice: z.string().max(40).optional(),
});

/** A seed example always carries its verdict. */
export type SeedExample = Required<ApprovedExample>;

export interface SeedExampleProblem {
  line: number;
  /** A broken line (not JSON, not the schema), or a quote that matches no clause (a re-issued policy). */
  kind: 'malformed' | 'cite_not_found';
  message: string;
}

/** Parses every line, collecting problems instead of stopping (the loader and the import tool decide what to do). */
export function readSeedExamples(jsonl: string, doc: PolicyDocument): { examples: SeedExample[]; problems: SeedExampleProblem[] } {
  const clauses = citableClauses(doc);
  const examples: SeedExample[] = [];
  const problems: SeedExampleProblem[] = [];
  normaliseText(jsonl)
    .split('\n')
    .forEach((raw, i) => {
      const line = i + 1;
      if (!raw.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        problems.push({ line, kind: 'malformed', message: 'not valid JSON' });
        return;
      }
      const parsed = seedExampleLineSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        problems.push({ line, kind: 'malformed', message: `${issue.path.join('.') || '(line)'}: ${issue.message}` });
        return;
      }
      const clause = clauseFor(parsed.data.cite, clauses);
      if (!clause) {
        problems.push({ line, kind: 'cite_not_found', message: `cite matches no clause of the policy: "${parsed.data.cite.slice(0, 80)}"` });
        return;
      }
      examples.push({ question: parsed.data.q, clauseId: clause.id, verdict: parsed.data.verdict });
    });
  return { examples, problems };
}

/** Strict form for start-up: the first problem is an error naming its line. */
export function parseSeedExamples(jsonl: string, doc: PolicyDocument, source: string): SeedExample[] {
  const { examples, problems } = readSeedExamples(jsonl, doc);
  const first = problems[0];
  if (first) throw new Error(`Examples file "${source}" line ${first.line}: ${first.message}${problems.length > 1 ? ` (and ${problems.length - 1} more problem lines)` : ''}`);
  return examples;
}

/** Every clause a quote may name (the header's too), with the text quotes are compared against. */
export function citableClauses(doc: PolicyDocument): Array<{ clause: Clause; text: string }> {
  return [...doc.clauses, ...headerClauses(doc)].map((c) => ({ clause: c, text: comparable(c.text) }));
}

/**
 * The first clause, in document order, that holds the quote (spacing and curly quotes aside). A quote copied from
 * the policy file may start with the bullet marker ("- ", "· "), which the parser leaves out of the clause text.
 */
export function clauseFor(cite: string, clauses: Array<{ clause: Clause; text: string }>): Clause | undefined {
  const wanted = comparable(stripLeadingGlyphs(cite).replace(/^[-*+]\s+/, ''));
  return clauses.find((c) => c.text.includes(wanted))?.clause;
}

export function comparable(text: string): string {
  return collapseSpaces(text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-'));
}
