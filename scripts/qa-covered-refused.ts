/**
 * Covered questions the bot refuses (answers `not_covered`), as it answers (index and encoder), over the policy dev sets:
 *
 *   npx tsx scripts/qa-covered-refused.ts [files...]
 *
 * Prints each refused covered question with the clause its label accepts and the confidence given. Dev sets only (the
 * folder reader refuses sealed sets).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');

async function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : policyDevSetFiles(root);
  if (files.some((f) => f.includes('sealed'))) throw new Error('dev sets only');
  const { doc, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, index);
  for (const file of files) {
    let refused = 0;
    let covered = 0;
    for (const item of parseLabelledQuestions(readFileSync(file, 'utf8'))) {
      if (item.accept.every((a) => a.verdict === 'not_covered')) continue;
      covered++;
      const answer = await askWithEncoder(index, encoder, item.q);
      if (answer.verdict !== 'not_covered') continue;
      refused++;
      const want = item.accept.map((a) => `${a.verdict}: ${String(a.cite).slice(0, 60)}`).join(' | ');
      console.log(`  [${answer.confidence.toFixed(2)}] ${item.q}\n      wants ${want}`);
    }
    console.log(`${file.split('/').pop()}: ${refused}/${covered} covered refused`);
  }
}

void main();
