import { createPolicyIndex, loadPolicyFile } from '../src/policy';
import { loadLanguageResources } from '../src/language/load-language-resources';
(async () => {
  const l = await loadLanguageResources('node_modules/.cache/policy-bot');
  const ix = createPolicyIndex([loadPolicyFile('policies/social-media-policy.txt')], l);
  for (const q of process.argv.slice(2)) { const a = ix.answer(q); console.log(q, '=>', a.verdict, a.confidence, a.citations[0]?.clauseId, a.alternatives?.map((c) => c.clauseId), a.condition ?? ''); }
})();
