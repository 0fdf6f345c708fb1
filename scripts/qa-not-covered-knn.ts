/**
 * Dev-set aid (DEV sets only, via policyDevSetFiles; never the sealed sets), ninth session: is a question nearer, by the
 * sentence encoder, to the not-covered example questions (policies/*.not-covered.jsonl) than to the covered seed
 * examples? Writes, per dev question, its 20 nearest example questions (kind c/n, cosine, clause) to
 * /tmp/nc/knn.json, for joining with `qa-not-covered-signals.ts --tsv` (p(none), lexically sure) by set and question.
 * Example vectors are cached in /tmp/nc/enc-cache. `npx tsx scripts/qa-not-covered-knn.ts`
 * Findings (docs/policy-answers.md, "Ninth session: near misses"): among unsure answers with p(none) >= 0.5, "nearest
 * not-covered example beats nearest covered example" caught 15 uncovered for 3 covered (margin > 0) and 8 for 2
 * (margin > 0.03); a top-5 / top-10 vote was no better than p(none) thresholds. Not wired into the engine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { loadSentenceEncoder } from '../src/language/sentence-encoder';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const cov = (doc.examples ?? []).map((e: any) => ({ q: e.question ?? e.q, c: e.clauseId }));
  const nc = doc.outOfScope ?? [];
  const texts = [...cov.map((x) => x.q), ...nc];

  const enc = (mkdirSync('/tmp/nc/enc-cache', { recursive: true }), await loadSentenceEncoder('/tmp/nc/enc-cache', texts));
  const out: any[] = [];
  for (const f of policyDevSetFiles(root, [])) {
    const set = f.split('/').pop()!.replace('-questions.jsonl', '');
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8'))) {
      const s = await enc.similarities(q.q);
      const idx = Array.from(s.keys()).sort((a, b) => s[b] - s[a]).slice(0, 20);
      out.push({ set, label: isCovered(q) ? 'cov' : 'nc', q: q.q, top: idx.map((i) => [i < cov.length ? 'c' : 'n', +s[i].toFixed(3), i < cov.length ? cov[i].c : '']) });
    }
  }
  writeFileSync('/tmp/nc/knn.json', JSON.stringify(out));
})();
