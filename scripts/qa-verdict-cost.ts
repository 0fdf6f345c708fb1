/**
 * What the learnt verdict costs (DEV questions only, never the sealed set): index build (verdict model trained, and
 * read from the weights cache) and answer time with and without it, interleaved in one run so machine load hits both.
 * `npx tsx scripts/qa-verdict-cost.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { createPolicyIndex, type PolicyIndexOptions } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import type { SoftmaxWeights } from '../src/policy/sparse-softmax';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources, shippedIndexOptions } from '../src/language/load-language-resources';

const root = join(__dirname, '..');
const dev = ['blind-dev', 'blind-dev3', 'blind-dev4', 'blind-dev8', 'team-eval', 'team-dev'].flatMap((n) => parseLabelledQuestions(readFileSync(join(root, 'test', 'policy', 'dev', `${n}-questions.jsonl`), 'utf8')).map((q) => q.q));

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const full: PolicyIndexOptions = shippedIndexOptions(language);
  createPolicyIndex([doc], full); // warm the clause classifier's and clause vectors' caches
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
  const build = (options: PolicyIndexOptions) => {
    const t = performance.now();
    createPolicyIndex([doc], options);
    return performance.now() - t;
  };
  const memory = new Map<string, SoftmaxWeights>();
  // The clause classifier's weights from the disk cache (as the bot starts); the verdict model's only from memory, so
  // "trained" really trains it and "from cache" reads it back.
  const isVerdict = (k: string) => k.includes('"kind":"verdict"');
  const both = { ...full, classifierCache: { load: (k: string) => (isVerdict(k) ? memory.get(k) : language.classifierCache?.load(k)), save: (k: string, w: SoftmaxWeights) => void memory.set(k, w) } };
  const off: number[] = [];
  const trained: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < 5; i++) {
    off.push(build({ ...full, verdictModel: false }));
    memory.clear();
    trained.push(build(both));
    cached.push(build(both));
  }
  console.log(`load ${loadavg()[0].toFixed(1)}; index build (median of 5): rules only ${median(off).toFixed(0)} ms | verdict model trained ${median(trained).toFixed(0)} ms | read from cache ${median(cached).toFixed(0)} ms`);
  const withModel = createPolicyIndex([doc], both);
  const rules = createPolicyIndex([doc], { ...full, verdictModel: false });
  for (const q of dev) (withModel.answer(q), rules.answer(q));
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of dev) {
      let t = performance.now();
      withModel.answer(q);
      a.push(performance.now() - t);
      t = performance.now();
      rules.answer(q);
      b.push(performance.now() - t);
    }
  }
  console.log(`answer (lexical, ${dev.length} dev questions x 5): with learnt verdicts p50 ${pct(a, 0.5).toFixed(2)} / p99 ${pct(a, 0.99).toFixed(2)} ms | rules only p50 ${pct(b, 0.5).toFixed(2)} / p99 ${pct(b, 0.99).toFixed(2)} ms | p50 ratio ${(pct(a, 0.5) / pct(b, 0.5)).toFixed(3)}`);
})();
