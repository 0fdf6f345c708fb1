/**
 * One detector's CPU cost per typical post, in a process that loads one build only (fifteenth session; the speed14g
 * lesson: two engines in one process mislead): `npx tsx bench/detector-alone.ts <dist folder> <detector id>`.
 * Contexts are built first (normalise and pre-pass not timed); then `needs` and `run` over every post, PROFILE_PASSES
 * times (default 7), CPU time per pass; prints the median and best µs per post. Alternate builds across processes.
 */
import { join } from 'node:path';
import { detectorInternals } from './lib/detector-internals';
import { profilePosts } from './lib/profile-posts';

const [dist, id] = process.argv.slice(2);
const posts = profilePosts();
const { detectors: DETECTORS, context } = detectorInternals(join(dist, 'src/detection'));
const index = DETECTORS.findIndex((d) => d.id === id);
if (index < 0) throw new Error(`no detector ${id}`);
const det = DETECTORS[index];
// Each post's context and the candidates of the detectors before this one (some detectors read them).
const prepared = posts.map((text) => {
  const ctx = context(text);
  const out: unknown[] = [];
  for (const d of DETECTORS.slice(0, index)) if (d.needs(ctx)) d.run(ctx, out);
  return { ctx, out };
});
const pass = (): number => {
  const c0 = process.cpuUsage();
  for (const { ctx, out } of prepared) {
    const n = out.length;
    if (det.needs(ctx)) det.run(ctx, out);
    out.length = n;
  }
  const u = process.cpuUsage(c0);
  return (u.user + u.system) / prepared.length;
};
pass();
const times = Array.from({ length: Number(process.env.PROFILE_PASSES ?? 7) }, pass).sort((a, b) => a - b);
console.log(`${id} ${dist}: median ${times[Math.floor(times.length / 2)].toFixed(2)} µs, best ${times[0].toFixed(2)} µs per post`);
