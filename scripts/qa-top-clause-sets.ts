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
import { askWithEncoder } from '../src/app/live-policy-index';
import type { Answer, PolicyIndex, PolicyIndexOptions } from '../src/policy';
import { modalityOf } from '../src/policy/clause-modality';
import { evaluateAnswers, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { outOfFoldIndexes } from './lib/dev-folds';
import { refusalOverridesFromArgs } from './lib/refusal-overrides';

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
    const sum = { top: 0, cov: 0, verdict: 0, n: 0, nc: 0, ncn: 0, refused: 0, bad: 0 };
    const rows: string[] = [];
    for (const f of files) {
      const questions = parseLabelledQuestions(readFileSync(f, 'utf8'));
      const answers = new Map<string, Answer>();
      const index = forFile(f);
      for (const { q } of questions) answers.set(q, await askWithEncoder(index, encoders.get(index), q));
      const r = evaluateAnswers({ answer: (q: string) => answers.get(q)! } as unknown as PolicyIndex, questions, (t) => modalityOf(t).includes('prohibit'));
      const top = Math.round(r.citeAccuracy * r.covered), verdict = Math.round(r.verdictAccuracy * r.total), nc = Math.round(r.notCoveredRecall * r.notCovered);
      sum.top += top; sum.cov += r.covered; sum.verdict += verdict; sum.n += r.total; sum.nc += nc; sum.ncn += r.notCovered; sum.refused += r.falseNotCovered; sum.bad += r.allowedOnProhibiting;
      rows.push(`${v}\t${basename(f).replace('-questions.jsonl', '')}\ttop ${top}/${r.covered}\tverdict ${verdict}/${r.total}\tnc ${nc}/${r.notCovered}\trefused ${r.falseNotCovered}\tallowedBad ${r.allowedOnProhibiting}`);
      if (args.includes('--misses'))
        for (const m of r.misses.filter((m) => !m.citeOk))
          console.log(`MISS ${basename(f).slice(0, 14)}\t${m.question.q}\t-> ${m.answer.verdict} [${m.answer.citations[0]?.clauseId ?? '-'}] ${m.answer.citations[0]?.text.slice(0, 50) ?? ''}\t|| want ${m.question.accept.map((a) => `${a.verdict}:${a.cite?.slice(0, 50)}`).join(' / ')}`);
    }
    console.log(rows.join('\n'));
    console.log(`${v}\tSUM\ttop ${sum.top}/${sum.cov}\tverdict ${sum.verdict}/${sum.n}\tnc ${sum.nc}/${sum.ncn}\trefused ${sum.refused}\tallowedBad ${sum.bad}\n`);
  }
}

void main().then(() => process.exit(0));
