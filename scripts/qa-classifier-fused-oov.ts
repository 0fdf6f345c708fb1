/**
 * Out-of-voice estimate of the engine with and without the clause classifier (seed examples only; no dev or sealed
 * question is read): for each voice, the index is built with the other voices' examples only (they feed both the
 * nearest-neighbour matching and the classifier) and asked the held-out voice's questions; top clause and verdict are
 * compared with the example's cite and verdict, and averaged over voices. The sentence encoder is not run (its
 * example vectors would have to be recomputed per fold), so this is the lexical engine with or without the classifier.
 * `npx tsx scripts/qa-classifier-fused-oov.ts [--grid]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { createPolicyIndex, type PolicyIndexOptions } from '../src/policy';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import type { ClassifierFusion } from '../src/policy/classifier-fusion';
import { voiceFolds } from './qa-classifier-oov';
import { DEFAULT_CLASSIFIER } from '../src/policy/clause-classifier';

const root = join(__dirname, '..');

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const folds = voiceFolds(doc, readFileSync(join(root, 'policies', 'social-media-policy.examples.jsonl'), 'utf8'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const base: PolicyIndexOptions = { ...language, without: ['wordnet'] };
  const evaluate = (name: string, options: PolicyIndexOptions) => {
    let top = 0;
    let verdict = 0;
    let nc = 0;
    const per: string[] = [];
    for (const f of folds) {
      const index = createPolicyIndex([f.doc], options);
      let t = 0;
      let v = 0;
      let n = 0;
      for (const q of f.test) {
        const a = index.answer(q.text);
        if (a.citations[0]?.clauseId === q.clauseId) t++;
        if (a.verdict === q.verdict) v++;
        if (a.verdict === 'not_covered') n++;
      }
      top += t / f.test.length;
      verdict += v / f.test.length;
      nc += n / f.test.length;
      per.push(`${f.voice} ${((100 * t) / f.test.length).toFixed(0)}`);
    }
    const p = (x: number) => ((100 * x) / folds.length).toFixed(1);
    console.log(`${name.padEnd(40)} top ${p(top)}  verdict ${p(verdict)}  covered->nc ${p(nc)}  [${per.join(', ')}]`);
  };
  evaluate('without classifier', { ...base, without: ['wordnet', 'classifier'] });
  evaluate('classifier, default fusion', base);
  if (process.argv.includes('--cost')) {
    // Cheaper models (training time): fewer epochs, no dense features, fewer character grams.
    const d = DEFAULT_CLASSIFIER;
    const model = (features: Partial<typeof d.features>, softmax: Partial<typeof d.softmax>) => ({ ...d, features: { ...d.features, ...features }, softmax: { ...d.softmax, ...softmax } });
    evaluate('epochs 5 lr 2', { ...base, clauseClassifier: { model: model({}, { epochs: 5, lr: 2 }) } });
    evaluate('epochs 20 lr 0.5', { ...base, clauseClassifier: { model: model({}, { epochs: 20, lr: 0.5 }) } });
    evaluate('no dense', { ...base, clauseClassifier: { model: model({ dense: 0 }, {}) } });
    evaluate('chars 3-4', { ...base, clauseClassifier: { model: model({ charMax: 4 }, {}) } });
    return;
  }
  if (!process.argv.includes('--grid')) return;
  const grid: [string, ClassifierFusion][] = [];
  for (const weight of [0.3, 0.4, 0.6, 0.7]) grid.push([`blend ${weight}`, { mode: 'blend', weight }]);
  for (const weight of [1, 2, 4]) grid.push([`product ${weight}`, { mode: 'product', weight }]);
  for (const k of [3, 10]) grid.push([`rrf k${k} w1`, { mode: 'rrf', k, weight: 1 }]);
  for (const [name, fusion] of grid) evaluate(name, { ...base, clauseClassifier: { fusion } });
})();
