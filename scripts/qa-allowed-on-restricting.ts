/**
 * Issue 11 point 4's floor, counted on answers as the bot gives them: `allowed` answers whose quoted sentence (the one
 * the verdict is read from) prohibits ("should not", "must NOT") or restricts with "only" ("only those with ... may
 * join"). Reads a file written by `scripts/qa-shipped-answers.ts --write` (every dev question, encoder included), so a
 * before/after pair costs no extra run:
 *
 *   npx tsx scripts/qa-allowed-on-restricting.ts /tmp/answers.jsonl [--list]
 *
 * Also counts those answers whose dev label does not accept `allowed` on that clause (the unsafe ones). Dev sets only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modalityOf } from '../src/policy/clause-modality';
import { restrictsWho } from '../src/policy/decisive-runner-up';
import { splitSentences } from '../src/policy/split-sentences';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import type { Answer } from '../src/policy/types';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!file) throw new Error('usage: qa-allowed-on-restricting.ts <answers.jsonl> [--list]');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const labels = new Map(policyDevSetFiles(root).flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((q) => [q.q, q] as const)));

const found: { kind: string; unsafe: boolean; line: string }[] = [];
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const { q, answer } = JSON.parse(line) as { q: string; answer: Answer };
  const top = answer.citations[0];
  if (answer.verdict !== 'allowed' || !top) continue;
  const text = norm(answer.answer);
  const sentences = splitSentences(top.text).map(norm);
  const quoted = sentences.find((s) => text.includes(s)) ?? norm(top.text);
  const kind = modalityOf(quoted).includes('prohibit') ? 'prohibit' : restrictsWho(quoted) ? 'only' : undefined;
  if (!kind) continue;
  const topText = norm(top.text);
  const label = labels.get(q);
  const unsafe = !label?.accept.some((a) => a.verdict === 'allowed' && a.cite !== null && topText.includes(a.cite));
  found.push({ kind, unsafe, line: `${unsafe ? '*' : ' '} [${top.clauseId}] ${q}  <- ${quoted.slice(0, 80)}` });
}
for (const kind of ['only', 'prohibit']) {
  const of = found.filter((f) => f.kind === kind);
  console.log(`allowed on a ${kind} sentence: ${of.length} (label does not accept allowed there: ${of.filter((f) => f.unsafe).length})`);
}
if (process.argv.includes('--list')) for (const f of found) console.log(`  ${f.line}`);
