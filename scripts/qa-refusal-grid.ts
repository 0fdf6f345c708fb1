/**
 * The refusal thresholds (DEFAULT_OUT_OF_SCOPE, DEFAULT_NEAREST_EXAMPLE) swept HELD OUT on the dev sets, as shipped
 * otherwise (sourced examples as DEFAULT_SOURCED_EXAMPLE_USE). Out of fold like qa-dev-examples-folds.ts: two folds
 * (alternate files, the same as scripts/lib/dev-folds.ts) or `--loso`. The thresholds apply after training, so each
 * fold's classifier is trained once and read from the classifier cache for every other setting.
 *   npx tsx scripts/qa-refusal-grid.ts --settings='shipped;oos.leanRefuseAt=0.85;...' [--loso | --loso=set,set] [--why] [--refused]
 * Settings as scripts/lib/refusal-overrides.ts reads them, separated by `;`. Prints per set and setting: top clause,
 * verdict, not_covered caught, covered refused, allowed on a prohibiting clause; then each setting's sums.
 * `--why`: for the first setting, each not-covered question still answered, grouped by what the engine did.
 * `--refused`: for every setting, each covered question refused (to see which a setting adds).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPolicyIndex, type PolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { DEFAULT_OUT_OF_SCOPE } from '../src/policy/out-of-scope-judge';
import { loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { devFolds } from './lib/dev-folds';
import { encoderVectorStore, storedEncoder } from './lib/encoder-vector-store';
import { refusalOverrides } from './lib/refusal-overrides';
import { addSetFigures, answerAndScore, emptySums } from './lib/set-figures';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const settings = (args.find((a) => a.startsWith('--settings='))?.slice(11) ?? 'shipped').split(';').filter(Boolean);
const name = (f: string) => basename(f).replace('-questions.jsonl', '');


/** What the engine did with an uncovered question it answered (the judgement's own parts; create-policy-index.ts). */
function mechanism(index: PolicyIndex, q: string): string {
  const s = index.abstentionSignals!(q);
  const p = s.pNone ?? NaN;
  if (s.abstain) return 'judge refused, sentence-encoder fallback answered';
  if (s.lexicalAbstain) return p < DEFAULT_OUT_OF_SCOPE.answerBelow ? 'lexical refusal overruled: p(none) < answerBelow' : 'lexical refusal overruled: classifier agrees / one outside word, p(none) < hedgeAt';
  const band = p >= 0.9 ? '>=0.9' : p >= 0.8 ? '0.8-0.9' : p >= 0.65 ? '0.65-0.8' : p >= 0.5 ? '0.5-0.65' : p >= 0.2 ? '0.2-0.5' : '<0.2';
  return `lexical answer${s.lexicallySure ? ' (sure)' : ' (unsure)'}, p(none) ${band}`;
}

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  if (!doc.sourcedExamples?.length) throw new Error('no dev examples file: run scripts/build-dev-examples.ts');
  const files = policyDevSetFiles(root);
  // `--loso=set,set`: only those sets' leave-one-out folds (each fold trains a classifier: minutes on a loaded machine).
  const only = args.find((a) => a.startsWith('--loso='))?.slice(7).split(',');
  const folds = only ? only.map((s) => [s]) : args.includes('--loso') ? files.map((f) => [name(f)]) : devFolds(files);
  for (const [set] of only ? folds : []) if (!files.some((f) => name(f) === set)) throw new Error(`no dev set ${set}`);
  const sets = new Map(files.map((f) => [name(f), parseLabelledQuestions(readFileSync(f, 'utf8'))]));
  const seedsOnly = createPolicyIndex([doc], { ...base, sourcedExamples: false });
  const store = await encoderVectorStore([...seedsOnly.encoderTexts, ...[...sets.values()].flat().map((q) => q.q)]);
  const sums = new Map(settings.map((s) => [s, emptySums()]));
  const why = new Map<string, string[]>();
  const refused: string[] = [];
  const t0 = Date.now();
  for (const held of folds) {
    for (const setting of settings) {
      const index = createPolicyIndex([doc], { ...base, ...refusalOverrides(setting), sourcedExamples: { leaveOut: held } });
      const encoder = storedEncoder(store, index.encoderTexts);
      const sum = sums.get(setting)!;
      for (const set of held) {
        const questions = sets.get(set)!;
        const { answers, report } = await answerAndScore(index, encoder, questions);
        console.log(addSetFigures(sum, setting, set, report));
        // `--refused`: the covered questions each setting refuses, to compare settings question by question.
        if (args.includes('--refused'))
          for (const item of questions)
            if (item.accept.some((a) => a.verdict !== 'not_covered') && answers.get(item.q)!.verdict === 'not_covered') refused.push(`${setting}\t${set}\t${item.q}`);
        if (args.includes('--why') && setting === settings[0])
          for (const item of questions)
            if (item.accept.every((a) => a.verdict === 'not_covered') && answers.get(item.q)!.verdict !== 'not_covered') {
              const m = mechanism(index, item.q);
              why.set(m, [...(why.get(m) ?? []), `${set}\t${item.q}`]);
            }
      }
    }
    console.error(`fold done ${((Date.now() - t0) / 1000).toFixed(0)}s`);
  }
  const pct = (a: number, b: number) => ((100 * a) / b).toFixed(2);
  console.log('\nsetting\ttop\tverdict\tnc recall\tcovered refused\tallowedBad');
  for (const [setting, s] of sums)
    console.log(`${setting}\t${s.top}/${s.cov} ${pct(s.top, s.cov)}%\t${s.verdict}/${s.n} ${pct(s.verdict, s.n)}%\t${s.nc}/${s.ncn} ${pct(s.nc, s.ncn)}%\t${s.refused} ${pct(s.refused, s.cov)}%\t${s.bad}`);
  for (const line of refused) console.log(`REFUSED\t${line}`);
  for (const [m, qs] of [...why].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\nWHY ${qs.length}\t${m}`);
    for (const q of qs) console.log(`  ${q}`);
  }
}

void main().then(() => process.exit(0));
