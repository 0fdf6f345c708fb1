import type { PolicyDocument, PolicyIndexOptions } from '../policy';
import { createClauseVectorCache } from './clause-vector-cache';
import { createClassifierCache } from './classifier-cache';
import { loadWordVectorTable } from './word-vector-table';
import { loadWordRelations } from './wordnet-relations';
import { caseWordsFromDetection } from './case-words';

/**
 * The general language resources the policy engine uses, loaded from npm packages on this
 * machine (nothing is downloaded) with derived data cached under `cacheDir`. WordNet relations
 * point at the documents' words, so they need the documents (none given: no WordNet).
 */
export async function loadLanguageResources(
  cacheDir: string,
  docs: PolicyDocument[] = [],
): Promise<Pick<PolicyIndexOptions, 'wordVectors' | 'clauseVectorCache' | 'classifierCache' | 'wordRelations' | 'caseWords'> & { fromCache: boolean }> {
  const wordVectors = await loadWordVectorTable({ cacheDir });
  const texts = docs.flatMap((d) => [...d.clauses.map((c) => c.text), ...d.sections.map((s) => s.title)]);
  const relations = texts.length ? loadWordRelations(cacheDir, texts) : undefined;
  return {
    wordVectors,
    clauseVectorCache: createClauseVectorCache(cacheDir, `wink-sg-100d:${wordVectors.size}`),
    classifierCache: createClassifierCache(cacheDir, `wink-sg-100d:${wordVectors.size}`),
    caseWords: caseWordsFromDetection(),
    ...(relations ? { wordRelations: relations.related } : {}),
    fromCache: wordVectors.fromCache && (relations?.fromCache ?? true),
  };
}
