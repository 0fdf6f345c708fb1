/**
 * Aggregate figures for one question file, answered the way the bot answers (`askWithEncoder`: the index, and the
 * sentence encoder where it is consulted), for an out-of-sample set read before and after a branch:
 *
 *   npx tsx scripts/qa-shipped-figures.ts test/fixtures/out-of-sample/blind-dev14-questions.jsonl
 *
 * Prints one line (top clause, verdict, not_covered recall, covered questions refused, allowed on a prohibiting
 * clause) and never a question, so it may be pointed at a set kept out of sample.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex, type Answer, type PolicyIndex } from '../src/policy';
import { modalityOf } from '../src/policy/clause-modality';
import { evaluateAnswers, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';

const root = join(__dirname, '..');
const pct = (x: number) => (100 * x).toFixed(1);

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: qa-shipped-figures.ts <questions.jsonl>');
  const { doc, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, index);
  const questions = parseLabelledQuestions(readFileSync(file, 'utf8'));
  const answers = new Map<string, Answer>();
  for (const { q } of questions) answers.set(q, await askWithEncoder(index, encoder, q));
  // evaluateAnswers reads answers synchronously: hand it the ones already given.
  const answered = { answer: (q: string) => answers.get(q)! } as unknown as PolicyIndex;
  const r = evaluateAnswers(answered, questions, (t) => modalityOf(t).includes('prohibit'));
  console.log(`${file}: n=${r.total} top clause ${pct(r.citeAccuracy)} verdict ${pct(r.verdictAccuracy)} not_covered recall ${pct(r.notCoveredRecall)} covered->nc ${r.falseNotCovered} (${pct(r.falseNotCoveredRate)}%) allowed-on-prohibiting ${r.allowedOnProhibiting}`);
}

void main().then(() => process.exit(0));
