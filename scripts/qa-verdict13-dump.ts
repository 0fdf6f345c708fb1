/**
 * Dev sets only: every question answered as the bot answers, written as JSON lines (set, question, labels with their
 * clause ids, the answer's verdict, clause, alternatives) for reading misses by kind offline.
 *   npx tsx scripts/qa-verdict13-dump.ts > /tmp/answers.jsonl
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, index);
  const idOf = (cite: string | null) => (cite === null ? null : doc.clauses.find((c) => norm(c.text).includes(cite))?.id ?? '?');
  for (const f of policyDevSetFiles(root)) {
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8'))) {
      const a = await askWithEncoder(index, encoder, q.q);
      const ranks = index.rankingTrace?.(q.q)?.slice(0, 5).map((r) => `${r.clauseId}:${r.score.toFixed(2)}`);
      console.log(JSON.stringify({ set: basename(f).replace('-questions.jsonl', ''), q: q.q, accept: q.accept.map((x) => ({ id: idOf(x.cite), v: x.verdict })), v: a.verdict, id: a.citations[0]?.clauseId ?? null, conf: a.confidence, alts: a.citations.slice(1).map((c) => c.clauseId), ranks }));
    }
  }
}
void main().then(() => process.exit(0));
