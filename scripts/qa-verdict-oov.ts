/**
 * Held-out-voice estimate for the learnt verdict (seed examples only; no dev or sealed question is read): for each
 * voice of policies/social-media-policy.examples.jsonl, build the index from the other voices' examples (clause
 * classifier and verdict model trained on them), then ask it each held-out example against the example's own clause
 * (answerFromClause) and compare the verdict with the example's label. Mean over voices; rules alone beside it.
 * Isolates the verdict from clause choice. This is how the verdict model's hyperparameters are chosen.
 * `npx tsx scripts/qa-verdict-oov.ts [--grid] [--learnt-only]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { createPolicyIndex, type PolicyIndexOptions } from '../src/policy';
import type { SoftmaxWeights } from '../src/policy/sparse-softmax';
import { modalityOf } from '../src/policy/clause-modality';
import { DEFAULT_VERDICT_MODEL, type VerdictModelOptions } from '../src/policy/verdict-model';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { voiceFolds } from './qa-classifier-oov';

const root = join(__dirname, '..');

async function main() {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const jsonl = readFileSync(join(root, 'policies', 'social-media-policy.examples.jsonl'), 'utf8');
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const folds = voiceFolds(doc, jsonl);
  // In memory only: classifier weights per fold are reused across the variants.
  const memory = new Map<string, SoftmaxWeights>();
  const classifierCache = { load: (k: string) => memory.get(k), save: (k: string, w: SoftmaxWeights) => void memory.set(k, w) };
  const base: PolicyIndexOptions = { ...language, without: ['wordnet'], classifierCache };
  const evaluate = (name: string, verdictModel: false | VerdictModelOptions) => {
    const started = performance.now();
    let acc = 0;
    let bad = 0;
    const per: string[] = [];
    for (const f of folds) {
      const ix = createPolicyIndex([f.doc], { ...base, verdictModel });
      let ok = 0;
      for (const t of f.test) {
        const a = ix.answerFromClause(t.text, t.clauseId);
        if (a?.verdict === t.verdict) ok++;
        if (a?.verdict === 'allowed' && t.verdict !== 'allowed' && modalityOf(a.citations[0]?.text ?? '').includes('prohibit')) bad++;
      }
      acc += ok / f.test.length;
      per.push(`${f.voice.slice(0, 6)} ${((100 * ok) / f.test.length).toFixed(0)}`);
    }
    const s = (performance.now() - started) / 1000;
    console.log(`${name.padEnd(36)} verdict ${((100 * acc) / folds.length).toFixed(1)}  allowed-on-prohibiting ${bad}  [${per.join(', ')}]  ${s.toFixed(0)} s`);
  };
  const d = DEFAULT_VERDICT_MODEL;
  // `--learnt-only`: a change to the gates alone leaves the rules' row as it was, and each row takes minutes.
  if (!process.argv.includes('--learnt-only')) evaluate('rules only', false);
  evaluate('default', d);
  if (process.argv.includes('--scope')) {
    evaluate('scope info-allowed', { ...d, scope: 'info-allowed' });
    return;
  }
  if (process.argv.includes('--grid2')) {
    // Around the best of the first grid (epochs 10, lr 1; the first grid's default was lr 0.5, minProbability 0.5).
    const lr1 = { ...d, softmax: { ...d.softmax, lr: 1 } };
    for (const minProbability of [0, 0.4, 0.6]) evaluate(`lr 1 minProbability ${minProbability}`, { ...lr1, minProbability });
    evaluate('lr 2', { ...d, softmax: { ...d.softmax, lr: 2 } });
    evaluate('epochs 20 lr 1', { ...lr1, softmax: { ...lr1.softmax, epochs: 20 } });
    evaluate('lr 1 rule 2', { ...lr1, rule: 2 });
    evaluate('lr 1 l2 1e-3', { ...lr1, softmax: { ...lr1.softmax, l2: 1e-3 } });
    return;
  }
  if (!process.argv.includes('--grid')) return;
  for (const minProbability of [0, 0.4, 0.6, 0.7, 0.8]) evaluate(`minProbability ${minProbability}`, { ...d, minProbability });
  evaluate('no rule features', { ...d, rule: 0 });
  evaluate('no clause features', { ...d, clause: 0 });
  evaluate('no word features', { ...d, words: 0 });
  evaluate('rule 2', { ...d, rule: 2 });
  evaluate('words 0.5', { ...d, words: 0.5 });
  for (const [epochs, lr] of [[10, 1], [20, 0.5], [10, 0.2], [5, 0.5]]) evaluate(`epochs ${epochs} lr ${lr}`, { ...d, softmax: { ...d.softmax, epochs, lr } });
  for (const l2 of [1e-3, 1e-2]) evaluate(`l2 ${l2}`, { ...d, softmax: { ...d.softmax, l2 } });
}

void main();
