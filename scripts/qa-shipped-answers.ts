/**
 * Every dev question (test/policy/dev/*.jsonl) answered the way the bot answers (`askWithEncoder`: the index, and the
 * sentence encoder before a refusal), one JSON line per question, so a change meant to be "engineering only" (speed,
 * start-up) can be shown to leave every answer byte-identical.
 *
 *   npx tsx scripts/qa-shipped-answers.ts --write /tmp/answers-before.jsonl   # on the old code
 *   npx tsx scripts/qa-shipped-answers.ts --compare /tmp/answers-before.jsonl # on the new code: exit 1 on any difference
 *
 * `--ignore-offers` with --compare: the "Did you mean..." offers (`alternatives`) left out of the comparison, for a
 * change to the offers alone (twenty-first session) that must leave every answer, verdict and refusal as it was.
 * `--fusion` as well: with the encoder's close-call fusion on (off in the bot; bench:qa measures it), the path that
 * reads the example questions' cosines too.
 * Dev sets only (policyDevSetFiles refuses sealed files). The encoder's clause vectors come from the shared cache.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex } from '../src/policy';
import { DEFAULT_SENTENCE_FUSION } from '../src/policy/sentence-fusion';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');

async function main() {
  const [mode, file] = process.argv.slice(2);
  if ((mode !== '--write' && mode !== '--compare') || !file) throw new Error('usage: qa-shipped-answers.ts --write|--compare <file.jsonl>');
  const { doc, base } = await loadBundledPolicy(root);
  const fusion = process.argv.includes('--fusion') ? { sentenceFusion: DEFAULT_SENTENCE_FUSION } : {};
  const index = createPolicyIndex([doc], { ...base, ...fusion });
  const encoder = await encoderFor(root, index);
  const questions = [...new Set(policyDevSetFiles(root).flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((x) => x.q)))];
  const lines: string[] = [];
  for (const q of questions) lines.push(JSON.stringify({ q, answer: await askWithEncoder(index, encoder, q) }));
  if (mode === '--write') {
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`${lines.length} answers written to ${file}`);
    return;
  }
  const withoutOffers = (line: string | undefined) => {
    if (!line || !process.argv.includes('--ignore-offers')) return line;
    const { q, answer } = JSON.parse(line) as { q: string; answer: Record<string, unknown> };
    const { alternatives: _offers, ...rest } = answer;
    return JSON.stringify({ q, answer: rest });
  };
  const before = readFileSync(file, 'utf8').trimEnd().split('\n');
  const differing = lines.filter((line, i) => withoutOffers(line) !== withoutOffers(before[i]));
  if (before.length !== lines.length) console.log(`question count differs: ${before.length} before, ${lines.length} now`);
  for (const line of differing.slice(0, 10)) console.log(`differs: ${line.slice(0, 200)}`);
  console.log(`${lines.length - differing.length} of ${lines.length} answers identical to ${file}`);
  if (differing.length || before.length !== lines.length) process.exitCode = 1;
}

void main();
