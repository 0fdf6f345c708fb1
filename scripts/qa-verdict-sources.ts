/**
 * Dev-set diagnosis of where verdicts come from (DEV sets only, never the sealed set): for covered questions whose top
 * clause is right, the rules' verdict (learnt verdicts off) beside the shipped one and the label, with the question's
 * intent, so that the rules' errors and the learnt model's overrulings (right and wrong) can be told apart.
 * Sentence similarities from the /tmp cache that scripts/qa-encoder-experiments.ts writes (run that first).
 * `npx tsx scripts/qa-verdict-sources.ts [--all] [extra-dev-set.jsonl ...]` (`--all`: also the questions both got right)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex, type PolicyIndex } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { questionIntent } from '../src/policy/question-intent';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { readEncoderSims } from './lib/encoder-sims-cache';

const root = join(__dirname, '..');
const files = policyDevSetFiles(root, process.argv.slice(2).filter((a) => !a.startsWith('--')));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const shipped = createPolicyIndex([doc], { ...language, without: ['wordnet'] });
  const rules = createPolicyIndex([doc], { ...language, without: ['wordnet'], verdictModel: false });
  const sims = readEncoderSims(shipped.encoderTexts);
  const ask = (ix: PolicyIndex, q: string) => (ix.needsSentenceEncoder(q) && sims[q] ? ix.answer(q, { sentenceSimilarity: Float32Array.from(sims[q]) }) : ix.answer(q));
  const tally = { bothRight: 0, modelFixes: 0, modelBreaks: 0, bothWrong: 0 };
  const perSet: string[] = [];
  for (const f of files) {
    const set = f.split('/').pop()!.replace('-questions.jsonl', '');
    let right = 0;
    let rulesRight = 0;
    let seen = 0;
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8')).filter(isCovered)) {
      const a = ask(shipped, q.q);
      const top = norm(a.citations[0]?.text ?? '');
      const want = [...new Set(q.accept.filter((x) => x.cite !== null && top.includes(x.cite)).map((x) => x.verdict))];
      if (!want.length) continue;
      const r = ask(rules, q.q).verdict;
      const okS = want.includes(a.verdict);
      const okR = want.includes(r);
      seen++;
      if (okS) right++;
      if (okR) rulesRight++;
      const kind = okS && okR ? 'bothRight' : okS ? 'modelFixes' : okR ? 'modelBreaks' : 'bothWrong';
      tally[kind]++;
      if (kind !== 'bothRight' || process.argv.includes('--all')) {
        console.log(`${kind.padEnd(11)} ${set.padEnd(11)} want ${want.join('|').padEnd(12)} rules ${r.padEnd(11)} shipped ${a.verdict.padEnd(11)} ${questionIntent(q.q).intent.padEnd(10)} [${a.citations[0]?.clauseId}] ${q.q}`);
      }
    }
    perSet.push(`${set} ${right}/${seen} (rules ${rulesRight})`);
  }
  console.log(tally);
  console.log(`shipped (rules alone) verdict right, of covered questions with the right top clause: ${perSet.join(', ')}`);
})();
