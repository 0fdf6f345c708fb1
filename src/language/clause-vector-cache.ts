import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ClauseVectorCache } from '../policy/dense-similarity';
import { readVectorFile, writeVectorFile } from './vector-file';

/**
 * Adapter: clause vectors on disk, one file per document version, named by a SHA-256 of the
 * clause texts and the vector table's id. An edited policy gets a new file; a damaged or
 * unreadable file is ignored (the vectors are recomputed), so the cache can never give wrong
 * answers, only save time.
 */
export function createClauseVectorCache(cacheDir: string, tableId: string): ClauseVectorCache {
  const fileFor = (texts: string[]) => join(cacheDir, `clause-vectors-${createHash('sha256').update(tableId).update('\u0000').update(texts.join('\u0000')).digest('hex').slice(0, 32)}.bin`);
  return {
    load: (texts) => readVectorFile(fileFor(texts), texts.length),
    save: (texts, vectors) => writeVectorFile(fileFor(texts), vectors),
  };
}
