import type { Clause, PolicyDocument } from './types';

/**
 * The words around a clause that a reader uses to understand it: the section title, and
 * for a bullet the sentence that introduces its list (for a sentence, the one before it,
 * which is how "This must be undertaken by the Web Communications Team" finds its "this").
 */
export interface ClauseWithContext {
  clause: Clause;
  document: PolicyDocument;
  leadIn?: string;
  context: string;
}

export function withContext(documents: PolicyDocument[]): ClauseWithContext[] {
  const out: ClauseWithContext[] = [];
  for (const document of documents) {
    for (const section of document.sections) {
      let lastSentence: string | undefined;
      for (const clause of section.clauses) {
        const leadIn = lastSentence;
        out.push({ clause, document, leadIn, context: `${section.title} ${leadIn ?? ''}`.trim() });
        if (clause.kind === 'sentence') lastSentence = clause.text;
      }
    }
  }
  return out;
}
