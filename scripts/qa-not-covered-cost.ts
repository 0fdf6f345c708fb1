/**
 * What the not-covered examples (the classifier's "none of the clauses" class) cost, side by side with the classifier
 * without them (dev questions only, index alone, in process): index build with the classifier trained (no cache) and
 * with its weights from the cache, the model's size, and answer latency interleaved so load hits both alike.
 * `npx tsx scripts/qa-not-covered-cost.ts`
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

const root = join(__dirname, '..');
const devDir = join(root, 'test', 'policy', 'dev');
const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const median = (f: () => void) => q([0, 1, 2].map(() => ((s) => (f(), performance.now() - s))(performance.now())), 0.5);

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const base: PolicyIndexOptions = { wordVectors: language.wordVectors, clauseVectorCache: language.clauseVectorCache };
  const questions = readdirSync(devDir).flatMap((f) => parseLabelledQuestions(readFileSync(join(devDir, f), 'utf8')).map((x) => x.q));
  const fresh = () => createClassifierCache(mkdtempSync(join(tmpdir(), 'nc-cost-')), 'cost');
  const warm = fresh();
  const variants = { with: { ...base, classifierCache: warm }, without: { ...base, classifierCache: warm, outOfScope: false as const } };
  const built = { with: createPolicyIndex([doc], variants.with), without: createPolicyIndex([doc], variants.without) };
  for (const name of ['with', 'without'] as const) {
    const trained = median(() => createPolicyIndex([doc], { ...variants[name], classifierCache: fresh() }));
    const cached = median(() => createPolicyIndex([doc], variants[name]));
    console.log(`${name} not-covered examples: index build ${trained.toFixed(0)} ms trained, ${cached.toFixed(0)} ms from the cache`);
  }
  const entries = withContext([doc]);
  const examples = (doc.examples ?? []).map((e) => ({ text: e.question, entryIndex: entries.findIndex((x) => x.clause.id === e.clauseId) }));
  const withNone = trainClauseClassifier(entries, examples, DEFAULT_CLASSIFIER, language.wordVectors, undefined, doc.outOfScope);
  const plain = trainClauseClassifier(entries, examples, DEFAULT_CLASSIFIER, language.wordVectors);
  console.log(`weights: ${(withNone.weights / 1e6).toFixed(2)} M with, ${(plain.weights / 1e6).toFixed(2)} M without`);
  for (const x of questions) (built.with.answer(x), built.without.answer(x));
  const t = { with: [] as number[], without: [] as number[] };
  for (let round = 0; round < 3; round++) {
    for (const x of questions) {
      for (const name of ['with', 'without'] as const) {
        const s = performance.now();
        built[name].answer(x);
        t[name].push(performance.now() - s);
      }
    }
  }
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
  for (const name of ['with', 'without'] as const) console.log(`answer ${name} over ${t[name].length}: p50 ${q(t[name], 0.5).toFixed(2)} ms  p99 ${q(t[name], 0.99).toFixed(2)} ms`);
})();
