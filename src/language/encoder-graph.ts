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
const KEPT_ROWS = `${SCOPE}ClipToMaxLength/Reshape`; // Reshape(Where(position < LIMIT)): the kept rows, int32 [m]
const CLIP_WHERE = `${SCOPE}ClipToMaxLength/Where`;
const MASK_COORDS = `${SCOPE}Encode/TransformerStack/Layer_1/TransformerLayer/FFN/StoreMask/ToInt32`; // Cast(Where(ids > PADDING)): int32 [k, 2]
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
interface GraphNode {
  op: string;
  inputs: GraphNode[];
  name: string;
}
interface Graph {
  execute(inputs: Record<string, Tensor>, outputs?: string[]): Tensor | Tensor[];
  executor?: { graph?: { nodes?: Record<string, GraphNode>; outputs?: GraphNode[] }; weightMap?: Record<string, Tensor[] | undefined> };
}

export function singleTextEmbedder(model: EmbeddingsModel, tf: TensorMaker): SingleTextEmbedder | undefined {
  const graph = model.model as unknown as Graph;
  const nodes = graph.executor?.graph?.nodes;
  const output = graph.executor?.graph?.outputs?.length === 1 ? graph.executor.graph.outputs[0].name : undefined;
  const [limit, padding] = [LIMIT, PADDING].map((n) => graph.executor?.weightMap?.[n]?.[0]?.dataSync()[0]);
  // Another model version: nothing assumed, `embed` answers.
  if (!nodes || !output || ![KEPT_ROWS, CLIP_WHERE, MASK_COORDS, MASK_POSITIONS].every((n) => n in nodes) || typeof limit !== 'number' || !(limit > 0) || typeof padding !== 'number') return undefined;
  const frontier = lengthOnlyFrontier(nodes, output, ['indices', KEPT_ROWS, MASK_COORDS, MASK_POSITIONS]);
  // Per token count, the tensors of the nodes that depend on the count alone (see lengthOnlyFrontier); at most `limit`.
  const byLength = new Map<number, Record<string, Tensor>>();
  const run = (feeds: Record<string, Tensor>, outputs: string[]) => {
    const out = graph.execute(feeds, outputs);
    return Array.isArray(out) ? out : [out];
  };
  return (text) => {
    const ids = model.tokenizer.encode(text);
    const n = ids.length;
    if (n === 0) return undefined;
    const kept = Math.min(n, limit);
    const values = tf.tensor1d(Int32Array.from(ids), 'int32');
    const cached = byLength.get(n);
    let outs: Tensor[] = [];
    const feeds: Record<string, Tensor> = {};
    try {
      if (cached) {
        outs = run({ values, ...cached }, [output]);
        return Float32Array.from(outs[0].dataSync());
      }
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
      const indices = new Int32Array(2 * n); // [sentence 0, position i]
      for (let i = 0; i < n; i++) indices[2 * i + 1] = i;
      Object.assign(feeds, {
        indices: tf.tensor2d(indices, [n, 2], 'int32'),
        [KEPT_ROWS]: tf.tensor1d(rows, 'int32'),
        [MASK_COORDS]: tf.tensor2d(coords, [masked, 2], 'int32'),
        [MASK_POSITIONS]: tf.tensor1d(positions, 'int32'),
      });
      // Every position holds a token (ids are never below the padding value), so the mask too is the count's alone.
      const keep = frontier && masked === kept && n <= limit ? frontier.filter((name) => !(name in feeds)) : [];
      outs = run({ values, ...feeds }, [output, ...keep]);
      const vector = Float32Array.from(outs[0].dataSync());
      if (frontier && keep.length) byLength.set(n, Object.fromEntries(frontier.map((name) => [name, feeds[name] ?? outs[1 + keep.indexOf(name)]])));
      return vector;
    } finally {
      const cachedNow = new Set(Object.values(byLength.get(n) ?? {}));
      for (const t of [values, ...Object.values(feeds), ...outs]) if (!cachedNow.has(t)) t.dispose();
    }
  };
}

/**
 * The nodes whose values depend on the token count alone, that a node depending on the tokens themselves reads: for a
 * given count they are the same every time, so they are computed once per count and fed in after (110 of the graph's
 * ~250 nodes are never run again: shapes, the timing signal, the attention mask). A node depends on the tokens if one
 * of its inputs does, starting from the `values` placeholder; a `Shape` reads only its input's shape, and the mask
 * (`Greater` than the padding value) is all true, so neither does. Undefined (no caching) if the graph holds a node
 * this does not know to have a single output.
 */
function lengthOnlyFrontier(nodes: Record<string, GraphNode>, output: string, fed: string[]): string[] | undefined {
  const content = new Map<string, boolean>();
  const mask = `${SCOPE}Encode/Greater`;
  const dependsOnTokens = (node: GraphNode): boolean => {
    if (node.name === 'values') return true;
    if (fed.includes(node.name) || node.op === 'Shape' || node.name === mask || node.op === 'Const') return false;
    let known = content.get(node.name);
    if (known === undefined) content.set(node.name, (known = node.inputs.some(dependsOnTokens)));
    return known;
  };
  const frontier = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: GraphNode) => {
    if (seen.has(node.name) || fed.includes(node.name)) return;
    seen.add(node.name);
    if (!dependsOnTokens(node)) return;
    for (const input of node.inputs) {
      if (input.op !== 'Const' && input.name !== 'values' && !dependsOnTokens(input)) frontier.add(input.name);
      visit(input);
    }
  };
  visit(nodes[output]);
  return [...frontier].every((name) => SINGLE_OUTPUT.has(nodes[name]?.op)) ? [...frontier] : undefined;
}

const SINGLE_OUTPUT = new Set(['Cast', 'ConcatV2', 'ExpandDims', 'GatherV2', 'Maximum', 'Pack', 'Reshape', 'Shape', 'StridedSlice']);
