/**
 * Dev-set diagnosis of top-clause misses (DEV sets only, never the sealed set): for each covered question whose top
 * clause is wrong, where the right clause stands in the ranking (place, score as a share of the top's, its place before
 * the classifier) so the misses can be sorted into kinds (runner-up by a small margin, not found at all, ...).
 * Index only (word vectors, no sentence encoder), like scripts/qa-dev-misses.ts.
 * `npx tsx scripts/qa-cite-misses.ts [--skip=dev10] [file...]`
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { loadWordVectorTable } from '../src/language/word-vector-table';
import { defaultCacheDir } from '../src/language/cache-dir';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const skip = args.filter((a) => a.startsWith('--skip=')).map((a) => a.slice(7));
const named = args.filter((a) => !a.startsWith('--'));
const files = (named.length ? named : policyDevSetFiles(root)).filter((f) => !skip.some((s) => basename(f).includes(`${s}-`)));
if (files.some((f) => f.includes('sealed'))) throw new Error('dev sets only');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/^[-*+\u00b7\u2022]\s+/, '');

(async () => {
  const wordVectors = await loadWordVectorTable({ cacheDir: defaultCacheDir(root) });
  const index = createPolicyIndex([loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'))], { wordVectors });
  const clauses = index.documents[0].clauses;
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const places: Record<string, number> = {};
  for (const f of files) {
    const set = basename(f).replace('-questions.jsonl', '');
    for (const line of readFileSync(f, 'utf8').split('\n').filter((l) => l.trim())) {
      const raw = JSON.parse(line) as { voice?: string };
      const [q] = parseLabelledQuestions(line);
      if (!isCovered(q)) continue;
      const a = index.answer(q.q);
      const top = norm(a.citations[0]?.text ?? '');
      const cites = q.accept.filter((x) => x.cite !== null).map((x) => norm(x.cite!));
      if (top && cites.some((c) => top.includes(c))) continue;
      const wanted = new Set(clauses.filter((c) => cites.some((x) => norm(c.text).includes(x))).map((c) => c.id));
      const trace = index.rankingTrace!(q.q);
      const r = trace.findIndex((t) => wanted.has(t.clauseId));
      const place = a.verdict === 'not_covered' ? 'refused' : r < 0 ? 'absent' : `#${r + 1}`;
      places[place] = (places[place] ?? 0) + 1;
      const w = r >= 0 ? trace[r] : undefined;
      console.log(`[${set} ${raw.voice ?? '-'}] ${q.q}`);
      console.log(`   got ${a.verdict} ${a.citations[0]?.clauseId ?? '-'} (${byId.get(a.citations[0]?.clauseId ?? '')?.sectionTitle ?? ''}) ${top.slice(0, 80)}`);
      console.log(`   want ${[...wanted].join(',') || '?'} ${place}${w ? ` share ${(w.score / trace[0].score).toFixed(2)} lexRank ${w.lexicalRank + 1} cov ${w.coverage.toFixed(2)}${w.viaExample ? ' ex' : ''}` : ''} top lexRank ${trace[0] ? trace[0].lexicalRank + 1 : '-'}  ${cites[0]?.slice(0, 70)}`);
    }
  }
  console.log(places);
})();
