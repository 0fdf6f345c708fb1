/**
 * Dev-set aid, thirteenth session: the near-miss check's lower band for the nearest-example cue (`exampleLeanAt`,
 * src/policy/nearest-example-check.ts) chosen leave one dev set out, from the dump scripts/qa-nc-dump.ts writes (run it
 * first). For each p(none) bound: uncovered caught and covered refused over all sets beyond what the check already
 * refuses; then, for each set, the bound the other sets pick (caught - 2 x refused, ties to fewer refused) scored on it.
 *   npx tsx scripts/qa-nc-dump.ts && npx tsx scripts/qa-nc-loso.ts
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_NEAREST_EXAMPLE as D, nearerToUncovered } from '../src/policy/nearest-example-check';

interface Row { set: string; uncovered: boolean; verdict: string; confidence: number; pNone?: number }
const dump = JSON.parse(readFileSync('/tmp/qa-nc-dump.json', 'utf8')) as { n: number; entries: number; uncoveredFrom: number; headingsFrom: number; rows: Row[] };
const sims = new Float32Array(readFileSync('/tmp/qa-nc-dump.f32').buffer.slice(0));
const ranges = { coveredFrom: dump.entries, uncoveredFrom: dump.uncoveredFrom, headingsFrom: dump.headingsFrom, end: dump.n };
const rows = dump.rows.map((r, i) => {
  const s = sims.subarray(i * dump.n, (i + 1) * dump.n);
  const heading = Math.max(...s.subarray(ranges.headingsFrom));
  const margin = nearerToUncovered(s, ranges);
  const p = r.pNone ?? 0;
  // Answered, unsure, and not already refused by the check as it stood (both cues from leanAt).
  const open = r.verdict !== 'not_covered' && r.confidence < 0.5 && !(p >= D.leanAt && (margin > D.margin || heading >= D.headingAt));
  return { ...r, p, margin, open };
});
const sets = [...new Set(rows.map((r) => r.set))];
const bounds = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
const effect = (b: number, s: string) => {
  const hit = rows.filter((r) => r.set === s && r.open && r.p >= b && r.margin > D.margin);
  return { caught: hit.filter((r) => r.uncovered).length, refused: hit.filter((r) => !r.uncovered).length };
};
for (const b of bounds) {
  const per = sets.map((s) => effect(b, s));
  console.log(`p(none) >= ${b}\tcaught ${per.reduce((a, e) => a + e.caught, 0)}\trefused ${per.reduce((a, e) => a + e.refused, 0)}`);
}
let caught = 0, refused = 0;
for (const held of sets) {
  let best: { obj: number; cost: number; b: number } | undefined;
  for (const b of bounds) {
    const train = sets.filter((s) => s !== held).map((s) => effect(b, s));
    const obj = train.reduce((a, t) => a + t.caught - 2 * t.refused, 0), cost = train.reduce((a, t) => a + t.refused, 0);
    if (!best || obj > best.obj || (obj === best.obj && cost < best.cost)) best = { obj, cost, b };
  }
  const e = effect(best!.b, held);
  caught += e.caught; refused += e.refused;
  console.log(`${held}\tpicked ${best!.b}\theld out: caught ${e.caught}, refused ${e.refused}`);
}
console.log(`held out in total: ${caught} uncovered caught, ${refused} covered refused`);
