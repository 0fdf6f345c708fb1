/**
 * Regex work per regex (exact, load-independent): `npx tsx bench/regex-tally.ts [rows]` (engine from dist/ unless
 * BENCH_ENGINE=src). Scans the profile's typical posts (bench/detect-profile.ts's shape: every dev corpus joined to
 * ~140 characters, PROFILE_POSTS of them, default 20,000) with RegExp.prototype.exec wrapped, and prints per regex
 * source the runs, the runs that matched, and the characters advanced (regex-work.ts's measure), per post.
 */
import { join } from 'node:path';
import { profilePosts } from './lib/profile-posts';
import { detection, ENGINE_FROM } from './lib/engine';

const posts = profilePosts();
for (const text of posts.slice(0, 2000)) detection.scan({ text });
const tally = new Map<string, { calls: number; hits: number; chars: number }>();
const native = RegExp.prototype.exec;
RegExp.prototype.exec = function exec(this: RegExp, input: string): RegExpExecArray | null {
  const s = String(input);
  const from = this.global || this.sticky ? this.lastIndex : 0;
  const m = native.call(this, s);
  const key = `/${this.source}/${this.flags}`;
  let t = tally.get(key);
  if (!t) tally.set(key, (t = { calls: 0, hits: 0, chars: 0 }));
  t.calls++;
  if (m) t.hits++;
  if (this.sticky) t.chars += m ? m[0].length + 1 : 1;
  else t.chars += m ? m.index + m[0].length - from + 1 : s.length - from + 1;
  return m;
};
for (const text of posts) detection.scan({ text });
RegExp.prototype.exec = native;
const rows = [...tally.entries()].sort((a, b) => b[1].chars - a[1].chars);
const n = posts.length;
const all = rows.reduce((a, [, t]) => ({ calls: a.calls + t.calls, chars: a.chars + t.chars }), { calls: 0, chars: 0 });
console.log(`${ENGINE_FROM}: ${rows.length} regexes; per post ${(all.calls / n).toFixed(2)} runs, ${(all.chars / n).toFixed(0)} characters advanced`);
console.log('runs/post  hit/post  chars/post  regex');
for (const [src, t] of rows.slice(0, Number(process.argv[2] ?? 40)))
  console.log(`${(t.calls / n).toFixed(3).padStart(9)} ${(t.hits / n).toFixed(3).padStart(9)} ${(t.chars / n).toFixed(1).padStart(10)}  ${src.slice(0, 150)}`);
