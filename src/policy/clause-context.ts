import type { Clause, PolicyDocument } from './types';
import type { SearchDoc } from './clause-search';

/**
 * The words around a clause that a reader uses to understand it: the section title, and
 * for a bullet the sentence that introduces its list (for a sentence, the one before it,
 * which is how "This must be undertaken by the Web Communications Team" finds its "this").
 */
export interface ClauseWithContext {
  clause: Clause;
  document: PolicyDocument;
  leadIn?: string;
}

export function withContext(documents: PolicyDocument[]): ClauseWithContext[] {
  const out: ClauseWithContext[] = [];
  for (const document of documents) {
    for (const section of document.sections) {
      let lastSentence: string | undefined;
      for (const clause of section.clauses) {
        const leadIn = lastSentence;
        out.push({ clause, document, leadIn });
        if (clause.kind === 'sentence') lastSentence = clause.text;
      }
    }
  }
  return out;
}

/**
 * A bullet is read with its list's lead-in; a sentence that opens with "This"/"These"/"It"
 * is read with the sentence before it (its antecedent). Other sentences stand alone, so a
 * neighbour's words cannot pull them up the ranking.
 */
export function searchDocFor(e: ClauseWithContext): SearchDoc {
  const doc: SearchDoc = { text: e.clause.text, title: e.clause.sectionTitle };
  if (e.clause.kind === 'bullet') return { ...doc, context: e.leadIn };
  if (ANAPHORIC.test(e.clause.text)) return { ...doc, context: e.leadIn, contextWeight: 0.5 };
  return doc;
}

// A bare pronoun straight before its verb ("This must be undertaken..."); "These pages ..." names its subject.
const ANAPHORIC = /^(this|these|that|those|it|they)\s+(must|should|will|would|is|are|can|may|has|have|was|were)\b/i;

