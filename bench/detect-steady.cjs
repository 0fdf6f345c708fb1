// Twentieth session: the engine's steady state for `node --cpu-prof` and callgrind, one build per process, plain node
// (no tsx). Posts: a JSON-lines file (`PROFILE_SET=staff PROFILE_OUT=<file> npx tsx bench/detect-profile.ts jsonl`).
//   node --cpu-prof --cpu-prof-dir=<dir> --cpu-prof-interval 200 bench/detect-steady.cjs <dist> <posts.jsonl> profile [warm passes] [seconds]
//     warms up, prints the steady rate and the mark (µs, the profile's clock) after which samples are steady state:
//     `node bench/lib/profile-split.cjs <file.cpuprofile> <mark> [rows] [function]` reads only those samples.
//   valgrind --tool=callgrind --smc-check=all-non-file node --single-threaded bench/detect-steady.cjs <dist> <posts.jsonl> passes <warm> <n> [posts]
//     scans the first `posts` (default 2,000) posts warm + n times; with n = 1 and 3, (I(3) - I(1)) / (2 * posts) is a
//     steady post's instruction count (callgrind's "Collected"), which does not move with the box's load.
'use strict';
const { readFileSync } = require('node:fs');
const [dist, file, mode, a, b, c] = process.argv.slice(2);
const { createScanner } = require(`${dist}/src/detection/index.js`);
const posts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
const scanner = createScanner(undefined);
let sink = 0;
if (mode === 'passes') {
  const some = posts.slice(0, Number(c ?? 2000));
  for (let r = 0; r < Number(a) + Number(b); r++) for (const t of some) sink += scanner.scan({ text: t }).length;
  console.log(`${some.length} posts x ${Number(a) + Number(b)} [${sink}]`);
} else {
  for (let r = 0; r < Number(a ?? 2); r++) for (const t of posts) sink += scanner.scan({ text: t }).length;
  const mark = process.hrtime.bigint() / 1000n;
  const c0 = process.cpuUsage();
  const t0 = Date.now();
  let n = 0;
  while (Date.now() - t0 < Number(b ?? 10) * 1000) for (let k = 0; k < 1000; k++) sink += scanner.scan({ text: posts[n++ % posts.length] }).length;
  const u = process.cpuUsage(c0);
  console.log(`${dist}: steady ${n} posts, ${Math.round(n / ((u.user + u.system) / 1e6))} posts per CPU-second; mark ${mark} [${sink}]`);
}
