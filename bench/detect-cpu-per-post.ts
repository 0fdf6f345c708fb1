/**
 * CPU time per post of `scan`, one engine per process (the paired in-process bench is biased by load order):
 *   npx tsx bench/detect-cpu-per-post.ts [engine root, default this tree]
 * Posts: the profiling benches' typical posts (bench/lib/profile-posts.ts, PROFILE_POSTS, default 20,000), scanned
 * ROUNDS times (default 5) after one warm-up round; prints the median microseconds of CPU per post over the rounds.
 * Run it for two trees alternately, a few times each, and compare medians. Sixteenth session (branch opml16).
 */
import { join } from 'node:path';
import { profilePosts } from './lib/profile-posts';

async function main(): Promise<void> {
  const root = process.argv[2] ?? join(__dirname, '..');
  const { scan } = (await import(join(root, 'src/detection'))) as { scan: (p: { text: string }) => unknown[] };
  const posts = profilePosts();
  let sink = 0;
  for (const text of posts) sink += scan({ text }).length;
  const per: number[] = [];
  for (let r = 0; r < Number(process.env.ROUNDS ?? 5); r++) {
    const t0 = process.cpuUsage();
    for (const text of posts) sink += scan({ text }).length;
    const t = process.cpuUsage(t0);
    per.push((t.user + t.system) / posts.length);
  }
  per.sort((a, b) => a - b);
  console.log(`${root}: ${per[per.length >> 1].toFixed(2)} us CPU per post (median of ${per.length} rounds of ${posts.length}; rounds ${per.map((x) => x.toFixed(1)).join(' ')}) [${sink}]`);
}

void main();
