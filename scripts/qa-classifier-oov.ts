/**
 * Out-of-voice estimate for the clause classifier (seed examples only; no dev or sealed question is read):
 * for each voice of policies/social-media-policy.examples.jsonl, train on the other voices' examples (and the clause
 * texts), test on the held-out voice's examples; report the mean over voices of top-1 and top-3 clause accuracy.
 * This is how the classifier's hyperparameters are chosen. The fused figures (the engine with the classifier,
 * same folds, examples of the held-out voice removed from the index too) are in scripts/qa-classifier-fused-oov.ts.
 * `npx tsx scripts/qa-classifier-oov.ts [--grid]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { withContext } from '../src/policy/clause-context';
import { readSeedExamples } from '../src/policy/seed-examples';
import { DEFAULT_CLASSIFIER, trainClauseClassifier, type ClauseClassifierOptions } from '../src/policy/clause-classifier';
import type { PolicyDocument } from '../src/policy';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';

const root = join(__dirname, '..');

export interface VoiceFold {
  voice: string;
  train: { text: string; entryIndex: number }[];
  test: { text: string; entryIndex: number; verdict: string; clauseId: string }[];
  /** The document with only the training voices' examples (for the fused estimate). */
  doc: PolicyDocument;
}

/** Leave-one-voice-out folds over the seed examples of the bundled policy. */
export function voiceFolds(doc: PolicyDocument, jsonl: string): VoiceFold[] {
  const lines = jsonl.split('\n').filter((l) => l.trim());
  const voices = [...new Set(lines.map((l) => JSON.parse(l).voice as string))].sort();
  const entries = withContext([doc]);
  const indexOf = new Map(entries.map((e, i) => [e.clause.id, i]));
  const read = (subset: string[]) => readSeedExamples(subset.join('\n'), doc).examples.map((ex) => ({ text: ex.question, entryIndex: indexOf.get(ex.clauseId)!, verdict: ex.verdict, clauseId: ex.clauseId, question: ex.question }));
  return voices.map((voice) => {
    const trainLines = lines.filter((l) => JSON.parse(l).voice !== voice);
    const train = read(trainLines);
    return { voice, train, test: read(lines.filter((l) => JSON.parse(l).voice === voice)), doc: { ...doc, examples: train.map((t) => ({ question: t.question, clauseId: t.clauseId, verdict: t.verdict as never })) } };
  });
}

async function main() {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const jsonl = readFileSync(join(root, 'policies', 'social-media-policy.examples.jsonl'), 'utf8');
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const entries = withContext([doc]);
  const folds = voiceFolds(doc, jsonl);
  const evaluate = (name: string, options: ClauseClassifierOptions) => {
    const started = performance.now();
    let top1 = 0;
    let top3 = 0;
    const per: string[] = [];
    for (const f of folds) {
      const clf = trainClauseClassifier(entries, f.train, options, language.wordVectors);
      let a1 = 0;
      let a3 = 0;
      for (const t of f.test) {
        const p = clf.probabilities(t.text);
        const rank = [...p.keys()].sort((a, b) => p[b] - p[a]);
        if (rank[0] === t.entryIndex) a1++;
        if (rank.slice(0, 3).includes(t.entryIndex)) a3++;
      }
      top1 += a1 / f.test.length;
      top3 += a3 / f.test.length;
      per.push(`${f.voice} ${((100 * a1) / f.test.length).toFixed(0)}`);
    }
    const ms = (performance.now() - started) / folds.length;
    console.log(`${name.padEnd(50)} top1 ${((100 * top1) / folds.length).toFixed(1)}  top3 ${((100 * top3) / folds.length).toFixed(1)}  [${per.join(', ')}]  train ${ms.toFixed(0)} ms`);
  };
  const d = DEFAULT_CLASSIFIER;
  const f = (over: Partial<ClauseClassifierOptions['features']>) => ({ ...d, features: { ...d.features, ...over } });
  const s = (over: Partial<ClauseClassifierOptions['softmax']>) => ({ ...d, softmax: { ...d.softmax, ...over } });
  evaluate('default', d);
  if (process.argv.includes('--speed')) {
    // Around the chosen model: more epochs, no dense features, fewer character grams, no bigrams.
    evaluate('epochs 20 lr 0.5', s({ epochs: 20, lr: 0.5 }));
    evaluate('epochs 5 lr 2', s({ epochs: 5, lr: 2 }));
    evaluate('no dense', f({ dense: 0 }));
    evaluate('dense 2', f({ dense: 2 }));
    evaluate('chars 3-4', f({ charMax: 4 }));
    evaluate('no bigrams', f({ bigram: 0 }));
    evaluate('no chars', f({ chars: 0 }));
    evaluate('clause text weight 0', { ...d, clauseTextWeight: 0 });
    return;
  }
  if (!process.argv.includes('--grid')) return;
  evaluate('unigrams only', f({ bigram: 0, chars: 0 }));
  evaluate('unigrams + bigrams', f({ chars: 0 }));
  evaluate('unigrams + chars', f({ bigram: 0 }));
  evaluate('chars only', f({ unigram: 0, bigram: 0 }));
  evaluate('chars 0.5', f({ chars: 0.5 }));
  evaluate('chars 2', f({ chars: 2 }));
  evaluate('chars 3-6', f({ charMax: 6 }));
  evaluate('chars 2-4', f({ charMin: 2, charMax: 4 }));
  evaluate('bigram 1', f({ bigram: 1 }));
  evaluate('dense 0.5', f({ dense: 0.5 }));
  evaluate('dense 1', f({ dense: 1 }));
  evaluate('dense 2', f({ dense: 2 }));
  for (const epochs of [10, 20, 50]) evaluate(`epochs ${epochs}`, s({ epochs }));
  for (const lr of [0.2, 1, 2]) evaluate(`lr ${lr}`, s({ lr }));
  for (const l2 of [0, 1e-3, 1e-2]) evaluate(`l2 ${l2}`, s({ l2 }));
  for (const w of [0, 0.5, 2, 4]) evaluate(`clause text weight ${w}`, { ...d, clauseTextWeight: w });
}

if (require.main === module) void main();
