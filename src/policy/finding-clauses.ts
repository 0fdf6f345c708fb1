import { z } from 'zod';
import { PolicyFormatError } from './policy-format-error';
import type { Citation, Clause } from './types';

/** Where a finding was posted: the text of a channel post, a status, or an uploaded file. */
export type FindingContext = 'channel_post' | 'status' | 'file';

const ruleSchema = z.object({
  context: z.enum(['channel_post', 'status', 'file']),
  findings: z.array(z.string().min(1)).min(1),
  clauses: z.array(z.string().min(1)).min(1),
  why: z.string().optional(),
});

export const findingClausesSchema = z.object({ $comment: z.string().optional(), rules: z.array(ruleSchema).min(1) }).strict();

export type FindingClauses = z.infer<typeof findingClausesSchema>;

export interface FindingClauseMap {
  /** The clauses for a finding type in a context; empty when no rule matches. */
  clausesFor(findingType: string, context: FindingContext): Citation[];
}

/**
 * Which clause a finding offends is policy knowledge, so it ships as data beside the policy
 * (`<policy>.clauses.json`) and the engine stays generic. Every clause id must exist in the
 * policy: a typo stops the bot at start, naming the file, instead of quietly citing nothing.
 */
export function createFindingClauseMap(raw: unknown, file: string, clauseById: (id: string) => Clause | undefined, cite: (clause: Clause) => Citation): FindingClauseMap {
  const parsed = findingClausesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PolicyFormatError(file, `${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  const rules = parsed.data.rules.map((rule, i) => ({
    ...rule,
    citations: rule.clauses.map((id) => {
      const clause = clauseById(id);
      if (!clause) throw new PolicyFormatError(file, `rules.${i}: clause "${id}" is not in the policy`);
      return cite(clause);
    }),
  }));
  return {
    clausesFor(findingType, context) {
      const rule = rules.find((r) => r.context === context && (r.findings.includes(findingType) || r.findings.includes('*')));
      return rule ? rule.citations : [];
    },
  };
}
