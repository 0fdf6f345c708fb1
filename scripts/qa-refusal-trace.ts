/**
 * Dev-set aid: for each covered question the bot refuses, which signal refused it (lexical rules, plainly-outside,
 * the none class at abstainAt / leanRefuseAt / unhedgeableAt, or the near-miss check), with the query units.
 *   npx tsx scripts/qa-refusal-trace.ts [files...]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { createQueryAnalyser } from '../src/policy/query-terms';
import { hedgeWouldNotAnswer } from '../src/policy/hedge-would-not-answer';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');

async function main() {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const files = args.filter((a) => !a.startsWith('--')).length ? args.filter((a) => !a.startsWith('--')) : policyDevSetFiles(root);
  if (files.some((f) => f.includes('sealed'))) throw new Error('dev sets only');
  const { doc, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, index);
  for (const file of files) {
    for (const item of parseLabelledQuestions(readFileSync(file, 'utf8'))) {
      const covered = !item.accept.every((a) => a.verdict === 'not_covered');
      if (!covered && !all) continue;
      const answer = await askWithEncoder(index, encoder, item.q);
      if (answer.verdict !== 'not_covered') continue;
      const s = index.abstentionSignals!(item.q);
      const trace = index.rankingTrace!(item.q).slice(0, 2);
      const path = !s.abstain ? 'near-miss' : s.lexicalAbstain ? (s.plainlyOutside ? 'lexical+plainOut' : 'lexical') : 'noneclass';
      console.log(`${covered ? 'COV' : 'nc '} [${answer.confidence.toFixed(2)}] ${path} pNone=${s.pNone?.toFixed(2)} onSubj=${+s.onSubject} offTopic=${+s.offTopic} sure=${+s.lexicallySure} cov=${s.coverage.toFixed(2)} score=${s.score.toFixed(2)} unhedge=${+hedgeWouldNotAnswer(item.q)} cites=${answer.citations.length}`);
      console.log(`    ${item.q}`);
      console.log(`    top: ${trace.map((t) => `${t.clauseId}(${t.coverage.toFixed(2)}: ${t.answeredUnits.join(',')})`).join(' ; ')}`);
    }
  }
}
void main().then(() => process.exit(0));
