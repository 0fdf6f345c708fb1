import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { modalityOf } from '../src/policy/clause-modality';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
(async () => {
  const root = join(__dirname, '..');
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const lang = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const sims: Record<string, number[]> = JSON.parse(readFileSync('/tmp/qa-encoder-sims-clause.json', 'utf8'));
  const index = createPolicyIndex([doc], { ...lang, without: ['wordnet'], sentenceFusion: { mode: 'blend', weight: 0.35, depth: 2, gate: 'unsure' } });
  const base = createPolicyIndex([doc], { ...lang, without: ['wordnet'] });
  for (const f of process.argv.slice(2)) {
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8'))) {
      const a = index.answer(q.q, { sentenceSimilarity: Float32Array.from(sims[q.q]) });
      const b = base.answer(q.q, { sentenceSimilarity: Float32Array.from(sims[q.q]) });
      if (a.verdict === 'allowed' && a.citations[0] && modalityOf(a.citations[0].text).includes('prohibit')) console.log('AOP', q.q, '->', a.citations[0].clauseId, a.citations[0].text.slice(0, 120), '| want', JSON.stringify(q.accept).slice(0, 200));
      if (a.citations[0]?.clauseId !== b.citations[0]?.clauseId) console.log('CHANGED', q.q.slice(0, 90), b.citations[0]?.clauseId, '->', a.citations[0]?.clauseId);
    }
  }
})();
