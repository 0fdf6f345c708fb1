import { readFileSync } from 'node:fs';
import { DETECTORS, SCAN_TABLES } from '../src/detection/detectors/registry';
import { ScanContext } from '../src/detection/scan-context';
import { parseDetectionConfig } from '../src/detection/config';
import { normaliseForScan } from '../src/detection/normalise';
const id = process.argv[2];
const config = parseDetectionConfig({});
const lines = readFileSync('/tmp/detect-profile.jsonl', 'utf8').split('\n').filter(Boolean).slice(0, 20000).map((l) => JSON.parse(l).text as string);
const det = DETECTORS.find((d) => d.id === id)!;
const tally = new Map<string, { calls: number; hits: number; chars: number; ms: number }>();
const native = RegExp.prototype.exec;
let runs = 0, props = 0;
for (const text of lines) {
  const ctx = new ScanContext(normaliseForScan(text).text, config, SCAN_TABLES, true);
  const out: any[] = [];
  for (const d of DETECTORS) { if (d === det) break; if (d.needs(ctx)) d.run(ctx, out); }
  if (!det.needs(ctx)) continue;
  runs++;
  const before = out.length;
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    const s = String(input); const from = this.global || this.sticky ? this.lastIndex : 0;
    const t0 = performance.now(); const m = native.call(this, s); const dt = performance.now() - t0;
    const key = `/${this.source}/${this.flags}`; let t = tally.get(key); if (!t) tally.set(key, (t = { calls: 0, hits: 0, chars: 0, ms: 0 }));
    t.calls++; if (m) t.hits++; t.ms += dt; t.chars += m ? m.index + m[0].length - from + 1 : s.length - from + 1; return m;
  };
  det.run(ctx, out);
  RegExp.prototype.exec = native;
  if (out.length > before) props++;
}
const n = lines.length;
console.log(`${id}: ran on ${runs}, proposed on ${props} of ${n}`);
for (const [src, t] of [...tally].sort((a, b) => b[1].ms - a[1].ms).slice(0, +(process.argv[3] ?? 25)))
  console.log(`${(t.calls / n).toFixed(3).padStart(7)} ${(t.hits / n).toFixed(3).padStart(7)} ${(t.chars / n).toFixed(1).padStart(7)} ${((t.ms * 1000) / n).toFixed(2).padStart(6)}µs  ${src.slice(0, 120)}`);
