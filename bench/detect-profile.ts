/**
 * Where detection time goes: `npx tsx bench/detect-profile.ts [mode]` (engine from dist/ unless BENCH_ENGINE=src).
 * Posts: the texts of staff-posts.jsonl and every detect-dev*-blind.jsonl joined in order to ~140 characters
 * (the bench's "typical" shape), PROFILE_POSTS of them (default 20,000); PROFILE_SET=staff joins staff-posts.jsonl alone.
 *   scan    scans them for PROFILE_WARM seconds (default 5, JIT warm-up), then for PROFILE_SECONDS (default 10) under
 *           the V8 sampling profiler (100 µs), and writes the profile to PROFILE_OUT (default /tmp/detect-scan.cpuprofile).
 *   rules   the cost of each detector (needs + run, timed per call) and of the pre-pass, per post.
 *   paired  this build against BENCH_BASELINE (another dist/ folder), PROFILE_ROUNDS alternating rounds (default 20) of
 *           0.5 s each: posts per CPU-second of each and the median of the per-round-pair ratios (the box is shared).
 *           BIASED BY LOAD ORDER: the engine loaded first reads about 1.35x faster (fifteenth session: 1.48x one way,
 *           1.24x the other). Run it from both checkouts and take the geometric mean, or use section 5 of bench:detect.
 *   work    regex runs and characters advanced per post (exact, load-independent), this build and BENCH_BASELINE if set.
 *   jsonl   writes them as JSON lines to PROFILE_OUT (default /tmp/detect-profile.jsonl) for the CLI:
 *           `node --cpu-prof dist/src/cli/main.js scan --json < /tmp/detect-profile.jsonl > /dev/null`.
 * Read a profile with `node bench/lib/profile-top.cjs <file.cpuprofile>`.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { profilePosts } from './lib/profile-posts';
import { baseline, detection, ENGINE_FROM } from './lib/engine';
import { regexWork } from './lib/regex-work';

const ROOT = join(__dirname, '..');
const posts = profilePosts(process.env.PROFILE_SET === 'staff');

const mode = process.argv[2] ?? 'scan';
if (mode === 'jsonl') {
  const out = process.env.PROFILE_OUT ?? '/tmp/detect-profile.jsonl';
  writeFileSync(out, posts.map((text) => JSON.stringify({ text })).join('\n') + '\n');
  console.log(`${posts.length} posts -> ${out}`);
} else if (mode === 'scan') {
  const scanFor = (seconds: number): string => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let n = 0;
    while (performance.now() - t0 < seconds * 1000) detection.scan({ text: posts[n++ % posts.length] });
    const used = process.cpuUsage(c0);
    return `${n} posts, ${Math.round(n / ((used.user + used.system) / 1e6))} posts per CPU-second`;
  };
  console.log(`${ENGINE_FROM}, warm-up: ${scanFor(Number(process.env.PROFILE_WARM ?? 5))}`);
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<any> =>
    new Promise((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));
  void (async () => {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 100 });
    await post('Profiler.start');
    const rate = scanFor(Number(process.env.PROFILE_SECONDS ?? 10));
    const { profile } = await post('Profiler.stop');
    const out = process.env.PROFILE_OUT ?? '/tmp/detect-scan.cpuprofile';
    writeFileSync(out, JSON.stringify(profile));
    console.log(`profiled: ${rate} -> ${out}`);
  })();
} else if (mode === 'paired') {
  if (!baseline) throw new Error('paired needs BENCH_BASELINE=<a dist/ folder>');
  const engines = [detection, baseline];
  const rate = (engine: typeof detection, from: number): number => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    let n = 0;
    while (performance.now() - t0 < 500) engine.scan({ text: posts[(from + n++) % posts.length] });
    const used = process.cpuUsage(c0);
    return n / ((used.user + used.system) / 1e6);
  };
  for (const e of engines) for (let i = 0; i < 3000; i++) e.scan({ text: posts[i] }); // warm-up
  const ratios: number[] = [];
  const rates: number[][] = [[], []];
  for (let r = 0; r < Number(process.env.PROFILE_ROUNDS ?? 20); r++) {
    // Alternate which engine goes first, so neither always runs right after the other's garbage.
    const order = r % 2 ? [1, 0] : [0, 1];
    const got = [0, 0];
    for (const i of order) got[i] = rate(engines[i], r * 1009);
    rates[0].push(got[0]);
    rates[1].push(got[1]);
    ratios.push(got[0] / got[1]);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`this build ${Math.round(median(rates[0]))}, baseline ${Math.round(median(rates[1]))} posts per CPU-second (medians); ratio median ${median(ratios).toFixed(3)}, rounds: ${ratios.map((x) => x.toFixed(2)).join(' ')}`);
} else if (mode === 'work') {
  for (const [name, engine] of [['this build', detection], ['baseline', baseline]] as const) {
    if (!engine) continue;
    const w = regexWork(() => posts.forEach((text) => engine.scan({ text })));
    console.log(`${name}: ${(w.calls / posts.length).toFixed(2)} regex runs, ${Math.round(w.chars / posts.length)} characters advanced per post`);
  }
} else if (mode === 'rules') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (m: string): any => require(join(ROOT, ENGINE_FROM === 'dist' ? 'dist/src/detection' : 'src/detection', m));
  const { DETECTORS, SCAN_TABLES } = load('detectors/registry');
  const { ScanContext } = load('scan-context');
  const { parseDetectionConfig } = load('config');
  const { normaliseForScan } = load('normalise');
  const config = parseDetectionConfig({});
  const names: string[] = ['normalise + pre-pass', ...DETECTORS.map((d: { id: string }) => d.id)];
  const ms = new Float64Array(names.length);
  const ran = new Float64Array(names.length);
  /** Runs that proposed nothing, and the time they took: what a sharper `needs` could save at most. */
  const idle = new Float64Array(names.length);
  const idleMs = new Float64Array(names.length);
  for (let round = 0; round < 3; round++) {
    for (const text of posts) {
      let t = performance.now();
      const ctx = new ScanContext(normaliseForScan(text).text, config, SCAN_TABLES, true);
      let t2 = performance.now();
      if (round > 0) ms[0] += t2 - t;
      const out: unknown[] = [];
      DETECTORS.forEach((d: { needs(c: unknown): boolean; run(c: unknown, o: unknown[]): void }, i: number) => {
        t = t2;
        const go = d.needs(ctx);
        const before = out.length;
        if (go) d.run(ctx, out);
        t2 = performance.now();
        if (round > 0) ((ms[i + 1] += t2 - t), (ran[i + 1] += go ? 1 : 0));
        if (round > 0 && go && out.length === before) ((idle[i + 1] += 1), (idleMs[i + 1] += t2 - t));
      });
    }
  }
  const n = posts.length * 2;
  const total = ms.reduce((a, b) => a + b, 0);
  console.log(`${ENGINE_FROM}: µs per post (wall clock, timer overhead included), share, posts it ran on, posts it ran on and proposed nothing (their share of its time)`);
  const pc = (x: number): string => `${(x * 100).toFixed(0)}%`.padStart(5);
  names.forEach((name, i) =>
    console.log(`${name.padEnd(24)} ${((ms[i] * 1000) / n).toFixed(2).padStart(7)} ${((ms[i] / total) * 100).toFixed(1).padStart(5)}% ${i ? `${pc(ran[i] / n)} ${pc(idle[i] / n)} (${pc(idleMs[i] / ms[i])})` : ''}`),
  );
  console.log(`total ${((total * 1000) / n).toFixed(2)} µs per post`);
}
