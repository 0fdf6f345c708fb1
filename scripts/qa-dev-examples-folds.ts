/**
 * Do the dev questions, learnt as examples (policies/social-media-policy.dev-examples.jsonl), help on writers the index
 * has not seen? Out-of-fold by FILE: the dev sets are split into two halves (alternate files in policyDevSetFiles
 * order); each half is answered by an index that learnt the other half's questions only (`leaveOut`), and by the
 * seeds-only index, on exactly the same questions. `--loso`: leave one set out instead (20 folds, slow).
 *   npx tsx scripts/qa-dev-examples-folds.ts [--variants=seeds,a,b,c,...] [--loso] [--refusal=oos.leanRefuseAt=0.85+...]
 * `--refusal=` (or REFUSAL=): refusal-threshold overrides for every variant (scripts/lib/refusal-overrides.ts);
 * scripts/qa-refusal-grid.ts sweeps several in one run.
 * Variants: seeds (none used), a (classifier), b (+ none class), c (+ encoder pools), d (+ search), v (+ verdict model);
 * a suffix @w sets the weight (c@0.5). Encoder vectors come from a store computed once (scripts/lib/encoder-vector-store.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPolicyIndex, parseSourcedExamples, type SourcedExampleOptions } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { encoderVectorStore, storedEncoder } from './lib/encoder-vector-store';
import { refusalOverridesFromArgs } from './lib/refusal-overrides';
import { addSetFigures, answerAndScore, emptySums } from './lib/set-figures';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const variants = (args.find((a) => a.startsWith('--variants='))?.slice(11) ?? 'seeds,a,b,c').split(',');

function useOf(v: string): SourcedExampleOptions {
  const [name, w] = v.split('@');
  const weight = w ? Number(w) : 1; // 1 when not given, as shipped (DEFAULT_SOURCED_EXAMPLE_USE)
  const on = (k: string) => 'abcdv'.indexOf(name[0]) >= 'abcdv'.indexOf(k);
  if (name === 'seeds') return false;
  const use = { classifier: on('a'), noneClass: on('b'), encoder: on('c'), search: on('d'), verdictModel: on('v'), weight };
  // Single-part variants: "e" encoder pools only, "n" none class only.
  if (name === 'e') return { classifier: false, noneClass: false, encoder: true, search: false, verdictModel: false, weight };
  if (name === 'n') return { classifier: false, noneClass: true, encoder: false, search: false, verdictModel: false, weight };
  return use;
}

async function main() {
  const loaded = await loadBundledPolicy(root);
  const base = loaded.base;
  // --examples=FILE: another build of the dev examples (e.g. scripts/build-dev-examples.ts --all-cites --out=FILE).
  const other = args.find((a) => a.startsWith('--examples='))?.slice(11);
  const doc = other ? { ...loaded.doc, sourcedExamples: parseSourcedExamples(readFileSync(other, 'utf8'), loaded.doc, other) } : loaded.doc;
  if (!doc.sourcedExamples?.length) throw new Error('no dev examples file: run scripts/build-dev-examples.ts');
  const files = policyDevSetFiles(root);
  const name = (f: string) => basename(f).replace('-questions.jsonl', '');
  const folds: string[][] = args.includes('--loso') ? files.map((f) => [name(f)]) : [files.filter((_, i) => i % 2 === 0).map(name), files.filter((_, i) => i % 2 === 1).map(name)];
  const sets = new Map(files.map((f) => [name(f), parseLabelledQuestions(readFileSync(f, 'utf8'))]));
  // Every variant's encoder texts are the seeds-only index's plus dev questions, which are all asked anyway.
  const seedsOnly = createPolicyIndex([doc], { ...base, ...refusalOverridesFromArgs(args), sourcedExamples: false });
  const store = await encoderVectorStore([...seedsOnly.encoderTexts, ...[...sets.values()].flat().map((q) => q.q)]);
  for (const v of variants) {
    const sum = emptySums();
    const t0 = Date.now();
    for (const held of folds) {
      const index = createPolicyIndex([doc], { ...base, ...refusalOverridesFromArgs(args), sourcedExamples: useOf(v) === false ? false : { ...(useOf(v) as object), leaveOut: held } });
      const encoder = storedEncoder(store, index.encoderTexts);
      for (const set of held) {
        const { report } = await answerAndScore(index, encoder, sets.get(set)!);
        console.log(addSetFigures(sum, v, set, report));
      }
    }
    const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
    console.log(`${v}\tSUM (held out)\ttop ${sum.top}/${sum.cov} ${pct(sum.top, sum.cov)}%\tverdict ${sum.verdict}/${sum.n} ${pct(sum.verdict, sum.n)}%\tnc ${sum.nc}/${sum.ncn} ${pct(sum.nc, sum.ncn)}%\trefused ${sum.refused}\tallowedBad ${sum.bad}\t${((Date.now() - t0) / 1000).toFixed(0)}s\n`);
  }
}

void main().then(() => process.exit(0));
