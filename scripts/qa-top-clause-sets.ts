/**
 * Every dev set answered as the bot answers (index + sentence encoder where consulted), under one or more variants of
 * the index options, in one process (the encoder and language resources load once). DEV sets only.
 *   npx tsx scripts/qa-top-clause-sets.ts [--variants=shipped,blend=0.4,...] [--misses] [--refusal=oos.leanRefuseAt=0.85+...]
 * `--refusal=` (or REFUSAL=): refusal-threshold overrides for every variant (scripts/lib/refusal-overrides.ts).
 * Prints per set: top clause right (of covered), verdict right, not_covered caught, covered refused, allowed on a
 * prohibiting clause; then the sums. `--misses` lists covered questions whose top clause is wrong (shipped only).
 * OUT OF FOLD: the dev questions are training data (policies/social-media-policy.dev-examples.jsonl), so each set is
 * answered by an index that left its half of the dev sets out (scripts/lib/dev-folds.ts); `nodev` = no dev examples.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PolicyIndex, PolicyIndexOptions } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { devSetName, outOfFoldIndexes } from './lib/dev-folds';
import { refusalOverridesFromArgs } from './lib/refusal-overrides';
import { addSetFigures, answerAndScore, emptySums } from './lib/set-figures';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const variantArg = args.find((a) => a.startsWith('--variants='))?.slice(11) ?? 'shipped';

function variantOptions(v: string): Partial<PolicyIndexOptions> {
  if (v === 'shipped') return {};
  if (v === 'nodev') return { sourcedExamples: false };
  const [k, val] = v.split('=');
  const n = Number(val);
  if (k === 'blend' || k === 'product' || k === 'rrf') return { clauseClassifier: { fusion: { mode: k, weight: n } } };
  if (k === 'exw') return { exampleWeight: n };
  throw new Error(`unknown variant ${v}`);
}

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  const files = policyDevSetFiles(root);
  console.log('Dev figures OUT OF FOLD: each set answered by an index that did not learn its questions (two folds, scripts/lib/dev-folds.ts).');
  for (const v of variantArg.split(',')) {
    const { indexes, forFile } = outOfFoldIndexes(doc, { ...base, ...refusalOverridesFromArgs(args), ...variantOptions(v) }, files);
    const encoders = new Map<PolicyIndex, Awaited<ReturnType<typeof encoderFor>>>();
    for (const ix of indexes) encoders.set(ix, await encoderFor(root, ix));
    const sum = emptySums();
    const rows: string[] = [];
    for (const f of files) {
      const questions = parseLabelledQuestions(readFileSync(f, 'utf8'));
      const index = forFile(f);
      const { report: r } = await answerAndScore(index, encoders.get(index), questions);
      rows.push(addSetFigures(sum, v, devSetName(f), r));
      if (args.includes('--misses'))
        for (const m of r.misses.filter((m) => !m.citeOk))
          console.log(`MISS ${basename(f).slice(0, 14)}\t${m.question.q}\t-> ${m.answer.verdict} [${m.answer.citations[0]?.clauseId ?? '-'}] ${m.answer.citations[0]?.text.slice(0, 50) ?? ''}\t|| want ${m.question.accept.map((a) => `${a.verdict}:${a.cite?.slice(0, 50)}`).join(' / ')}`);
    }
    console.log(rows.join('\n'));
    console.log(`${v}\tSUM\ttop ${sum.top}/${sum.cov}\tverdict ${sum.verdict}/${sum.n}\tnc ${sum.nc}/${sum.ncn}\trefused ${sum.refused}\tallowedBad ${sum.bad}\n`);
  }
}

void main().then(() => process.exit(0));
