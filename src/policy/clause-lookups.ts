import type { Citation, Clause, PolicyDocument, PolicySection, PolicyTopic } from './types';
import type { Vocabulary } from './vocabulary';
import type { SearchHit } from './clause-search';
import { headerClauses, type ClauseWithContext } from './clause-context';
import { modalityOf } from './clause-modality';

/** Clauses and sections by id; with several documents, also by "documentId:id" (the first document wins a bare id). */
export function createClauseLookups(docs: PolicyDocument[]): { clause(id: string): Clause | undefined; section(id: string): PolicySection | undefined } {
  const sectionById = new Map<string, PolicySection>();
  const clauseById = new Map<string, Clause>();
  for (const d of docs) {
    for (const s of d.sections) {
      if (!sectionById.has(s.id)) sectionById.set(s.id, s);
      sectionById.set(`${d.id}:${s.id}`, s);
    }
    for (const c of [...d.clauses, ...headerClauses(d)]) {
      if (!clauseById.has(c.id)) clauseById.set(c.id, c);
      clauseById.set(`${d.id}:${c.id}`, c);
    }
  }
  return { clause: (id) => clauseById.get(id), section: (id) => sectionById.get(id) };
}

/**
 * Fixed queries from the vocabulary file: other features (detection) cite the clause a topic names.
 * Searched once per topic and cached; a topic this index does not know cites nothing.
 */
export function createTopicCitations(
  vocabulary: Vocabulary | undefined,
  search: (query: string) => SearchHit[],
  entry: (index: number) => ClauseWithContext,
  cite: (e: ClauseWithContext) => Citation,
): (topic: PolicyTopic) => Citation | undefined {
  const topicCache = new Map<PolicyTopic, Citation | undefined>();
  return (topic) => {
    // Topics arrive as strings from stored findings.
    if (!vocabulary || !Object.hasOwn(vocabulary.topics, topic)) return undefined;
    if (!topicCache.has(topic)) {
      const spec = vocabulary.topics[topic];
      const hit = spec && search(spec.query).find((h) => h.coverage >= 0.4 && (!spec.modality || modalityOf(entry(h.index).clause.text).includes(spec.modality)));
      topicCache.set(topic, hit ? cite(entry(hit.index)) : undefined);
    }
    return topicCache.get(topic);
  };
}
