/**
 * Start-up cost of the dev examples file, paired in one window: the bot's start-up (bench/lib/qa-startup.ts, a fresh
 * process each: cold = empty cache dir, then warm x3) and the sentence encoder's load (cold = vectors computed, warm =
 * from the cache), with the index as shipped and with `sourcedExamples: false`, plus answer latency as the bot answers
 * (index + encoder when wanted) over every dev question, out of fold (scripts/lib/dev-folds.ts).
 *   npx tsx scripts/qa-startup-paired.ts
 * The start-up rows move the file aside for the "without" process (restored at once; do not run two of these at once).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex, type PolicyIndex } from '../src/policy';
import { defaultCacheDir } from '../src/language/cache-dir';
import { outOfFoldIndexes } from './lib/dev-folds';
import { devExamplesPathFor } from '../src/app/load-policy-file';
import { loadSentenceEncoder, type SentenceEncoder } from '../src/language/sentence-encoder';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const file = devExamplesPathFor(join(root, 'policies', 'social-media-policy.txt'));
const q = (v: number[], p: number) => [...v].sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(p * v.length))];

function startups(): { cold: number; warm: number; rss: number } {
  const dir = mkdtempSync(join(tmpdir(), 'ex17-startup-'));
  const run = () => JSON.parse(execFileSync(process.execPath, [...process.execArgv, join(root, 'bench', 'lib', 'qa-startup.ts'), dir], { encoding: 'utf8' })) as { ms: number; rss: number };
  const cold = run();
  const warm = [run(), run(), run()];
  rmSync(dir, { recursive: true, force: true });
  return { cold: cold.ms, warm: q(warm.map((w) => w.ms), 0.5), rss: q(warm.map((w) => w.rss), 0.5) };
}

async function main() {
  const withFile = startups();
  renameSync(file, `${file}.aside`);
  let without;
  try {
    without = startups();
  } finally {
    renameSync(`${file}.aside`, file);
  }
  console.log(`start-up with dev examples: cold ${withFile.cold.toFixed(0)} ms, warm median ${withFile.warm.toFixed(0)} ms, RSS ${(withFile.rss / 1e6).toFixed(0)} MB`);
  console.log(`start-up without:           cold ${without.cold.toFixed(0)} ms, warm median ${without.warm.toFixed(0)} ms, RSS ${(without.rss / 1e6).toFixed(0)} MB`);
  const { doc, base } = await loadBundledPolicy(root);
  const files = policyDevSetFiles(root);
  for (const [name, opts] of [['with dev examples', {}], ['without', { sourcedExamples: false as const }]] as const) {
    const index = createPolicyIndex([doc], { ...base, ...opts });
    // Latency is read out of fold too: an index that learnt a question asks the encoder for it less often (p(none) is low).
    const folds = outOfFoldIndexes(doc, { ...base, ...opts }, files);
    const encoders = new Map<PolicyIndex, SentenceEncoder>();
    for (const ix of folds.indexes) encoders.set(ix, await loadSentenceEncoder(defaultCacheDir(root), ix.encoderTexts));
    const asked = files.flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((x) => ({ q: x.q, ix: folds.forFile(f) })));
    const dir = mkdtempSync(join(tmpdir(), 'ex17-encoder-'));
    let t = performance.now();
    await loadSentenceEncoder(dir, index.encoderTexts);
    const cold = performance.now() - t;
    t = performance.now();
    await loadSentenceEncoder(dir, index.encoderTexts);
    const warm = performance.now() - t;
    rmSync(dir, { recursive: true, force: true });
    const times: number[] = [];
    for (let round = 0; round < 2; round++)
      for (const x of asked) {
        const s = performance.now();
        await askWithEncoder(x.ix, encoders.get(x.ix), x.q);
        times.push(performance.now() - s);
      }
    const wanted = asked.filter((x) => x.ix.prepareAnswer(x.q).needsSentenceEncoder).length / asked.length;
    console.log(`${name}: ${index.encoderTexts.length} encoder texts; encoder load cold ${(cold / 1000).toFixed(1)} s, warm ${(warm / 1000).toFixed(1)} s; as the bot answers p50 ${q(times, 0.5).toFixed(2)} ms p99 ${q(times, 0.99).toFixed(2)} ms (encoder for ${(100 * wanted).toFixed(1)}% of dev questions)`);
  }
}

void main().then(() => process.exit(0));
