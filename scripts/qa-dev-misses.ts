/**
 * Dev-set tuning aid: prints figures and every miss on the DEV sets only (never the sealed
 * set). `npx tsx scripts/qa-dev-misses.ts [--no-vectors] [--no-vocab] [file...]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import type { Resource } from '../src/policy/policy-index-options';
import { evaluateAnswers, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { loadWordVectorTable } from '../src/language/word-vector-table';
import { modalityOf } from '../src/policy/clause-modality';
import { defaultCacheDir } from '../src/language/cache-dir';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const sets = files.length ? files : ['test/policy/dev/team-eval-questions.jsonl', 'test/policy/dev/team-dev-questions.jsonl', 'test/policy/dev/blind-dev-questions.jsonl'];
if (sets.some((f) => f.includes('sealed'))) throw new Error('this script is for dev sets only');

(async () => {
  const wordVectors = args.includes('--no-vectors') ? undefined : await loadWordVectorTable({ cacheDir: defaultCacheDir(root) });
  const index = createPolicyIndex([loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'))], { wordVectors, without: args.filter((a) => a.startsWith('--without=')).map((a) => a.slice(10) as Resource) });
  const prohibiting = (t: string) => modalityOf(t).some((m) => m === 'prohibit');
  for (const f of sets) {
    const r = evaluateAnswers(index, parseLabelledQuestions(readFileSync(join(root, f), 'utf8')), prohibiting);
    if (!args.includes('--quiet')) for (const m of r.misses) console.log(`${m.citeOk ? ' ' : 'C'}${m.verdictOk ? ' ' : 'V'} ${m.question.q}  ->  ${m.answer.verdict} ${m.answer.confidence} [${m.answer.citations[0]?.clauseId ?? '-'}] ${m.answer.citations[0]?.text.slice(0, 60) ?? ''} || want ${m.question.accept.map((a) => `${a.verdict}:${a.cite?.slice(0, 40)}`).join(' / ')}`);
    console.log(`${f}: n=${r.total} cite ${r.citeAccuracy.toFixed(3)} verdict ${r.verdictAccuracy.toFixed(3)} ncRecall ${r.notCoveredRecall.toFixed(3)} falseNc ${r.falseNotCovered} (${(100 * r.falseNotCoveredRate).toFixed(1)}%) allowedOnProhibiting ${r.allowedOnProhibiting}\n`);
  }
})();
