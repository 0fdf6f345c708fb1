/**
 * Dev sets only (thirteenth session, branch `secure13`): could the sentence encoder move an `allowed` answer to a
 * clause of the same section that does not permit, when the encoder puts that clause clearly nearer the question?
 * Reads a dump of the bot's answers (`npx tsx scripts/qa-verdict13-dump.ts > /tmp/answers.jsonl`). For every answer
 * `allowed`, every other clause of the cited clause's section that would not answer `allowed` (answerFromClause) is a
 * candidate; the nearest by cosine gives the margin (its cosine minus the cited clause's). Then, per margin, what the
 * switch gains and loses (top clause, verdict) over all sets, and the margin chosen leaving one dev set out.
 *   npx tsx scripts/qa-encoder-restricting.ts /tmp/answers.jsonl [--examples]
 * `--examples`: a clause's cosine is the larger of its own and its seed examples' (as the fusion reads them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';

interface Row { set: string; m: number; top: number; verdict: number; q: string }
const root = join(__dirname, '..');
const [dump] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const withExamples = process.argv.includes('--examples');

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, index);
  const n = doc.clauses.length;
  const owner = new Map<string, number>();
  for (const ex of doc.examples ?? []) owner.set(ex.question, doc.clauses.findIndex((c) => c.id === ex.clauseId));
  const rows: Row[] = [];
  for (const r of readFileSync(dump, 'utf8').trim().split('\n').map((l) => JSON.parse(l))) {
    const ti = doc.clauses.findIndex((c) => c.id === r.id);
    if (r.v !== 'allowed' || ti < 0) continue;
    const sims = await encoder.similarities(r.q, withExamples ? index.encoderTexts.length : n);
    const cos = Array.from(sims.subarray(0, n));
    if (withExamples) for (let k = n; k < sims.length; k++) { const o = owner.get(index.encoderTexts[k]); if (o !== undefined && o >= 0 && sims[k] > cos[o]) cos[o] = sims[k]; }
    const top = doc.clauses[ti];
    let best: { id: string; m: number; v: string } | undefined;
    doc.clauses.forEach((c, i) => {
      if (i === ti || c.sectionId !== top.sectionId || c.text === top.text || (best && cos[i] - cos[ti] <= best.m)) return;
      const v = index.answerFromClause(r.q, c.id)?.verdict;
      if (v && v !== 'allowed' && v !== 'not_covered') best = { id: c.id, m: cos[i] - cos[ti], v };
    });
    if (!best) continue;
    const ids = r.accept.map((a: { id: string }) => a.id);
    const has = (id: string, v: string) => r.accept.some((a: { id: string; v: string }) => a.id === id && a.v === v);
    rows.push({ set: r.set, q: r.q, m: best.m, top: +ids.includes(best.id) - +ids.includes(r.id), verdict: +has(best.id, best.v) - +has(r.id, 'allowed') });
  }
  const sum = (rs: Row[], m: number) => rs.filter((r) => r.m > m).reduce((s, r) => ({ top: s.top + r.top, verdict: s.verdict + r.verdict }), { top: 0, verdict: 0 });
  const sets = [...new Set(rows.map((r) => r.set))];
  // A margin is admissible only if no set loses more than one (the keep rule); Infinity = never switch.
  const admissible = (rs: Row[], m: number) => sets.every((s) => { const x = sum(rs.filter((r) => r.set === s), m); return x.top >= -1 && x.verdict >= -1; });
  const margins = [Infinity, ...new Set(rows.map((r) => r.m).filter((m) => m > 0).map((m) => m - 1e-9))].sort((a, b) => b - a);
  for (const m of [0.2, 0.15, 0.12, 0.1, 0.09, 0.08, 0.06, 0.04, 0.03, 0.02, 0]) { const s = sum(rows, m); console.log(`margin ${m}: switched ${rows.filter((r) => r.m > m).length}, top ${s.top}, verdict ${s.verdict}`); }
  let held = { top: 0, verdict: 0 }, gain = 0, loss = 0;
  for (const h of sets) {
    const train = rows.filter((r) => r.set !== h);
    let pick = Infinity, score = 0;
    for (const m of margins) { const s = sum(train, m); if (admissible(train, m) && s.top + s.verdict > score) { score = s.top + s.verdict; pick = m; } }
    const t = sum(rows.filter((r) => r.set === h), pick);
    held = { top: held.top + t.top, verdict: held.verdict + t.verdict };
    if (t.top + t.verdict > 0) gain++;
    if (t.top < 0 || t.verdict < 0) loss++;
    console.log(`held out ${h}: margin ${pick.toFixed(3)} -> top ${t.top}, verdict ${t.verdict}`);
  }
  console.log(`leave one set out: top ${held.top}, verdict ${held.verdict}; sets gaining ${gain}, losing ${loss}`);
}
void main().then(() => process.exit(0));
