/**
 * Port for general word vectors (pretrained, nobody here tuned them). The domain only asks for
 * a word's unit vector; where the table comes from (an npm package, a disk cache) is an
 * adapter's business (src/language/).
 */
export interface WordVectors {
  readonly dimensions: number;
  /** Unit-length vector for a lower-case word, or undefined when the table does not know it. */
  vector(word: string): Float32Array | undefined;
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}

/** Mean of the given unit vectors, re-normalised; undefined when none is known. */
export function meanVector(vectors: (Float32Array | undefined)[], weights?: number[]): Float32Array | undefined {
  let out: Float32Array | undefined;
  vectors.forEach((v, i) => {
    if (!v) return;
    out ??= new Float32Array(v.length);
    const w = weights?.[i] ?? 1;
    for (let k = 0; k < v.length; k++) out[k] += w * v[k];
  });
  if (!out) return undefined;
  let norm = 0;
  for (let k = 0; k < out.length; k++) norm += out[k] * out[k];
  norm = Math.sqrt(norm);
  if (!norm) return undefined;
  for (let k = 0; k < out.length; k++) out[k] /= norm;
  return out;
}
