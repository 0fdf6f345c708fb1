/**
 * Health recall of each dev set as written, lower-cased and upper-cased (labels cased alike):
 * `npx tsx bench/detect-dev-case.ts test/fixtures/*.jsonl` (never a sealed set). MISS=lower|upper|as lists that copy's
 * health misses, FP=lower|upper|as its health false alarms. New writers type in lower case or shout in capitals; a rule
 * that reads a person by capitals alone shows here (thirteenth session, branch health13).
 */
import { scan } from '../src/detection';
import { evaluate } from '../src/detection/evaluation';
import { loadCorpus } from './lib/detect-datasets';

const CASES = [['as', (s: string) => s], ['lower', (s: string) => s.toLowerCase()], ['upper', (s: string) => s.toUpperCase()]] as const;
const total: Record<string, [number, number, number]> = {};
for (const f of process.argv.slice(2)) {
  if (/sealed/.test(f)) continue;
  const posts = loadCorpus(f);
  const row: string[] = [];
  for (const [name, cased] of CASES) {
    const ps = posts.map((p) => ({ text: cased(p.text), expect: p.expect.map((e) => ({ ...e, value: cased(e.value) })) }));
    const r = evaluate(ps, (text) => scan({ text }));
    const h = r.perType.health;
    if (!h) continue;
    row.push(`${name} ${h.tp}/${h.tp + h.fn} fp ${h.fp} clean flagged ${r.cleanPostsFlagged}`);
    const t = (total[name] ??= [0, 0, 0]);
    t[0] += h.tp;
    t[1] += h.tp + h.fn;
    t[2] += h.fp;
    const set = f.replace(/.*\//, '');
    if (process.env.MISS === name) for (const m of r.misses) if (m.type === 'health') console.log(`  MISS ${set} ${JSON.stringify(m.value)} | ${ps[m.index].text.slice(0, 140)}`);
    if (process.env.FP === name) for (const m of r.spurious) if (m.type === 'health') console.log(`  FP ${set} ${JSON.stringify(m.value)} | ${ps[m.index].text.slice(0, 140)}`);
  }
  console.log(f.replace(/.*\//, ''), '|', row.join(' | '));
}
for (const [name, [tp, n, fp]] of Object.entries(total)) console.log(`TOTAL ${name} health ${tp}/${n} fp ${fp}`);
