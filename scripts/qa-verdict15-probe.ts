/**
 * DEV sets only. For the answers in a dump (scripts/qa-verdict13-dump.ts) whose top clause is right but verdict wrong,
 * the rules' verdict and the learnt one on that clause (answerFromClause), the question's intent and the quoted sentence's
 * modality: to tell rule errors from the model's overrulings by kind.
 *   npx tsx scripts/qa-verdict15-probe.ts /tmp/answers.jsonl [--all]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { questionIntent } from '../src/policy/question-intent';
import { modalityOf } from '../src/policy/clause-modality';
import { loadBundledPolicy } from './lib/bundled-policy';

const root = join(__dirname, '..');
interface Row { set: string; q: string; accept: { id: string | null; v: string }[]; v: string; id: string | null }

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  const shipped = createPolicyIndex([doc], base);
  const rules = createPolicyIndex([doc], { ...base, verdictModel: false });
  const rows = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  for (const r of rows) {
    if (r.accept.some((a) => a.v === 'not_covered') || !r.id) continue;
    const want = [...new Set(r.accept.filter((a) => a.id === r.id).map((a) => a.v))];
    if (!want.length || (!process.argv.includes('--all') && want.includes(r.v))) continue;
    const s = shipped.answerFromClause(r.q, r.id);
    const u = rules.answerFromClause(r.q, r.id);
    const i = questionIntent(r.q);
    const quote = s?.answer ?? '';
    console.log([r.set.replace('blind-', ''), r.id, `want=${want.join('/')}`, `bot=${r.v}`, `fromClause=${s?.verdict}`, `rules=${u?.verdict}`, `intent=${i.intent}${i.whOnly ? '(wh)' : ''}`, `m=${modalityOf(quote).join('+')}`, r.q.slice(0, 200)].join('\t'));
  }
}
void main().then(() => process.exit(0));
