import type { EmbeddingsModel } from '@energetic-ai/embeddings';

/**
 * Adapter: one text through the Universal Sentence Encoder lite's graph in one synchronous pass (twentieth session,
 * issue 11: answer latency). `EmbeddingsModel.embed` runs the graph with `executeAsync`, because two of its nodes are
 * `Where` ops, whose output size depends on the data; the executor then awaits every one of its ~250 nodes in turn.
 * Both `Where`s only list positions the caller already knows: which token positions are kept (the graph reads at most
 * its first 128 tokens) and which of those hold a token (the mask: ids above the dense matrix's padding value, -1, so
 * every kept position of a single text). This feeds those lists to the graph in their place (the nodes right after
 * the `Where`s), so `execute` runs the same kernels on the same numbers without awaiting, and the vector is the same
 * to the bit: checked at load on the warm-up texts (sentence-encoder.ts, `sameAsEmbed`), in
 * test/language/encoder-graph.test.ts, and over every dev question (`npx tsx scripts/qa-encoder-graph-check.ts`).
 *
 * Returns undefined where it does not apply (no token); the caller then uses `embed`.
 */
export type SingleTextEmbedder = (text: string) => Float32Array | undefined;

/** Where the graph's two dynamic ops sit, and the token limit its ClipToMaxLength block applies (a constant in the graph). */
const SCOPE = 'module_apply_default/Encoder_en/KonaTransformer/';
const KEPT_ROWS = `${SCOPE}ClipToMaxLength/Reshape`; // Reshape(Where(position < MAX_TOKENS)): the kept rows, int32 [m]
const MASK_WHERE = `${SCOPE}ClipToMaxLength/Where`;
const MASK_COORDS = `${SCOPE}Encode/TransformerStack/Layer_1/TransformerLayer/FFN/StoreMask/ToInt32`; // Cast(Where(ids > 0)): int32 [k, 2]
const MASK_POSITIONS = `${SCOPE}Encode/TransformerStack/Layer_0/AddTimingSignal/strided_slice_2`; // its column 1: int32 [k]
const LIMIT = `${SCOPE}ClipToMaxLength/Less/y`;
const PADDING = `${SCOPE}Encode/SparseToDense/default_value`; // the mask is Greater(dense ids, PADDING)

/** The few tfjs calls used (the package's own typings point at @tensorflow/tfjs-core, which is bundled, not installed). */
interface Tensor {
  dataSync(): ArrayLike<number>;
  dispose(): void;
}
export interface TensorMaker {
  tensor1d(values: Int32Array, dtype: 'int32'): Tensor;
  tensor2d(values: Int32Array, shape: [number, number], dtype: 'int32'): Tensor;
}
interface Graph {
  execute(inputs: Record<string, Tensor>): Tensor | Tensor[];
  executor?: { graph?: { nodes?: Record<string, unknown> }; weightMap?: Record<string, Tensor[] | undefined> };
}

export function singleTextEmbedder(model: EmbeddingsModel, tf: TensorMaker): SingleTextEmbedder | undefined {
  const graph = model.model as unknown as Graph;
  const nodes = graph.executor?.graph?.nodes;
  const [limit, padding] = [LIMIT, PADDING].map((n) => graph.executor?.weightMap?.[n]?.[0]?.dataSync()[0]);
  // Another model version: nothing assumed, `embed` answers.
  if (!nodes || ![KEPT_ROWS, MASK_WHERE, MASK_COORDS, MASK_POSITIONS].every((n) => n in nodes) || typeof limit !== 'number' || !(limit > 0) || typeof padding !== 'number') return undefined;
  return (text) => {
    const ids = model.tokenizer.encode(text);
    const n = ids.length;
    if (n === 0) return undefined;
    const kept = Math.min(n, limit);
    const indices = new Int32Array(2 * n); // [sentence 0, position i]
    for (let i = 0; i < n; i++) indices[2 * i + 1] = i;
    const rows = new Int32Array(kept);
    let masked = 0;
    for (let i = 0; i < kept; i++) {
      rows[i] = i;
      if (ids[i] > padding) masked++;
    }
    const coords = new Int32Array(2 * masked);
    const positions = new Int32Array(masked);
    for (let i = 0, j = 0; i < kept; i++)
      if (ids[i] > padding) {
        coords[2 * j + 1] = i;
        positions[j++] = i;
      }
    const feeds = {
      indices: tf.tensor2d(indices, [n, 2], 'int32'),
      values: tf.tensor1d(Int32Array.from(ids), 'int32'),
      [KEPT_ROWS]: tf.tensor1d(rows, 'int32'),
      [MASK_COORDS]: tf.tensor2d(coords, [masked, 2], 'int32'),
      [MASK_POSITIONS]: tf.tensor1d(positions, 'int32'),
    };
    let out: Tensor | Tensor[] | undefined;
    try {
      out = graph.execute(feeds);
      const single = Array.isArray(out) ? out[0] : out;
      return Float32Array.from(single.dataSync() as Float32Array);
    } finally {
      for (const t of Object.values(feeds)) t.dispose();
      for (const t of Array.isArray(out) ? out : out ? [out] : []) t.dispose();
    }
  };
}
