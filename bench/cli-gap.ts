/**
 * Where the CLI shape's cost per line goes, one build per process (`npx tsx bench/cli-gap.ts [dist] [jsonl]`; defaults:
 * this checkout's dist/ and the bench's 100,000 typical posts written to a temporary file). In one fresh process over
 * the same lines, CPU time per line of: reading and splitting the file, parsing each line (the CLI's parseLine), the
 * engine's first pass over all of them (what the CLI pays: warm-up included), writing each output line
 * (findingsLine and its UTF-8 bytes), and a second pass (the steady state that bench:detect's in-process section
 * reads). Sixteenth session: the gap between the in-process and CLI figures was the first pass's warm-up, not I/O.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, postsOfLength } from './lib/detect-datasets';

const dist = process.argv[2] ?? join(__dirname, '../dist');
let file = process.argv[3];
if (!file) {
  file = join(tmpdir(), `cli-gap-${process.pid}.jsonl`);
  writeFileSync(file, postsOfLength(loadCorpus(), 140, 100_000).map((text) => JSON.stringify({ text })).join('\n') + '\n');
}
// The child is plain node on the build (no tsx), as the CLI ships.
const child = `
const { readFileSync } = require('node:fs');
const { createScanner } = require(${JSON.stringify(join(dist, 'src/detection/index.js'))});
const { parseLine, findingsLine } = require(${JSON.stringify(join(dist, 'src/cli/commands/scan.js'))});
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const t0 = cpu();
const lines = readFileSync(${JSON.stringify(file)}, 'utf8').split('\\n');
lines.pop();
const t1 = cpu();
const posts = lines.map(parseLine);
const t2 = cpu();
const scanner = createScanner(undefined);
const found = posts.map((p) => scanner.scan(p));
const t3 = cpu();
let bytes = 0;
for (let i = 0; i < posts.length; i++) bytes += Buffer.byteLength(findingsLine(found[i], posts[i].text));
const t4 = cpu();
for (const p of posts) scanner.scan(p);
const t5 = cpu();
const us = (s) => (s * 1e6 / lines.length).toFixed(1);
console.log(JSON.stringify({ lines: lines.length, readSplit: us(t1 - t0), parse: us(t2 - t1), firstPass: us(t3 - t2), write: us(t4 - t3), secondPass: us(t5 - t4), warmUp: us(t3 - t2 - (t5 - t4)) }));
`;
const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8', maxBuffer: 1 << 24 });
if (r.status !== 0) throw new Error(r.stderr);
const o = JSON.parse(r.stdout) as Record<string, string>;
console.log(`${dist}: ${o.lines} lines; CPU µs per line: read+split ${o.readSplit}, parse ${o.parse}, write ${o.write}; engine first pass ${o.firstPass}, second pass ${o.secondPass} (warm-up ${o.warmUp} a line over this many lines)`);
