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
    for (const clause of headerClauses(document)) out.push({ clause, document });
  }
  return out;
}

/** Section id of the header lines (owner, expiry, contact) that questions about the policy itself are answered from. */
export const HEADER_SECTION = 'header';

/**
 * The administrative lines the parser lifts out of the clauses (read-metadata.ts) answer
 * questions about the policy itself: who owns it, whether it is still valid, whom to ask.
 * They are searched and cited like clauses, after the document's own (so clause ids do not move),
 * each titled by what it tells a reader.
 */
export function headerClauses(document: PolicyDocument): Clause[] {
  const m = document.metadata;
  const lines: [string, string, string | undefined][] = [
    ['owner', 'Policy owner', m.ownerLine],
    ['expiry', 'Policy validity: expired or current', m.expiryWarning],
    ['contact', 'Policy contact for enquiries', m.contact],
  ];
  return lines.flatMap(([key, title, text]) => (text ? [{ id: `${HEADER_SECTION}.${key}`, sectionId: HEADER_SECTION, sectionTitle: title, kind: 'sentence' as const, text, documentId: document.id }] : []));
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
/**
 * The words whose modality a clause with no modal words of its own inherits: a bullet's lead-in ("These pages
 * can be used to:"), or for "This must ..." its antecedent. Any other sentence stands on its own words
 * ("Former employees are locked once ..." does not borrow a "can" from the sentence before it).
 */
export function modalityContext(e: ClauseWithContext): string | undefined {
  return e.clause.kind === 'bullet' || ANAPHORIC.test(e.clause.text) ? e.leadIn : undefined;
}

const ANAPHORIC = /^(this|these|that|those|it|they)\s+(must|should|will|would|is|are|can|may|has|have|was|were)\b/i;

/** What a sentence encoder reads for a clause: a bullet with the sentence that introduces its list. */
export function encoderText(e: ClauseWithContext): string {
  return e.clause.kind === 'bullet' && e.leadIn ? `${e.clause.text} ${e.leadIn}` : e.clause.text;
}
