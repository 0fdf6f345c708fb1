import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ClauseVectorCache } from '../policy/dense-similarity';
import { readVectorFile, writeVectorFile } from './vector-file';

/**
 * Adapter: clause vectors on disk, one file per index version, named by a SHA-256 of the keys
 * the policy engine gives (each clause's kept words and weights, dense-similarity.ts) and the
 * vector table's id. An edited policy, vocabulary or examples file gets a new file; a damaged or
 * unreadable file is ignored (the vectors are recomputed), so the cache can never give wrong
 * answers, only save time.
 */
export function createClauseVectorCache(cacheDir: string, tableId: string): ClauseVectorCache {
  const fileFor = (keys: string[]) => join(cacheDir, `clause-vectors-${createHash('sha256').update(tableId).update('\u0000').update(keys.join('\u0000')).digest('hex').slice(0, 32)}.bin`);
  return {
    load: (keys) => readVectorFile(fileFor(keys), keys.length),
    save: (keys, vectors) => writeVectorFile(fileFor(keys), vectors),
  };
}
