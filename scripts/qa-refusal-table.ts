/**
 * Dev-set aid: qa-shipped-figures.ts over every policy dev set in one run (one index, one encoder), with counts:
 * top clause, verdict, not_covered caught / uncovered, covered refused / covered, and the totals.
 *   npx tsx scripts/qa-refusal-table.ts [files...]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex, type Answer, type PolicyIndex } from '../src/policy';
import { modalityOf } from '../src/policy/clause-modality';
import { evaluateAnswers, isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const pct = (x: number) => (100 * x).toFixed(1);

async function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : policyDevSetFiles(root);
  if (files.some((f) => f.includes('sealed'))) throw new Error('dev sets only');
  const { doc, base } = await loadBundledPolicy(root);
  // QA_OPTS: extra index options as JSON, for trying a setting without editing the engine.
  const index = createPolicyIndex([doc], { ...base, ...(process.env.QA_OPTS ? JSON.parse(process.env.QA_OPTS) : {}) });
  const encoder = await encoderFor(root, index);
  let ncOk = 0, nc = 0, refused = 0, cov = 0;
  for (const file of files) {
    const questions = parseLabelledQuestions(readFileSync(file, 'utf8'));
    const answers = new Map<string, Answer>();
    for (const { q } of questions) answers.set(q, await askWithEncoder(index, encoder, q));
    const answered = { answer: (q: string) => answers.get(q)! } as unknown as PolicyIndex;
    const r = evaluateAnswers(answered, questions, (t) => modalityOf(t).includes('prohibit'));
    const ncQ = questions.filter((q) => !isCovered(q));
    const caught = ncQ.filter((q) => answers.get(q.q)!.verdict === 'not_covered').length;
    const covN = questions.length - ncQ.length;
    ncOk += caught; nc += ncQ.length; refused += r.falseNotCovered; cov += covN;
    console.log(`${file.split('/').pop()!.replace('-questions.jsonl', '').padEnd(14)} top ${pct(r.citeAccuracy)} verdict ${pct(r.verdictAccuracy)} nc ${caught}/${ncQ.length} (${pct(r.notCoveredRecall)}) refused ${r.falseNotCovered}/${covN} (${pct(r.falseNotCoveredRate)}) aop ${r.allowedOnProhibiting}`);
  }
  console.log(`TOTAL nc ${ncOk}/${nc} covered refused ${refused}/${cov}`);
}
void main().then(() => process.exit(0));
