import { z } from 'zod';

/**
 * Policy-specific knowledge that ships beside a policy document as `<name>.vocab.json`:
 * jargon and abbreviations a reader of that policy's subject would know, never phrases lifted
 * from test questions. The engine holds no such lists; a document without a vocabulary file is
 * answered from its own words plus the general language resources.
 *
 * - `terms`: phrases -> the policy's own wording (`means`, alternatives separated by '|').
 *   `onlyWith` limits an ambiguous phrase to questions that also use one of those words.
 * - `subject`: words that mark a question as being about the policy's subject at all.
 * - `outsideSubject`: neighbouring subjects the policy does not deal with (evidence for
 *   `not_covered` only when nothing in the question is about the subject).
 * - `weak`: words in nearly every question about this subject (matched at reduced weight).
 * - `topics`: fixed queries other features use to find a clause (detection cites them).
 */
const phrase = z.string().trim().min(1).max(80);

export const vocabularySchema = z
  .object({
    description: z.string().optional(),
    terms: z.array(z.object({ phrases: z.array(phrase).min(1), means: z.string().trim().min(1).max(200), onlyWith: z.array(phrase).optional() }).strict()).default([]),
    subject: z.array(phrase).default([]),
    outsideSubject: z.array(phrase).default([]),
    weak: z.array(phrase).default([]),
    topics: z
      .record(
        z.enum(['personal_information', 'file_upload', 'status_encouraged', 'status_personal_information', 'operational_use', 'external_groups', 'leavers']),
        // No modality: any clause the query finds (a statement of fact, such as how leavers are locked out).
        z.object({ query: z.string().min(1), modality: z.enum(['permit', 'prohibit', 'restrict', 'condition', 'oblige']).optional() }).strict(),
      )
      .default({}),
  })
  .strict();

export type Vocabulary = z.infer<typeof vocabularySchema>;
export type VocabularyTerm = Vocabulary['terms'][number];
export type TopicQuery = NonNullable<Vocabulary['topics'][keyof Vocabulary['topics']]>;

export const EMPTY_VOCABULARY: Vocabulary = Object.freeze({ terms: [], subject: [], outsideSubject: [], weak: [], topics: {} });

/** Parses vocabulary JSON; throws a readable message naming the first problem. */
export function parseVocabulary(json: string, source: string): Vocabulary {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error(`Vocabulary file "${source}" is not valid JSON`);
  }
  const parsed = vocabularySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Vocabulary file "${source}" is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Every vocabulary phrase, for the leak test and for typo correction. */
export function vocabularyPhrases(v: Vocabulary): string[] {
  return [...v.terms.flatMap((t) => t.phrases), ...v.subject, ...v.outsideSubject];
}
