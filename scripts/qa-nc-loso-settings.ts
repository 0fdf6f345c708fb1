/**
 * Dev-set aid, thirteenth session (branch nc13b): the near-miss check's other free settings chosen leave one dev set out,
 * as scripts/qa-nc-loso.ts chose `exampleLeanAt`, from the dump of scripts/qa-nc-dump.ts (answers with the check off).
 * Settings (src/policy/nearest-example-check.ts): the heading cue's p(none) bound (`leanAt`, 0.8), its cosine
 * (`headingAt`, 0.375), the margin (0) and the nearest-example cue's bound (`exampleLeanAt`, 0.65; lower = the encoder
 * asked for more questions). Each is scanned alone (the others as shipped) and all jointly. Per fold: the setting the
 * other 15 sets pick (caught - 2 x refused; ties to fewer refused, then fewer encoder runs, then the shipped value),
 * scored on the held-out set against the shipped setting. Encoder share: questions the encoder runs for, over all sets.
 *   QA_NC_DUMP=/tmp/x npx tsx scripts/qa-nc-dump.ts && QA_NC_DUMP=/tmp/x npx tsx scripts/qa-nc-loso-settings.ts
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_NEAREST_EXAMPLE as D, nearerToUncovered } from '../src/policy/nearest-example-check';

interface Row { set: string; uncovered: boolean; verdictOff: string; confidenceOff: number; pNone?: number; encoderOff: boolean; encoderAll: boolean }
interface Setting { E: number; H: number; m: number; c: number }
const path = process.env.QA_NC_DUMP ?? '/tmp/qa-nc-dump';
const dump = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as { n: number; entries: number; uncoveredFrom: number; headingsFrom: number; rows: Row[] };
const sims = new Float32Array(readFileSync(`${path}.f32`).buffer.slice(0));
const ranges = { coveredFrom: dump.entries, uncoveredFrom: dump.uncoveredFrom, headingsFrom: dump.headingsFrom, end: dump.n };
const rows = dump.rows.map((r, i) => {
  const s = sims.subarray(i * dump.n, (i + 1) * dump.n);
  // Eligible: answered unsure with the check off (the check reads only these).
  return { ...r, p: r.pNone ?? 0, margin: nearerToUncovered(s, ranges), heading: Math.max(...s.subarray(ranges.headingsFrom)), open: r.verdictOff !== 'not_covered' && r.confidenceOff < 0.5 };
});
// QA_NC_WEIGHT: the price of a wrong refusal in catches (2, as scripts/qa-nc-loso.ts), to see how the picks depend on it.
const weight = Number(process.env.QA_NC_WEIGHT ?? 2);
const shipped: Setting = { E: D.exampleLeanAt ?? Infinity, H: D.leanAt, m: D.margin, c: D.headingAt };
const refuses = (r: (typeof rows)[number], s: Setting) => r.open && ((r.p >= s.E && r.margin > s.m) || (r.p >= s.H && r.heading >= s.c));
const sets = [...new Set(rows.map((r) => r.set))];
const bySet = new Map(sets.map((s) => [s, rows.filter((r) => r.set === s)]));
const effect = (s: Setting, set: string) => {
  let caught = 0, refused = 0, runs = 0;
  for (const r of bySet.get(set)!) {
    if (refuses(r, s)) r.uncovered ? caught++ : refused++;
    if (r.encoderOff || (r.encoderAll && r.p >= Math.min(s.E, s.H))) runs++;
  }
  return { caught, refused, runs };
};
const name = (s: Setting) => `E ${s.E} H ${s.H} m ${s.m} c ${s.c}`;
const sum = (s: Setting, only: string[]) => only.map((x) => effect(s, x)).reduce((a, e) => ({ caught: a.caught + e.caught, refused: a.refused + e.refused, runs: a.runs + e.runs }), { caught: 0, refused: 0, runs: 0 });
const near = (s: Setting) => Math.abs(s.E - shipped.E) + Math.abs((Number.isFinite(s.H) ? s.H : 1.2) - shipped.H) + Math.abs(s.m - shipped.m) * 10 + Math.abs(s.c - shipped.c);

function loso(label: string, grid: Setting[]) {
  const total = rows.length;
  console.log(`\n== ${label}: ${grid.length} settings`);
  if (grid.length <= 12)
    for (const s of grid) {
      const e = sum(s, sets);
      console.log(`${name(s)}\tcaught ${e.caught}\trefused ${e.refused}\tencoder ${((100 * e.runs) / total).toFixed(1)}%`);
    }
  const base = sum(shipped, sets);
  console.log(`shipped ${name(shipped)}: caught ${base.caught}, refused ${base.refused}, encoder ${base.runs} / ${total} = ${((100 * base.runs) / total).toFixed(1)}%`);
  const table = grid.map((s) => ({ s, per: new Map(sets.map((x) => [x, effect(s, x)])) }));
  const picks = new Map<string, number>();
  let dc = 0, dr = 0, newRefused = 0;
  for (const held of sets) {
    const train = sets.filter((s) => s !== held);
    let best: { obj: number; cost: number; runs: number; d: number; s: Setting } | undefined;
    for (const { s, per } of table) {
      const e = train.reduce((a, x) => ({ caught: a.caught + per.get(x)!.caught, refused: a.refused + per.get(x)!.refused, runs: a.runs + per.get(x)!.runs }), { caught: 0, refused: 0, runs: 0 });
      const obj = e.caught - weight * e.refused, d = near(s);
      if (!best || obj > best.obj || (obj === best.obj && (e.refused < best.cost || (e.refused === best.cost && (e.runs < best.runs || (e.runs === best.runs && d < best.d))))))
        best = { obj, cost: e.refused, runs: e.runs, d, s };
    }
    const e = effect(best!.s, held), b = effect(shipped, held);
    const added = bySet.get(held)!.filter((r) => !r.uncovered && refuses(r, best!.s) && !refuses(r, shipped)).length;
    dc += e.caught - b.caught; dr += e.refused - b.refused; newRefused += added;
    picks.set(name(best!.s), (picks.get(name(best!.s)) ?? 0) + 1);
    if (e.caught !== b.caught || e.refused !== b.refused) console.log(`  ${held}\tpicked ${name(best!.s)}\theld out vs shipped: caught ${e.caught - b.caught}, refused ${e.refused - b.refused}`);
  }
  console.log(`picks: ${[...picks].map(([k, v]) => `${k} x${v}`).join('; ')}`);
  console.log(`held out vs shipped: uncovered caught ${dc >= 0 ? '+' : ''}${dc}, covered refused ${dr >= 0 ? '+' : ''}${dr} (new wrong refusals ${newRefused})`);
}

const Es = [0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
const Hs = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, Infinity];
const ms = [-0.04, -0.03, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.04];
const cs = [0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45];
loso('heading cue p(none) bound (leanAt)', Hs.map((H) => ({ ...shipped, H })));
loso('margin', ms.map((m) => ({ ...shipped, m })));
loso('encoder for more questions: example cue bound below 0.65', Es.map((E) => ({ ...shipped, E })));
loso('heading cosine (headingAt)', cs.map((c) => ({ ...shipped, c })));
loso('joint E x H x m', Es.flatMap((E) => Hs.flatMap((H) => ms.map((m) => ({ E, H, m, c: shipped.c })))));
loso('joint E x H x m x c', Es.flatMap((E) => Hs.flatMap((H) => ms.flatMap((m) => cs.map((c) => ({ E, H, m, c }))))));
