/**
 * Dev-set aid (DEV sets only, never the sealed set): the signals the refusal decision reads (PolicyIndex.
 * abstentionSignals: p(none), lexical coverage and score, on/off subject, share of words the policy has none for) for
 * every dev question, with its label and the bot's answer as shipped (the sentence encoder's cached cosines from
 * scripts/qa-encoder-experiments.ts, when present). Writes a TSV for looking at the whole population and prints the
 * two error groups: uncovered questions answered, covered questions refused.
 * `npx tsx scripts/qa-not-covered-signals.ts [--tsv out.tsv] [extra.jsonl ...]`
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const tsvAt = args.indexOf('--tsv');
const tsv = tsvAt >= 0 ? args[tsvAt + 1] : undefined;
// The shared list honours POLICY_DEV_EXCLUDE: a set kept out of sample must never have its misses printed here.
const files = policyDevSetFiles(root, args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--tsv'));

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const index = createPolicyIndex([doc], { ...language, without: ['wordnet'] });
  // The newest cosine cache of qa-encoder-experiments.ts (clause texts alone), if any.
  const caches = readdirSync('/tmp').filter((f) => f.startsWith('qa-encoder-sims-clause-') && f.endsWith('.json')).map((f) => join('/tmp', f));
  caches.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const sims: Record<string, number[]> = caches.length && existsSync(caches[0]) ? JSON.parse(readFileSync(caches[0], 'utf8')) : {};
  const rows: string[] = ['set\tlabel\tanswer\tpNone\tlexAbst\tabst\tplainOut\tonSubj\toffTopic\tsure\tcov\tscore\tunknown\tunits\tmaxSim\tconf\tciteOk\tq'];
  for (const f of files) {
    const set = f.split('/').pop()!.replace('-questions.jsonl', '');
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8'))) {
      const s = sims[q.q];
      const a = index.needsSentenceEncoder(q.q) && s ? index.answer(q.q, { sentenceSimilarity: Float32Array.from(s) }) : index.answer(q.q);
      const g = index.abstentionSignals!(q.q);
      const maxSim = s ? Math.max(...s.slice(0, index.clauseCount + 3)) : NaN;
      const top = (a.citations[0]?.text ?? '').replace(/\s+/g, ' ').trim();
      const citeOk = top !== '' && q.accept.some((x) => x.cite !== null && top.includes(x.cite));
      const label = isCovered(q) ? 'cov' : 'nc';
      const f2 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3));
      rows.push([set, label, a.verdict, f2(g.pNone), +g.lexicalAbstain, +g.abstain, +g.plainlyOutside, +g.onSubject, +g.offTopic, +g.lexicallySure, f2(g.coverage), f2(g.score), f2(g.unknownShare), g.units, f2(maxSim), a.confidence, +citeOk, q.q].join('\t'));
    }
  }
  if (tsv) writeFileSync(tsv, rows.join('\n') + '\n');
  const [head, ...body] = rows;
  console.log(head);
  for (const r of body) {
    const c = r.split('\t');
    if ((c[1] === 'nc') !== (c[2] === 'not_covered')) console.log(r);
  }
})();
