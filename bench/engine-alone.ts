/**
 * The whole engine in a process that loads one build only (fifteenth session): `npx tsx bench/engine-alone.ts <dist folder>`.
 * Scans the profile's typical posts (PROFILE_OUT of `npx tsx bench/detect-profile.ts jsonl`, default
 * /tmp/detect-profile.jsonl; the first 20,000) once to warm up, then PROFILE_PASSES times (default 5); prints the best
 * and the median posts per CPU-second. Alternate builds across processes on a shared box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2];
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createScanner } = require(join(dist, 'src/detection')) as { createScanner: () => { scan(p: { text: string }): unknown } };
const posts = readFileSync(process.env.PROFILE_OUT ?? '/tmp/detect-profile.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, 20_000)
  .map((l) => JSON.parse(l) as { text: string });
const scanner = createScanner();
const pass = (): number => {
  const c0 = process.cpuUsage();
  for (const p of posts) scanner.scan(p);
  const u = process.cpuUsage(c0);
  return posts.length / ((u.user + u.system) / 1e6);
};
pass();
const rates = Array.from({ length: Number(process.env.PROFILE_PASSES ?? 5) }, pass).sort((a, b) => b - a);
console.log(`${dist}: best ${Math.round(rates[0])}, median ${Math.round(rates[Math.floor(rates.length / 2)])} posts per CPU-second`);
