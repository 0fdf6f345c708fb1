/**
 * DEV sets only, OUT OF FOLD (scripts/lib/dev-folds.ts): the per-set figures of scripts/qa-top-clause-sets.ts (same
 * answers, same scoring), and every question whose TOP CLAUSE IS RIGHT but whose VERDICT IS WRONG, as JSON lines in
 * the file named by --out: expected and given verdict, the quoted sentence's modality, the question's intent, and which
 * part decided the verdict:
 *   rules    the rules' verdict (derive-verdict.ts: intent x modality, refraining, "only" scope, purpose condition)
 *   model    the learnt verdict overruled the rules (learned-verdict.ts gatedVerdict, verdict-model.ts)
 *   example  a matched example's verdict or the case-material warning (example-evidence.ts, case-material.ts):
 *            the answer differs from what the clause alone gives (answerFromClause)
 *   npx tsx scripts/qa-verdict19-misses.ts --out=/tmp/misses.jsonl
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, PolicyIndex } from '../src/policy';
import { modalityOf } from '../src/policy/clause-modality';
import { questionIntent } from '../src/policy/question-intent';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { devSetName, outOfFoldIndexes } from './lib/dev-folds';
import { addSetFigures, answerAndScore, emptySums } from './lib/set-figures';

const root = join(__dirname, '..');
const out = process.argv.find((a) => a.startsWith('--out='))?.slice(6);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const quoteOf = (a: Answer | undefined) => /says: "(.*)"$/s.exec(a?.answer ?? '')?.[1] ?? '';

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  const files = policyDevSetFiles(root);
  const shipped = outOfFoldIndexes(doc, base, files);
  const rules = outOfFoldIndexes(doc, { ...base, verdictModel: false }, files);
  const encoders = new Map<PolicyIndex, Awaited<ReturnType<typeof encoderFor>>>();
  for (const ix of shipped.indexes) encoders.set(ix, await encoderFor(root, ix));
  const sum = emptySums();
  const lines: string[] = [];
  for (const f of files) {
    const questions = parseLabelledQuestions(readFileSync(f, 'utf8'));
    const index = shipped.forFile(f);
    const { report: r } = await answerAndScore(index, encoders.get(index), questions);
    console.log(addSetFigures(sum, 'shipped', devSetName(f), r));
    for (const m of r.misses) {
      const cited = m.answer.citations[0];
      if (!m.citeOk || m.verdictOk || !cited || m.answer.verdict === 'not_covered') continue;
      if (!m.question.accept.some((a) => a.cite !== null)) continue;
      const top = norm(cited.text);
      const want = [...new Set(m.question.accept.filter((a) => a.cite !== null && top.includes(a.cite)).map((a) => a.verdict))];
      const fromClause = index.answerFromClause(m.question.q, cited.clauseId);
      const byRules = rules.forFile(f).answerFromClause(m.question.q, cited.clauseId);
      const source = m.answer.verdict !== fromClause?.verdict ? 'example' : fromClause?.verdict !== byRules?.verdict ? 'model' : 'rules';
      const intent = questionIntent(m.question.q);
      const quote = quoteOf(m.answer) || quoteOf(fromClause);
      lines.push(JSON.stringify({ set: devSetName(f), q: m.question.q, want, got: m.answer.verdict, rules: byRules?.verdict, source, id: cited.clauseId, intent: intent.intent + (intent.whOnly ? '(wh)' : ''), mod: modalityOf(quote).join('+'), clauseMod: modalityOf(cited.text).join('+'), quote }));
    }
  }
  console.log(`shipped\tSUM\ttop ${sum.top}/${sum.cov}\tverdict ${sum.verdict}/${sum.n}\tnc ${sum.nc}/${sum.ncn}\trefused ${sum.refused}\tallowedBad ${sum.bad}`);
  if (out) writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} right-clause wrong-verdict rows${out ? ` in ${out}` : ''}`);
}

void main().then(() => process.exit(0));
