/**
 * operational_use on dev sets, set by set: `npx tsx bench/detect-opuse.ts <file.jsonl ...>` (never a sealed set).
 * Per set: operational_use tp/fn/fp (fp counted only where the set labels the type at all: sets without an
 * operational_use label say nothing about it), and the clean posts flagged by operational_use alone and by anything.
 * SHOW=miss|fp|all lists the items with the detector's signals (operationalSignals), for the dev sets only.
 * Fifteenth session (branch opuse15).
 */
import { scan } from '../src/detection';
import { operationalSignals } from '../src/detection/detectors/operational-use';
import { labelSpans } from '../src/detection/evaluation';
import { loadCorpus } from './lib/detect-datasets';

const show = process.env.SHOW ?? '';
const tot = { tp: 0, fn: 0, fp: 0, cleanOp: 0, cleanAny: 0, clean: 0 };
for (const f of process.argv.slice(2)) {
  if (/sealed|out-of-sample/.test(f)) continue;
  const posts = loadCorpus(f);
  const labels = posts.some((p) => p.expect.some((e) => e.type === 'operational_use'));
  const s = { tp: 0, fn: 0, fp: 0, cleanOp: 0, cleanAny: 0, clean: 0 };
  let flags = 0;
  const lines: string[] = [];
  for (const p of posts) {
    const found = scan({ text: p.text });
    const op = found.filter((x) => x.type === 'operational_use');
    const gold = labelSpans(p).filter((x) => x.type === 'operational_use');
    const why = (): string => {
      const g = operationalSignals(p.text.toLowerCase());
      return `[${g.request ?? '-'} s${g.score} live=${+g.live} inc=${+g.incident} oc=${+g.onCall} res=${+g.resource} scene=${+g.scene} against=${g.against.join(',')}]`;
    };
    for (const g of gold) {
      if (op.some((x) => x.start < g.end && g.start < x.end)) s.tp++;
      else {
        s.fn++;
        if (show === 'miss' || show === 'all') lines.push(`MISS ${why()} ${p.text.slice(0, 220)}`);
      }
    }
    for (const x of op) {
      if (gold.some((g) => x.start < g.end && g.start < x.end)) continue;
      if (labels) s.fp++;
      else flags++;
      if (show === 'fp' || show === 'all') lines.push(`FP${labels ? '' : '?'} ${why()} "${p.text.slice(x.start, x.end)}" | ${p.text.slice(0, 220)}`);
    }
    if (p.expect.length === 0) {
      s.clean++;
      if (op.length) s.cleanOp++;
      if (found.length) s.cleanAny++;
    }
  }
  for (const k of Object.keys(tot) as Array<keyof typeof tot>) tot[k] += s[k];
  const name = f.replace(/.*\//, '');
  console.log(`${name.padEnd(28)} op ${labels ? `${s.tp}/${s.tp + s.fn} fp ${s.fp}` : `(unlabelled) flags ${flags}`} | clean flagged by op ${s.cleanOp}, any ${s.cleanAny}/${s.clean}`);
  for (const l of lines) console.log('  ' + l);
}
console.log(`TOTAL op ${tot.tp}/${tot.tp + tot.fn} fp ${tot.fp} | clean flagged by op ${tot.cleanOp}, any ${tot.cleanAny}/${tot.clean}`);
