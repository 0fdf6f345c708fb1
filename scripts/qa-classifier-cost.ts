/**
 * What the clause classifier costs (dev questions only, index alone, in process): index build with the classifier
 * trained (no cache), with its weights from the cache, and without it; answer latency side by side, interleaved so
 * that load on the shared box hits both alike; the model's size. `npx tsx scripts/qa-classifier-cost.ts`
 * `--rss on|off`: resident memory of a process that built the index (weights from the cache) and answered every dev
 * question, with or without the classifier (run each in its own process).
 * `--encoder`: answer latency as the bot runs (the sentence encoder for the questions that need it), with and without.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { createPolicyIndex, type PolicyIndexOptions } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { withContext } from '../src/policy/clause-context';
import { DEFAULT_CLASSIFIER, trainClauseClassifier } from '../src/policy/clause-classifier';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { createClassifierCache } from '../src/language/classifier-cache';
import { loadSentenceEncoder } from '../src/language/sentence-encoder';

const root = join(__dirname, '..');
const devDir = join(root, 'test', 'policy', 'dev');
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const ms = (x: number) => `${x.toFixed(2)} ms`;

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const base: PolicyIndexOptions = { wordVectors: language.wordVectors, clauseVectorCache: language.clauseVectorCache };
  const questions = readdirSync(devDir).flatMap((f) => parseLabelledQuestions(readFileSync(join(devDir, f), 'utf8')).map((x) => x.q));
  const rssMode = process.argv[process.argv.indexOf('--rss') + 1];
  if (process.argv.includes('--rss')) {
    const ix = createPolicyIndex([doc], { ...base, classifierCache: language.classifierCache, ...(rssMode === 'off' ? { without: ['classifier'] as const } : {}) });
    for (const x of questions) ix.answer(x);
    console.log(`classifier ${rssMode}: rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
    return;
  }
  if (process.argv.includes('--encoder')) {
    const on = createPolicyIndex([doc], { ...base, classifierCache: language.classifierCache });
    const off = createPolicyIndex([doc], { ...base, without: ['classifier'] });
    const encoder = await loadSentenceEncoder(defaultCacheDir(root), on.encoderTexts);
    const t = { on: [] as number[], off: [] as number[] };
    for (const x of questions) {
      for (const [name, ix] of [['on', on], ['off', off]] as const) {
        const s = performance.now();
        if (ix.needsSentenceEncoder(x)) ix.answer(x, { sentenceSimilarity: await encoder.similarities(x) });
        else ix.answer(x);
        t[name].push(performance.now() - s);
      }
    }
    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
    for (const name of ['on', 'off'] as const) console.log(`as the bot runs (encoder when needed) ${name === 'on' ? 'with' : 'without'} the classifier over ${t[name].length} answers: p50 ${ms(q(t[name], 0.5))}  p99 ${ms(q(t[name], 0.99))}  max ${ms(Math.max(...t[name]))}`);
    return;
  }
  const median = (f: () => void) => q([0, 1, 2, 3, 4].map(() => ((s) => (f(), performance.now() - s))(performance.now())), 0.5);
  const fresh = () => createClassifierCache(mkdtempSync(join(tmpdir(), 'clf-cost-')), 'cost');
  const warmCache = fresh();
  createPolicyIndex([doc], { ...base, classifierCache: warmCache });
  const build = {
    trained: median(() => createPolicyIndex([doc], { ...base, classifierCache: fresh() })),
    cached: median(() => createPolicyIndex([doc], { ...base, classifierCache: warmCache })),
    without: median(() => createPolicyIndex([doc], { ...base, without: ['classifier'] })),
  };
  const entries = withContext([doc]);
  const examples = (doc.examples ?? []).map((e) => ({ text: e.question, entryIndex: entries.findIndex((x) => x.clause.id === e.clauseId) }));
  const train = median(() => trainClauseClassifier(entries, examples, DEFAULT_CLASSIFIER, language.wordVectors));
  const clf = trainClauseClassifier(entries, examples, DEFAULT_CLASSIFIER, language.wordVectors);
  const dir = mkdtempSync(join(tmpdir(), 'clf-file-'));
  trainClauseClassifier(entries, examples, DEFAULT_CLASSIFIER, language.wordVectors, createClassifierCache(dir, 'size'));
  const fileBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

  const on = createPolicyIndex([doc], { ...base, classifierCache: warmCache });
  const off = createPolicyIndex([doc], { ...base, without: ['classifier'] });
  for (const x of questions) (on.answer(x), off.answer(x)); // warm-up
  const t = { on: [] as number[], off: [] as number[] };
  for (let round = 0; round < 3; round++) {
    for (const x of questions) {
      for (const [name, ix] of [['on', on], ['off', off]] as const) {
        const s = performance.now();
        ix.answer(x);
        t[name].push(performance.now() - s);
      }
    }
  }
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs; ${examples.length} seed examples, ${entries.length} clauses`);
  console.log(`index build (median of 5): classifier trained ${ms(build.trained)}, weights from the cache ${ms(build.cached)}, without the classifier ${ms(build.without)}; training alone ${ms(train)}`);
  console.log(`model: ${clf.weights} weights (${((clf.weights * 4) / 1e6).toFixed(1)} MB as float32); cache file ${(fileBytes / 1e6).toFixed(1)} MB`);
  for (const name of ['on', 'off'] as const) console.log(`answer latency ${name === 'on' ? 'with' : 'without'} the classifier over ${t[name].length} answers: p50 ${ms(q(t[name], 0.5))}  p99 ${ms(q(t[name], 0.99))}  max ${ms(Math.max(...t[name]))}`);
})();
