/**
 * How far gating can go (fifteenth session): `npx tsx bench/gate-ceiling.ts` (engine from dist/ unless BENCH_ENGINE=src).
 * On the profile's typical posts (bench/detect-profile.ts's shape, PROFILE_POSTS, default 20,000) it times, in
 * alternating 0.5 s rounds (PROFILE_ROUNDS, default 10), posts per CPU-second of:
 *   engine     the detectors as the scanner runs them (normalise, pre-pass, each detector behind its `needs`);
 *   oracle     the same, but each post runs only the detectors that propose something on it (a perfect `needs`, known
 *              in advance: what any cue scan that gates whole detectors could at best reach);
 *   pre-pass   normalise and the pre-pass alone (what one pass over the post costs before any rule runs).
 * The scanner's own steps after the detectors (resolve, listed values, masks) are left out of all three.
 */
import { join } from 'node:path';
import { detectorInternals, type BenchDetector } from './lib/detector-internals';
import { profilePosts } from './lib/profile-posts';
import { ENGINE_FROM } from './lib/engine';

const ROOT = join(__dirname, '..');
const posts = profilePosts();
const { detectors: DETECTORS, context } = detectorInternals(join(ROOT, ENGINE_FROM === 'dist' ? 'dist/src/detection' : 'src/detection'));
type Det = BenchDetector;

// Which detectors propose something on each post.
const useful: Det[][] = posts.map((text) => {
  const ctx = context(text);
  const out: unknown[] = [];
  const kept: Det[] = [];
  for (const d of DETECTORS) {
    if (!d.needs(ctx)) continue;
    const before = out.length;
    d.run(ctx, out);
    if (out.length > before) kept.push(d);
  }
  return kept;
});
const ran = posts.reduce((a, text) => a + DETECTORS.filter((d) => d.needs(context(text))).length, 0) / posts.length;
const kept = useful.reduce((a, u) => a + u.length, 0) / posts.length;
const withFinding = useful.filter((u) => u.length > 0).length / posts.length;

const modes: Array<[string, (i: number) => void]> = [
  ['engine (each detector behind its needs)', (i) => {
    const ctx = context(posts[i]);
    const out: unknown[] = [];
    for (const d of DETECTORS) if (d.needs(ctx)) d.run(ctx, out);
  }],
  ['oracle (only the detectors that propose)', (i) => {
    const ctx = context(posts[i]);
    const out: unknown[] = [];
    for (const d of useful[i]) d.run(ctx, out);
  }],
  ['normalise + pre-pass alone', (i) => void context(posts[i])],
];
const rate = (fn: (i: number) => void, from: number): number => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  while (performance.now() - t0 < 500) fn((from + n++) % posts.length);
  const used = process.cpuUsage(c0);
  return n / ((used.user + used.system) / 1e6);
};
for (const [, fn] of modes) for (let i = 0; i < 3000; i++) fn(i % posts.length); // PROFILE_POSTS may be under 3,000
const rounds = Number(process.env.PROFILE_ROUNDS ?? 10);
const rates: number[][] = modes.map(() => []);
for (let r = 0; r < rounds; r++) modes.forEach(([, fn], k) => rates[(k + r) % modes.length].push(rate(modes[(k + r) % modes.length][1], r * 997)));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${ENGINE_FROM}, ${posts.length} typical posts: detectors run ${ran.toFixed(2)} per post, propose on ${kept.toFixed(2)}; ${(withFinding * 100).toFixed(0)}% of posts get a candidate`);
modes.forEach(([name], k) => console.log(`${name.padEnd(44)} ${Math.round(median(rates[k]))} posts per CPU-second (median of ${rounds})`));
const ratio = rates[0].map((e, r) => rates[1][r] / e);
console.log(`oracle / engine, median per round: ${median(ratio).toFixed(2)}x`);
