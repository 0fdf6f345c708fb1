/**
 * Dev-set aid, fourteenth session (branch nc14): the near-miss check's neighbourhood cue (`neighbourhoodLeanAt`,
 * `neighbourhoodMargin`, `neighbours`, src/policy/nearest-example-check.ts) chosen leave one dev set out, beside the
 * other families tried with it, from the dump of scripts/qa-nc-dump.ts (answers with the check off).
 * A question counts only if the check WITHOUT the neighbourhood cue leaves it answered unsure. Families: k nearest of
 * each kind averaged (k 1 = the nearest-example margin, 3, 5) and the share of uncovered among the 10 / 20 nearest, each
 * from a p(none) bound. Per fold, the setting the other sets pick across ALL families (caught - W x refused, W 2 unless
 * QA_NC_WEIGHT; ties to fewer refused), scored on the held-out set.
 *   QA_NC_DUMP=/tmp/x npx tsx scripts/qa-nc-dump.ts && QA_NC_DUMP=/tmp/x npx tsx scripts/qa-nc-loso-neighbourhood.ts
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_NEAREST_EXAMPLE as D, nearerToUncovered, neighbourhoodLean } from '../src/policy/nearest-example-check';

interface Row { set: string; uncovered: boolean; verdictOff: string; confidenceOff: number; pNone?: number; encoderOff: boolean; encoderAll: boolean }
const path = process.env.QA_NC_DUMP ?? '/tmp/qa-nc-dump';
const dump = JSON.parse(readFileSync(`${path}.json`, 'utf8')) as { n: number; entries: number; uncoveredFrom: number; headingsFrom: number; rows: Row[] };
const sims = new Float32Array(readFileSync(`${path}.f32`).buffer.slice(0));
const ranges = { coveredFrom: dump.entries, uncoveredFrom: dump.uncoveredFrom, headingsFrom: dump.headingsFrom, end: dump.n };
const weight = Number(process.env.QA_NC_WEIGHT ?? 2);

function share(s: Float32Array, k: number): number {
  const tagged: [number, number][] = [];
  for (let i = ranges.coveredFrom; i < ranges.headingsFrom; i++) tagged.push([s[i], i >= ranges.uncoveredFrom ? 1 : 0]);
  tagged.sort((a, b) => b[0] - a[0]);
  return tagged.slice(0, k).reduce((a, t) => a + t[1], 0) / k;
}

const rows = dump.rows.map((r, i) => {
  const s = sims.subarray(i * dump.n, (i + 1) * dump.n);
  const p = r.pNone ?? 0, margin = nearerToUncovered(s, ranges), heading = Math.max(...s.subarray(ranges.headingsFrom));
  const open = r.verdictOff !== 'not_covered' && r.confidenceOff < 0.5;
  const before = open && ((p >= (D.exampleLeanAt ?? D.leanAt) && margin > D.margin) || (p >= D.leanAt && heading >= D.headingAt));
  const f: Record<string, number> = { k1: margin, k3: neighbourhoodLean(s, ranges, 3), k5: neighbourhoodLean(s, ranges, 5), share10: share(s, 10), share20: share(s, 20) };
  return { ...r, p, f, eligible: open && !before };
});
const sets = [...new Set(rows.map((r) => r.set))];
interface Setting { name: string; at: number; feature: string; above: number }
const grid: Setting[] = [{ name: 'none', at: Infinity, feature: 'k1', above: Infinity }];
for (const feature of ['k1', 'k3', 'k5', 'share10', 'share20'])
  for (const at of [0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8])
    for (const above of feature.startsWith('share') ? [0.5, 0.6, 0.7, 0.8, 0.9] : [-0.03, -0.02, -0.01, 0, 0.01, 0.02, 0.03, 0.04, 0.05])
      grid.push({ name: `p(none) >= ${at}, ${feature} > ${above}`, at, feature, above });
const effect = (g: Setting, set: string) => {
  let caught = 0, refused = 0;
  for (const r of rows) if (r.set === set && r.eligible && r.p >= g.at && r.f[g.feature] > g.above) r.uncovered ? caught++ : refused++;
  return { caught, refused };
};
const table = grid.map((g) => ({ g, per: new Map(sets.map((s) => [s, effect(g, s)])) }));
const total = (t: (typeof table)[number], only: string[]) => only.reduce((a, s) => ({ caught: a.caught + t.per.get(s)!.caught, refused: a.refused + t.per.get(s)!.refused }), { caught: 0, refused: 0 });
console.log(`${rows.filter((r) => r.eligible && r.uncovered).length} uncovered / ${rows.filter((r) => r.eligible && !r.uncovered).length} covered answered unsure beyond the check without the cue`);
for (const t of [...table].sort((a, b) => { const x = total(a, sets), y = total(b, sets); return y.caught - weight * y.refused - (x.caught - weight * x.refused); }).slice(0, 10)) {
  const e = total(t, sets);
  console.log(`all sets: ${t.g.name}\tcaught ${e.caught}\trefused ${e.refused}`);
}
let caught = 0, refused = 0;
const picks = new Map<string, number>();
for (const held of sets) {
  const train = sets.filter((s) => s !== held);
  let best: { obj: number; refused: number; t: (typeof table)[number] } | undefined;
  for (const t of table) {
    const e = total(t, train), obj = e.caught - weight * e.refused;
    if (!best || obj > best.obj || (obj === best.obj && e.refused < best.refused)) best = { obj, refused: e.refused, t };
  }
  const e = best!.t.per.get(held)!;
  caught += e.caught; refused += e.refused;
  picks.set(best!.t.g.name, (picks.get(best!.t.g.name) ?? 0) + 1);
  console.log(`${held}\tpicked ${best!.t.g.name}\theld out: caught ${e.caught}, refused ${e.refused}`);
}
console.log(`picks: ${[...picks].map(([k, v]) => `${k} x${v}`).join('; ')}`);
console.log(`held out in total: ${caught} uncovered caught, ${refused} covered refused`);
const runs = (at: number) => rows.filter((r) => r.encoderOff || (r.encoderAll && r.p >= at)).length;
console.log(`encoder runs: from p(none) ${D.exampleLeanAt} ${runs(D.exampleLeanAt ?? D.leanAt)} / ${rows.length}; from 0.2 ${runs(0.2)} / ${rows.length}`);
