/**
 * Dev-set diagnosis of verdicts (DEV sets only, never the sealed set): for covered questions whose top clause is
 * right, what verdict the engine gave against the one the label pairs with that clause, as a confusion matrix, with
 * the questions behind each off-diagonal cell (`--list`). Builds the index as shipped, sentence similarities from the
 * /tmp cache that scripts/qa-encoder-experiments.ts writes (run that first).
 * `npx tsx scripts/qa-verdict-confusion.ts [--list] [--cites] [--sets] [extra-dev-set.jsonl ...]` (`--cites`: the covered questions whose
 * top clause is wrong; `--sets`: per set, right verdicts of the questions whose top clause is right, and `allowed` answers
 * citing a prohibiting clause (as evaluate-answers.ts counts them) where no accept entry says allowed)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { readEncoderSims } from './lib/encoder-sims-cache';
import { modalityOf } from '../src/policy/clause-modality';

const root = join(__dirname, '..');
const files = policyDevSetFiles(root, process.argv.slice(2).filter((a) => !a.startsWith('--')));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const index = createPolicyIndex([doc], { ...language, without: ['wordnet'] });
  const sims = readEncoderSims(index.encoderTexts);
  const matrix = new Map<string, string[]>();
  const perSet: string[] = [];
  const prohibiting = (t: string) => modalityOf(t).includes('prohibit');
  for (const f of files) {
    let citeRight = 0;
    let verdictRight = 0;
    let allowedOnProhibiting = 0;
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8')).filter(isCovered)) {
      const s = sims[q.q];
      const a = index.needsSentenceEncoder(q.q) && s ? index.answer(q.q, { sentenceSimilarity: Float32Array.from(s) }) : index.answer(q.q);
      const top = norm(a.citations[0]?.text ?? '');
      const want = q.accept.filter((x) => x.cite !== null && top.includes(x.cite)).map((x) => x.verdict);
      if (!want.length) {
        if (process.argv.includes('--cites')) console.log(`C ${q.q}\n     got ${a.verdict} [${a.citations[0]?.clauseId ?? '-'}] ${top.slice(0, 60)}\n     want ${q.accept.map((x) => x.cite?.slice(0, 50)).join(' / ')}`);
        continue;
      }
      citeRight++;
      if (want.includes(a.verdict)) verdictRight++;
      if (a.verdict === 'allowed' && !want.includes('allowed') && prohibiting(top)) allowedOnProhibiting++;
      const key = `${[...new Set(want)].join('|')} -> ${a.verdict}`;
      matrix.set(key, [...(matrix.get(key) ?? []), `${q.q}  [${a.citations[0]?.clauseId}] ${top.slice(0, 70)}`]);
    }
    perSet.push(`${f.split('/').pop()}: verdict ${verdictRight}/${citeRight} (${((100 * verdictRight) / citeRight).toFixed(1)}%) allowedOnProhibiting ${allowedOnProhibiting}`);
  }
  if (process.argv.includes('--sets')) console.log(perSet.join('\n'));
  for (const [k, qs] of [...matrix].sort((x, y) => y[1].length - x[1].length)) {
    const [want, got] = k.split(' -> ');
    const ok = want.split('|').includes(got);
    console.log(`${ok ? ' ' : '*'} ${k.padEnd(36)} ${qs.length}`);
    if (!ok && process.argv.includes('--list')) for (const q of qs) console.log(`      ${q}`);
  }
})();
