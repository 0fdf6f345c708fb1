import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Adapter: a list of equal-length Float32 vectors in one file (count, dimensions, then the floats,
 * little-endian), shared by the clause word-vector cache and the sentence-encoder cache. A damaged,
 * unreadable or mismatched file reads as undefined, so callers recompute: a cache can only save
 * time, never give a wrong answer.
 */
/** `expectedCount` undefined: any count (a file whose length is not count x dimensions still reads as undefined). */
export function readVectorFile(file: string, expectedCount: number | undefined): Float32Array[] | undefined {
  try {
    const buf = readFileSync(file);
    const count = buf.readUInt32LE(0);
    const dims = buf.readUInt32LE(4);
    if ((expectedCount !== undefined && count !== expectedCount) || buf.length !== 8 + count * dims * 4) return undefined;
    const all = new Float32Array(buf.buffer.slice(buf.byteOffset + 8, buf.byteOffset + buf.length));
    return Array.from({ length: count }, (_, i) => all.subarray(i * dims, (i + 1) * dims));
  } catch {
    return undefined;
  }
}

/** Writes atomically (temp file, then rename). A read-only or full disk is ignored: the vectors are recomputed next start. */
export function writeVectorFile(file: string, vectors: Float32Array[]): void {
  try {
    const dims = vectors[0]?.length ?? 0;
    const buf = Buffer.alloc(8 + vectors.length * dims * 4);
    buf.writeUInt32LE(vectors.length, 0);
    buf.writeUInt32LE(dims, 4);
    vectors.forEach((v, i) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(buf, 8 + i * dims * 4));
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 }); // may create DATA_DIR, which must stay private
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, buf);
    renameSync(tmp, file);
  } catch {
    // Nothing else depends on the file.
  }
}
