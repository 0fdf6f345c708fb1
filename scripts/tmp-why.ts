import { loadPolicyFile } from '../src/policy';
import { loadWordVectorTable } from '../src/language/word-vector-table';
import { withContext } from '../src/policy/clause-context';
import { createClauseRanker } from '../src/policy/rank-clauses';
(async () => {
  const wv = await loadWordVectorTable({ cacheDir: 'node_modules/.cache/policy-bot' });
  const doc = loadPolicyFile('policies/social-media-policy.txt');
  const entries = withContext([doc]);
  const r = createClauseRanker(entries, { vocabulary: doc.vocabulary, wordVectors: wv, neighbours: false });
  const q = process.argv[2];
  const { result, hits, intent } = r.rank(q);
  console.log(intent, result.query.onSubject, result.offTopic);
  for (const u of result.query.units) console.log(' unit', u.label, u.weight.toFixed(2), u.own, JSON.stringify(u.added));
  for (const h of hits.slice(0, 5)) console.log(h.score.toFixed(2), h.coverage.toFixed(2), entries[h.index].clause.id, entries[h.index].clause.text.slice(0, 80));
})();
