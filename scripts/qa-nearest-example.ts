/**
 * Dev-set aid (DEV sets only, via policyDevSetFiles; never the sealed sets), tenth session: the near-miss check
 * (src/policy/nearest-example-check.ts) as the bot runs (`askWithEncoder`), per dev set, with the check off and on:
 * not_covered recall and covered questions refused. With `--cv`, also the leave-one-set-out choice of its three settings
 * (p(none) from which an answer is checked, margin of the nearest uncovered example, heading cosine): for each dev set, the setting with the best
 * caught - 2 x wrongly refused on the OTHER sets (none of them above 5% covered refused; ties to the fewer refused) is scored on the held-out set.
 * `npx tsx scripts/qa-nearest-example.ts [--cv]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex } from '../src/policy';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { nearerToUncovered } from '../src/policy/nearest-example-check';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
interface Row { set: string; uncovered: boolean; before: boolean; after: boolean; pNone: number; answered: boolean; unsure: boolean; margin: number; heading: number }

async function main() {
  const { doc, language, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const without = createPolicyIndex([doc], { ...base, nearestExample: false });
  const traced = createPolicyIndex([doc], { ...language });
  const encoder = await encoderFor(root, index);
  const memo = new Map<string, Float32Array>();
  const all = async (q: string) => memo.get(q) ?? memo.set(q, await encoder.similarities(q)).get(q)!;
  const cached = { fromCache: true, similarities: async (q: string, n?: number) => (await all(q)).subarray(0, n) };
  const headingsFrom = without.encoderTexts.length + (doc.outOfScope ?? []).length;
  const ranges = { coveredFrom: index.clauseCount, uncoveredFrom: without.encoderTexts.length, headingsFrom, end: index.encoderTexts.length };
  const nearestHeading = (sims: Float32Array) => Math.max(...sims.subarray(headingsFrom));
  const rows: Row[] = [];
  for (const f of policyDevSetFiles(root)) {
    const set = f.split('/').pop()!.replace('-questions.jsonl', '');
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8'))) {
      const before = await askWithEncoder(without, cached, q.q);
      const after = await askWithEncoder(index, cached, q.q);
      rows.push({ set, uncovered: !isCovered(q), before: before.verdict === 'not_covered', after: after.verdict === 'not_covered', pNone: traced.abstentionSignals!(q.q).pNone ?? 0, answered: before.verdict !== 'not_covered', unsure: before.confidence < 0.5, margin: nearerToUncovered(await all(q.q), ranges), heading: nearestHeading(await all(q.q)) });
    }
  }
  const sets = [...new Set(rows.map((r) => r.set))];
  const pct = (n: number, d: number) => (d ? (100 * n) / d : 0).toFixed(1);
  console.log('set\tnc recall before -> after\tcovered refused before -> after');
  for (const s of sets) {
    const r = rows.filter((x) => x.set === s);
    const nc = r.filter((x) => x.uncovered), cov = r.filter((x) => !x.uncovered);
    const n = (xs: Row[], k: 'before' | 'after') => xs.filter((x) => x[k]).length;
    console.log(`${s}\t${pct(n(nc, 'before'), nc.length)} -> ${pct(n(nc, 'after'), nc.length)}\t${pct(n(cov, 'before'), cov.length)}% -> ${pct(n(cov, 'after'), cov.length)}% (${n(cov, 'before')} -> ${n(cov, 'after')} of ${cov.length})`);
  }
  if (process.argv.includes('--cv')) crossValidate(rows, sets);
}

/** Leave one dev set out: settings picked on the others, scored on it; the held-out figures are summed. */
function crossValidate(rows: Row[], sets: string[]) {
  type Setting = [lean: number, margin: number, headingAt: number];
  const grid: Setting[] = [];
  for (const lean of [0.5, 0.6, 0.7, 0.8])
    for (let m = -0.02; m <= 0.0601; m += 0.01)
      for (const h of [Infinity, 0.3, 0.325, 0.35, 0.375, 0.4, 0.425, 0.45, 0.475, 0.5, 0.525, 0.55]) grid.push([lean, +m.toFixed(2), h]);
  const effect = (g: Setting, s: string) => {
    const hit = rows.filter((r) => r.set === s && r.answered && r.unsure && r.pNone >= g[0] && (r.margin > g[1] || r.heading > g[2]));
    return { caught: hit.filter((r) => r.uncovered).length, refused: hit.filter((r) => !r.uncovered).length };
  };
  const breaksFloor = (s: string, extra: number) => {
    const cov = rows.filter((r) => r.set === s && !r.uncovered);
    return (100 * (cov.filter((r) => r.before).length + extra)) / cov.length > 5 + 1e-9;
  };
  let caught = 0, refused = 0;
  for (const held of sets) {
    let best: { obj: number; cost: number; g: Setting } | undefined;
    for (const g of grid) {
      const train = sets.filter((s) => s !== held).map((s) => ({ s, ...effect(g, s) }));
      if (train.some((t) => breaksFloor(t.s, t.refused))) continue;
      const obj = train.reduce((a, t) => a + t.caught - 2 * t.refused, 0);
      const cost = train.reduce((a, t) => a + t.refused, 0);
      // Ties go to the setting that refuses fewer covered questions.
      if (!best || obj > best.obj || (obj === best.obj && cost < best.cost)) best = { obj, cost, g };
    }
    const e = best && best.obj > 0 ? effect(best.g, held) : { caught: 0, refused: 0 };
    caught += e.caught; refused += e.refused;
    console.log(`held out ${held}: picked p(none) >= ${best?.g[0]}, margin > ${best?.g[1]}, heading > ${best?.g[2]}; caught ${e.caught}, wrongly refused ${e.refused}${breaksFloor(held, e.refused) ? ' (above 5%)' : ''}`);
  }
  console.log(`held-out total: caught ${caught}, wrongly refused ${refused}`);
}

main();
