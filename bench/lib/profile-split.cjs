// Twentieth session: a V8 .cpuprofile read from a mark on (bench/detect-steady.cjs prints it: the steady state, warm-up
// left out). `node bench/lib/profile-split.cjs <file> <mark µs> [rows] [function]`: self time, time "in all" of the
// detection functions, and, with a function name, the samples under it split by its direct callee (inclusive).
'use strict';
const { readProfile } = require('./cpuprofile.cjs');
const [file, markArg, rowsArg, fn] = process.argv.slice(2);
const rows = Number(rowsArg ?? 30);
const { p, byId, parent, label } = readProfile(file, 100);
const keep = [];
for (let i = 0, t = p.startTime; i < p.samples.length; i++) if ((t += p.timeDeltas[i]) >= Number(markArg)) keep.push(p.samples[i]);
const total = keep.length;
const pct = (x) => `${((x / total) * 100).toFixed(1).padStart(5)}%`;
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, rows);
const chainOf = (id) => {
  const chain = [];
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur));
  return chain;
};
console.log(`${p.samples.length} samples, ${total} after the mark`);
if (fn) {
  const split = new Map();
  let under = 0;
  for (const id of keep) {
    const chain = chainOf(id);
    const k = chain.findIndex((n) => n.callFrame.functionName === fn);
    if (k < 0) continue;
    under++;
    const key = k === 0 ? '(self)' : label(chain[k - 1]);
    split.set(key, (split.get(key) ?? 0) + 1);
  }
  console.log(`${fn}: ${pct(under)} in all`);
  for (const [l, c] of top(split)) console.log(`${pct(c)}  ${l}`);
  return;
}
const self = new Map();
const inAll = new Map();
for (const id of keep) {
  const chain = chainOf(id);
  self.set(label(chain[0]), (self.get(label(chain[0])) ?? 0) + 1);
  const seen = new Set();
  for (const n of chain) {
    const l = label(n);
    if (!seen.has(l) && /detection\//.test(l)) (seen.add(l), inAll.set(l, (inAll.get(l) ?? 0) + 1));
  }
}
console.log('-- self --');
for (const [l, c] of top(self)) console.log(`${pct(c)}  ${l}`);
console.log('-- in all (detection functions) --');
for (const [l, c] of top(inAll)) console.log(`${pct(c)}  ${l}`);
let regex = 0;
for (const [l, c] of self) if (l.startsWith('RegExp:')) regex += c;
console.log(`-- all regex execution (self): ${pct(regex)}; garbage collector ${pct(self.get('(garbage collector) :0') ?? 0)}`);
