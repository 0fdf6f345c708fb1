/**
 * Dev-set tuning aid: figures of engine variants on the DEV sets only (never the sealed set).
 * `npx tsx scripts/qa-dev-variants.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex, loadPolicyFile, type PolicyIndexOptions } from '../src/policy';
import { evaluateAnswers, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { modalityOf } from '../src/policy/clause-modality';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';

const root = join(__dirname, '..');
const sets = ['blind-dev-questions.jsonl', 'team-eval-questions.jsonl', 'team-dev-questions.jsonl'].map((f) => join(root, 'test', 'policy', 'dev', f));

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const t0 = Date.now();
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  console.log(`language resources ${Date.now() - t0} ms`);
  const full: PolicyIndexOptions = { ...language, without: ['wordnet'] };
  const variants: [string, PolicyIndexOptions][] = [['full', full]];
  variants.push(['plus WordNet', { ...full, without: [] }]);
  const prohibiting = (t: string) => modalityOf(t).includes('prohibit');
  for (const [name, options] of variants) {
    const index = createPolicyIndex([doc], options);
    const cells = sets.map((f) => {
      const r = evaluateAnswers(index, parseLabelledQuestions(readFileSync(f, 'utf8')), prohibiting);
      return `${(100 * r.citeAccuracy).toFixed(1)} / ${(100 * r.verdictAccuracy).toFixed(1)} / ${(100 * r.notCoveredRecall).toFixed(1)} / ${(100 * r.falseNotCoveredRate).toFixed(1)} [${r.allowedOnProhibiting}]`;
    });
    console.log(`${name.padEnd(28)} ${cells.join('  |  ')}`);
  }
})();
