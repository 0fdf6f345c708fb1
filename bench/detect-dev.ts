/**
 * Dev-set error listing: `npx tsx bench/detect-dev.ts [file.jsonl ...]`.
 * Prints per-type recall, misses and false alarms on DEV sets only (never the sealed set:
 * the sealed test and bench print aggregates only).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../src/detection';
import { evaluate } from '../src/detection/evaluation';
import { loadCorpus, loadPresidio } from './lib/detect-datasets';

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [join(__dirname, '../test/fixtures/staff-posts.jsonl'), join(__dirname, '../test/fixtures/detect-dev-blind.jsonl'), join(__dirname, '../test/fixtures/detect-dev3-blind.jsonl'), join(__dirname, '../test/fixtures/detect-dev5-blind.jsonl'), join(__dirname, '../test/fixtures/detect-dev6-blind.jsonl'), join(__dirname, '../test/fixtures/detect-dev7-blind.jsonl'), join(__dirname, '../test/fixtures/detect-dev8-blind.jsonl'), join(__dirname, '../test/fixtures/detect-dev9-blind.jsonl'), join(__dirname, '../../shared/examples/staff-posts.jsonl')];
for (const f of files) {
  if (f === 'presidio') {
    const p = loadPresidio();
    if (!p) continue;
    report('presidio', evaluate(p, (text) => scan({ text }), new Set(['payment_card', 'email', 'iban', 'ip_address', 'phone', 'person_name', 'address'])), p.map((x) => x.text));
    continue;
  }
  if (!existsSync(f)) continue;
  const posts = loadCorpus(f);
  report(f, evaluate(posts, (text) => scan({ text })), posts.map((x) => x.text));
}

function report(name: string, r: ReturnType<typeof evaluate>, texts: string[]): void {
  console.log(`\n### ${name}`);
  for (const [t, s] of Object.entries(r.perType)) console.log(`${t.padEnd(22)} tp ${s.tp} fn ${s.fn} fp ${s.fp} R ${s.recall.toFixed(3)} P ${s.precision.toFixed(3)}`);
  console.log(`clean flagged ${r.cleanPostsFlagged}/${r.cleanPosts}`);
  // The headline split: core recall is every type except person_name and health.
  const core = Object.entries(r.perType).filter(([t]) => t !== 'person_name' && t !== 'health');
  const tp = core.reduce((n, [, s]) => n + s.tp, 0);
  const fn = core.reduce((n, [, s]) => n + s.fn, 0);
  const fmt = (t: string): string => (r.perType[t] ? `${r.perType[t].tp}/${r.perType[t].tp + r.perType[t].fn}` : '-');
  console.log(`SUMMARY core ${tp}/${tp + fn} = ${(tp / Math.max(1, tp + fn)).toFixed(3)} | person_name ${fmt('person_name')} | health ${fmt('health')} | clean flagged ${r.cleanPostsFlagged}/${r.cleanPosts}`);
  if (process.env.QUIET) return;
  for (const m of r.misses) console.log(`MISS ${m.type}: ${JSON.stringify(m.value)} | ${texts[m.index].slice(0, 200)}`);
  for (const m of r.spurious) console.log(`FP ${m.type}: ${JSON.stringify(m.value)} | ${texts[m.index].slice(0, 200)}`);
  for (const i of r.cleanFlaggedIndices) console.log(`CLEAN FLAGGED | ${texts[i].slice(0, 200)}`);
}
