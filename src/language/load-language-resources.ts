import type { PolicyIndexOptions } from '../policy';
import { createClauseVectorCache } from './clause-vector-cache';
import { loadWordVectorTable } from './word-vector-table';

/**
 * The general language resources the policy engine uses, loaded from npm packages on this
 * machine (nothing is downloaded) with derived data cached under `cacheDir`.
 */
export async function loadLanguageResources(cacheDir: string): Promise<Pick<PolicyIndexOptions, 'wordVectors' | 'clauseVectorCache'> & { fromCache: boolean }> {
  const wordVectors = await loadWordVectorTable({ cacheDir });
  return { wordVectors, clauseVectorCache: createClauseVectorCache(cacheDir, `wink-sg-100d:${wordVectors.size}`), fromCache: wordVectors.fromCache };
}
