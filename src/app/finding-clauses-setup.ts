import { createFindingClauseMap, type FindingClauseMap, type FindingContext, type PolicyIndex } from '../policy';
import { loadFindingClauses } from './load-finding-clauses';
import type { Citation } from '../policy';

/**
 * The clause each finding cites, from the `<policy>.clauses.json` files beside the policy
 * documents. A policy without one falls back to the index's own search for the topic, so
 * another document still works, just with less precise citations.
 */
export function findingClausesFor(policyFiles: readonly string[], policy: PolicyIndex): (findingType: string, context: FindingContext) => Citation[] {
  const maps: FindingClauseMap[] = [];
  for (const policyFile of policyFiles) {
    const loaded = loadFindingClauses(policyFile);
    if (!loaded) continue;
    maps.push(createFindingClauseMap(loaded.raw, loaded.file, (id) => policy.clause(id), (clause) => ({ clauseId: clause.id, section: clause.sectionId, sectionTitle: clause.sectionTitle, text: clause.text })));
  }
  return (findingType, context) => {
    for (const map of maps) {
      const found = map.clausesFor(findingType, context);
      if (found.length) return found;
    }
    const topic = context === 'status' ? 'status_personal_information' : context === 'file' || findingType === 'file_upload' ? 'file_upload' : 'personal_information';
    const fallback = policy.clauseForTopic(topic);
    return fallback ? [fallback] : [];
  };
}

/** The export's "policy clauses" column: each finding's fitting clauses, as "id (section n): text". */
export function exportClauseResolver(clausesFor: (findingType: string, context: FindingContext) => Citation[]) {
  return (topic: string, finding?: { type: string; fileName?: string }): string | undefined => {
    const type = finding?.type ?? topic;
    const clauses = clausesFor(type, finding?.fileName || type === 'file_upload' ? 'file' : 'channel_post');
    return clauses.length ? clauses.map((clause) => `${clause.clauseId} (section ${clause.section}): ${clause.text}`).join(' ') : undefined;
  };
}
