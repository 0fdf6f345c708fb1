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
export type LanguageResources = Pick<PolicyIndexOptions, 'wordVectors' | 'clauseVectorCache' | 'classifierCache' | 'wordRelations' | 'caseWords'> & { fromCache: boolean };

/** The index options the bot passes to createPolicyIndex, in one place so the CLI, the app and the dev tools agree. */
export type ShippedIndexOptions = Pick<PolicyIndexOptions, 'wordVectors' | 'clauseVectorCache' | 'classifierCache' | 'caseWords'>;

/**
 * The options the bot answers with. WordNet relations are loaded for the tools that trace every resource but are
 * not passed: the ablations kept them out of the shipped engine (docs/policy-answers.md).
 */
export function shippedIndexOptions(language: LanguageResources): ShippedIndexOptions {
  return { wordVectors: language.wordVectors, clauseVectorCache: language.clauseVectorCache, classifierCache: language.classifierCache, caseWords: language.caseWords };
}

export async function loadLanguageResources(
  cacheDir: string,
  docs: PolicyDocument[] = [],
): Promise<LanguageResources> {
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
