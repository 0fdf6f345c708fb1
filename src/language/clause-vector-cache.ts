import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClauseVectorCache } from '../policy/dense-similarity';

/**
 * Adapter: clause vectors on disk, one file per document version, named by a SHA-256 of the
 * clause texts and the vector table's id. An edited policy gets a new file; a damaged or
 * unreadable file is ignored (the vectors are recomputed), so the cache can never give wrong
 * answers, only save time.
 */
export function createClauseVectorCache(cacheDir: string, tableId: string): ClauseVectorCache {
  const fileFor = (texts: string[]) => join(cacheDir, `clause-vectors-${createHash('sha256').update(tableId).update('\u0000').update(texts.join('\u0000')).digest('hex').slice(0, 32)}.bin`);
  return {
    load(texts) {
      try {
        const buf = readFileSync(fileFor(texts));
        const count = buf.readUInt32LE(0);
        const dims = buf.readUInt32LE(4);
        if (count !== texts.length || buf.length !== 8 + count * dims * 4) return undefined;
        const all = new Float32Array(buf.buffer.slice(buf.byteOffset + 8, buf.byteOffset + buf.length));
        return Array.from({ length: count }, (_, i) => all.subarray(i * dims, (i + 1) * dims));
      } catch {
        return undefined;
      }
    },
    save(texts, vectors) {
      try {
        const dims = vectors[0]?.length ?? 0;
        const buf = Buffer.alloc(8 + vectors.length * dims * 4);
        buf.writeUInt32LE(vectors.length, 0);
        buf.writeUInt32LE(dims, 4);
        vectors.forEach((v, i) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(buf, 8 + i * dims * 4));
        mkdirSync(cacheDir, { recursive: true, mode: 0o700 }); // may create DATA_DIR, which must stay private
        const file = fileFor(texts);
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, buf);
        renameSync(tmp, file);
      } catch {
        // Read-only or full disk: the vectors are recomputed next start; nothing else depends on the file.
      }
    },
  };
}
