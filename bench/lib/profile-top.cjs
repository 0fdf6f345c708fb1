// Summarises a V8 .cpuprofile: `node bench/lib/profile-top.cjs <file> [rows]`.
// Self time per function (share of all samples; an inspector profile charges regex execution to the JS caller,
// a `node --cpu-prof` profile lists it as `RegExp:` frames) and, for functions in src/detection,
// time "in all" (samples with the function anywhere on the stack, counted once).
'use strict';
const { readProfile } = require('./cpuprofile.cjs');

const [file, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 30);
const { p, byId, parent, label } = readProfile(file);
const self = new Map();
const inAll = new Map();
const total = p.samples.length;
for (const id of p.samples) {
  const n = byId.get(id);
  self.set(label(n), (self.get(label(n)) ?? 0) + 1);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (!seen.has(l) && /detection\//.test(l)) (seen.add(l), inAll.set(l, (inAll.get(l) ?? 0) + 1));
  }
}
const pct = (x) => `${((x / total) * 100).toFixed(1).padStart(5)}%`;
const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, rows);
console.log(`${total} samples\n-- self --`);
for (const [l, c] of top(self)) console.log(`${pct(c)}  ${l}`);
console.log('-- in all (detection functions) --');
for (const [l, c] of top(inAll)) console.log(`${pct(c)}  ${l}`);
let regex = 0;
for (const [l, c] of self) if (l.startsWith('RegExp:')) regex += c;
console.log(`-- all regex execution (self): ${pct(regex)}; garbage collector ${pct(self.get('(garbage collector) :0') ?? 0)}`);
// Who calls the shared regex helpers (each caller's samples spent inside them, in all).
const helpers = /^(eachMatchNear|eachMatch|near) /;
const callers = new Map();
for (const id of p.samples) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(byId.get(cur));
    if (!helpers.test(l)) continue;
    const up = parent.get(cur);
    const key = `${l.split(' ')[0]} <- ${up !== undefined ? label(byId.get(up)) : '?'}`;
    if (!seen.has(key)) (seen.add(key), callers.set(key, (callers.get(key) ?? 0) + 1));
  }
}
console.log('-- regex helpers by caller (in all) --');
for (const [l, c] of top(callers)) console.log(`${pct(c)}  ${l}`);
