/**
 * Perturbation sweep: `npx tsx bench/detect-perturb.ts [files...]` (default: every detection dev set).
 * Every core value (all types but person_name, health, operational_use) the engine already finds in
 * the dev sets is rewritten as people type it (case, separators, position, brackets and markup,
 * what follows it, Unicode spaces and digits, an abbreviated or moved context word, two values in a
 * line: bench/lib/perturb-transforms.ts), and recall is measured per transform and per type. The
 * same surroundings are put around the numbers of the clean posts the engine leaves clean, and the
 * posts they newly flag are counted. Dev sets only (never the sealed sets).
 * PERTURB_LIST=<transform> prints that transform's misses (and clean posts it flags);
 * PERTURB_JSON=<file> writes the table for comparisons.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '../src/detection';
import { labelSpans } from '../src/detection/evaluation';
import { loadCorpus } from './lib/detect-datasets';
import { CORE_EXCLUDED, TRANSFORMS, type Site } from './lib/perturb-transforms';

const ROOT = join(__dirname, '..');
const defaults = [
  ...readdirSync(join(ROOT, 'test/fixtures')).filter((f) => /^detect-dev\d*-blind\.jsonl$/.test(f)).map((f) => join(ROOT, 'test/fixtures', f)),
  ...readdirSync(join(ROOT, 'test/detection/operational')).filter((f) => /^dev\d*\.jsonl$/.test(f)).map((f) => join(ROOT, 'test/detection/operational', f)),
];
const files = process.argv.slice(2).length ? process.argv.slice(2) : defaults;
const listing = process.env.PERTURB_LIST;

type Findings = Array<{ type: string; start: number; end: number }>;
const found = (fs: Findings, type: string, a: number, b: number): boolean => fs.some((f) => f.type === type && f.start < b && f.end > a);

interface Tally {
  n: number;
  hit: number;
}
const perTransform = new Map<string, Tally>();
const perTypeTransform = new Map<string, Tally>();
const cleanTally = new Map<string, Tally>();
const bump = (m: Map<string, Tally>, k: string, ok: boolean): void => {
  const t = m.get(k) ?? { n: 0, hit: 0 };
  t.n++;
  if (ok) t.hit++;
  m.set(k, t);
};

const sites: Site[] = [];
const cleanSites: Site[] = [];
for (const file of files) {
  for (const post of loadCorpus(file)) {
    const fs = scan({ text: post.text }) as Findings;
    if (post.expect.length === 0) {
      if (fs.length > 0) continue;
      // every number-bearing token of a clean post the engine leaves clean, up to three per post
      const re = /[^\s,;()]*\d[^\s,;()]*/g;
      let m: RegExpExecArray | null;
      let k = 0;
      while ((m = re.exec(post.text)) !== null && k++ < 3) {
        const token = m[0].replace(/[.:!?]+$/, '');
        cleanSites.push({ text: post.text, start: m.index, end: m.index + token.length, type: 'clean' });
      }
      continue;
    }
    for (const span of labelSpans(post)) {
      if (CORE_EXCLUDED.has(span.type)) continue;
      if (!found(fs, span.type, span.start, span.end)) continue;
      sites.push({ text: post.text, start: span.start, end: span.end, type: span.type });
    }
  }
}
// the second value of "x and y": the next different value of the same type and form found elsewhere (two refs of one
// force's format, two sort codes), as a list of them is written
const shape = (v: string): string => v.replace(/[0-9]/g, '9').replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a');
const byShape = new Map<string, Site[]>();
for (const s of sites) {
  const k = `${s.type} ${shape(valueOf(s))}`;
  byShape.set(k, [...(byShape.get(k) ?? []), s]);
}
for (const list of byShape.values()) {
  list.forEach((s, i) => (s.other = list.map(valueOf).find((v, j) => j > i && v !== valueOf(s)) ?? list.map(valueOf).find((v) => v !== valueOf(s))));
}
cleanSites.forEach((s, i) => (s.other = valueOf(cleanSites[(i + 7) % cleanSites.length])));

function valueOf(s: Site): string {
  return s.text.slice(s.start, s.end);
}

for (const s of sites) {
  for (const [name, t] of Object.entries(TRANSFORMS)) {
    const p = t(s);
    if (!p) continue;
    const fs = scan({ text: p.text }) as Findings;
    const ok = p.spans.every(([a, b]) => found(fs, s.type, a, b));
    bump(perTransform, name, ok);
    bump(perTypeTransform, `${s.type}\t${name}`, ok);
    if (!ok && listing === name) console.log(`MISS ${s.type} ${JSON.stringify(p.spans.map(([a, b]) => p.text.slice(a, b)))} | ${JSON.stringify(p.text.slice(Math.max(0, p.spans[0][0] - 80), p.spans[0][1] + 60))}`);
  }
}
for (const s of cleanSites) {
  for (const [name, t] of Object.entries(TRANSFORMS)) {
    if (name === 'context abbreviated' || name === 'context after value') continue;
    const p = t(s);
    if (!p) continue;
    const fs = scan({ text: p.text }) as Findings;
    bump(cleanTally, name, fs.length > 0);
    if (fs.length > 0 && listing === name) console.log(`CLEAN FLAGGED ${fs.map((f) => f.type).join(',')} | ${JSON.stringify(p.text.slice(0, 200))}`);
  }
}

const pct = (t?: Tally): string => (t ? `${t.hit}/${t.n} (${(t.hit / Math.max(1, t.n)).toFixed(3)})` : '-');
console.log(`core values found unperturbed: ${sites.length}; clean number sites: ${cleanSites.length}`);
console.log('\n| transform | core recall | clean sites flagged |\n|---|---|---|');
for (const name of Object.keys(TRANSFORMS)) console.log(`| ${name} | ${pct(perTransform.get(name))} | ${pct(cleanTally.get(name))} |`);
let all: Tally = { n: 0, hit: 0 };
for (const t of perTransform.values()) all = { n: all.n + t.n, hit: all.hit + t.hit };
console.log(`| all | ${pct(all)} | |`);
console.log('\n| type | core recall over all transforms |\n|---|---|');
const perType = new Map<string, Tally>();
for (const [k, t] of perTypeTransform) {
  const type = k.split('\t')[0];
  const a = perType.get(type) ?? { n: 0, hit: 0 };
  perType.set(type, { n: a.n + t.n, hit: a.hit + t.hit });
}
for (const [type, t] of [...perType].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`| ${type} | ${pct(t)} |`);
console.log('\nper type and transform, below 0.97 (misses):');
const rows = [...perTypeTransform].filter(([, t]) => t.hit / t.n < 0.97).sort((a, b) => b[1].n - b[1].hit - (a[1].n - a[1].hit));
for (const [k, t] of rows) console.log(`${k.padEnd(50)} ${pct(t)} misses ${t.n - t.hit}`);
if (process.env.PERTURB_JSON) {
  const obj = { transform: Object.fromEntries(perTransform), clean: Object.fromEntries(cleanTally), typeTransform: Object.fromEntries(perTypeTransform) };
  writeFileSync(process.env.PERTURB_JSON, JSON.stringify(obj, null, 1));
}
