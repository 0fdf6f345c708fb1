import { readFileSync } from 'node:fs';
import { loadPolicyFile } from '../src/policy';
import { parseLabelledQuestions, isCovered } from '../src/policy/evaluate-answers';
import { loadWordVectorTable } from '../src/language/word-vector-table';
import { createDenseScorer } from '../src/policy/dense-similarity';
import { withContext } from '../src/policy/clause-context';
import { createClauseSearch } from '../src/policy/clause-search';
(async () => {
  const wv = await loadWordVectorTable({ cacheDir: 'node_modules/.cache/policy-bot' });
  const doc = loadPolicyFile('policies/social-media-policy.txt');
  const entries = withContext([doc]);
  const texts = entries.map((e) => `${e.clause.text} ${e.clause.kind === 'bullet' ? e.leadIn ?? '' : ''}`);
  const s = createClauseSearch(texts.map((text) => ({ text })));
  const d = createDenseScorer(texts, wv, s.idf);
  for (const f of ['test/policy/dev/team-eval-questions.jsonl','test/policy/dev/team-dev-questions.jsonl','test/policy/dev/blind-dev-questions.jsonl']) {
    const qs = parseLabelledQuestions(readFileSync(f, 'utf8')).filter(isCovered);
    let ok = 0, ok3 = 0;
    for (const q of qs) {
      const sims = d.similarities(q.q);
      const order = [...sims.keys()].sort((a, b) => sims[b] - sims[a]);
      const good = (i: number) => q.accept.some((a) => a.cite && entries[i].clause.text.replace(/\s+/g,' ').includes(a.cite));
      if (good(order[0])) ok++;
      if (order.slice(0, 3).some(good)) ok3++;
    }
    console.log(f, 'dense top1', (ok / qs.length).toFixed(3), 'top3', (ok3 / qs.length).toFixed(3));
  }
})();
