/**
 * Detection benchmark: `npm run bench:detect`.
 * 1. Precision / recall / F2 per type on the public Presidio synthetic set (when present).
 * 2. The same on the dev corpora, side by side with redact-pii and OpenRedaction.
 * 3. Recall on each dev corpus and on the two sealed corpora: aggregate figures only for the sealed ones (never a post); SKIP_SEALED=1 leaves them out.
 * 4. Throughput in process, one core, paired with redact-pii: posts per CPU-second and per wall-second,
 *    for typical, long and clean chatty posts, and for our engine with its prefilter off.
 * 5. Throughput through the CLI shape (JSON lines in and out, one process per system), start-up excluded, peak RSS.
 * 6. 1 MB adversarial posts, and cost per character at 10 KB / 100 KB / 1 MB (linearity).
 * Knobs: BENCH_CLI_POSTS (default 100000), BENCH_CLI_ROUNDS (default 2), BENCH_SKIP_CLI=1,
 * BENCH_ONLY=4,6 (run only the listed sections, e.g. BENCH_ONLY=6 for the adversarial posts alone),
 * BENCH_ENGINE=src (time the sources through tsx instead of the dist/ build; see lib/engine.ts),
 * BENCH_BASELINE=<dist folder> (another build measured in the same rounds: a paired before/after),
 * BENCH_TSX=1 (the sources through tsx measured in the same rounds as the build).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationResult, LabelledPost } from '../src/detection/evaluation';
import { loadCorpus, loadPresidio, postsOfLength } from './lib/detect-datasets';
import { openRedaction, redactPii, type System } from './lib/detect-peers';
import { adversarialPosts, cliThroughput, pairedThroughput, timeScan } from './lib/detect-speed';
import { fmt, table } from './lib/detect-table';
import { baseline, BASELINE_DIST, detection, ENGINE_FROM, evaluation, sourceEngine } from './lib/engine';
import { regexWork } from './lib/regex-work';

const { createScanner, scan } = detection;
const { evaluate } = evaluation;
const ours: System = { name: 'policy-bot detection', detect: (text) => scan({ text }) };
const withoutPrefilter = createScanner({}, { prefilter: false });
/** The same engine running every detector on every post: what the prefilter saves (its findings are identical). */
const unfiltered: System = { name: 'policy-bot, prefilter off', detect: (text) => withoutPrefilter.scan({ text }) };
const redact = redactPii();
const systems = [ours, redact, openRedaction()];
const DEV_BLIND = join(__dirname, '../test/fixtures/detect-dev-blind.jsonl');
/**
 * Blind-written dev corpora (3-24), each in section 3. Every one was written blind and read in aggregate first, then
 * tuned on from the next session (docs/detection.md), so all are dev sets now; the blind set of the current session
 * stays in test/fixtures/out-of-sample/ and is not listed here.
 */
const DEV_NUMBERED = [3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28, 29, 30, 31, 32, 34].map((n) => [`dev${n}-blind (dev)`, join(__dirname, `../test/fixtures/detect-dev${n}-blind.jsonl`)] as const);
/** Fourteenth and fifteenth sessions: sets written for one kind of work and read item by item from the start (dev26: 260 hard clean near misses; dev27-core: 200 core-format posts; dev27-names: 200 posts naming people; dev27-health: 200 posts on health; dev28-core: 254 posts of core values in other forces' and countries' formats; dev28-opuse: 172 posts, 75 live operational use and 97 near misses; dev28-opuse2: 60 posts, 30 and 30, a check written after the first round; dev28-opuse3: 40 posts, 20 and 20, after the second; dev28-opuse4: 30 posts, 15 and 15, after the third; sixteenth session: dev29-core-check, 123 posts of core values in the failure mechanisms the dev sets showed, 58 clean; dev29-nh-check, 143 posts naming people or health, 68 clean; dev29-review-clean, 300 posts, 240 clean near misses beside the session's new rules; each measured before its round, then tuned on; seventeenth session: dev30-core/names/health-learnt-check, about 120 posts each, about 50 clean, written before the learnt readers that were measured and not wired; nineteenth session: dev33-core, 260 posts by a blind writer asked for hurried core values, 111 clean, read once in aggregate before any tuning: core 229/247 = 0.927; dev33-review-clean, 164 posts, 133 clean near misses beside core19's rules and 31 of their values, written before reading them: 51/133 clean flagged on integration, 11 before core19; twentieth session: dev35-review-clean, 200 posts, 160 clean near misses written by a reviewer before reading any code: 4/160 clean flagged on integration, 1 after prec20; twenty-first session: dev37-review-clean, 200 posts, 160 clean near misses and 40 with values, by a reviewer before reading any code: 14/160 clean flagged on integration 5dd0081). */
const DEV_FOCUSED = [
  ['dev26-clean (dev)', join(__dirname, '../test/fixtures/detect-dev26-clean.jsonl')],
  ['dev27-core (dev)', join(__dirname, '../test/fixtures/detect-dev27-core.jsonl')],
  ['dev27-names (dev)', join(__dirname, '../test/fixtures/detect-dev27-names.jsonl')],
  ['dev27-health (dev)', join(__dirname, '../test/fixtures/detect-dev27-health.jsonl')],
  ['dev28-core (dev)', join(__dirname, '../test/fixtures/detect-dev28-core.jsonl')],
  ['dev28-opuse (dev)', join(__dirname, '../test/fixtures/detect-dev28-opuse.jsonl')],
  ['dev28-opuse2 (dev)', join(__dirname, '../test/fixtures/detect-dev28-opuse2.jsonl')],
  ['dev28-opuse3 (dev)', join(__dirname, '../test/fixtures/detect-dev28-opuse3.jsonl')],
  ['dev28-opuse4 (dev)', join(__dirname, '../test/fixtures/detect-dev28-opuse4.jsonl')],
  ['dev29-core-check (dev)', join(__dirname, '../test/fixtures/detect-dev29-core-check.jsonl')],
  ['dev29-nh-check (dev)', join(__dirname, '../test/fixtures/detect-dev29-nh-check.jsonl')],
  ['dev29-review-clean (dev)', join(__dirname, '../test/fixtures/detect-dev29-review-clean.jsonl')],
  ['dev30-core-learnt-check (dev)', join(__dirname, '../test/fixtures/detect-dev30-core-learnt-check.jsonl')],
  ['dev30-names-learnt-check (dev)', join(__dirname, '../test/fixtures/detect-dev30-names-learnt-check.jsonl')],
  ['dev30-health-learnt-check (dev)', join(__dirname, '../test/fixtures/detect-dev30-health-learnt-check.jsonl')],
  ['dev31-core-check (dev)', join(__dirname, '../test/fixtures/detect-dev31-core-check.jsonl')],
  ['dev31-health-check (dev)', join(__dirname, '../test/fixtures/detect-dev31-health-check.jsonl')],
  ['dev33-core (dev)', join(__dirname, '../test/fixtures/detect-dev33-core.jsonl')],
  ['dev33-review-clean (dev)', join(__dirname, '../test/fixtures/detect-dev33-review-clean.jsonl')],
  ['dev35-review-clean (dev)', join(__dirname, '../test/fixtures/detect-dev35-review-clean.jsonl')],
  ['dev37-review-clean (dev)', join(__dirname, '../test/fixtures/detect-dev37-review-clean.jsonl')],
] as const;
/** The sealed corpora: aggregates only. The second was written in the fifth session, the third in the sixth, each measured once before it was committed. */
const SEALED_SETS = [
  ['sealed', join(__dirname, '../test/detection/sealed/detect-sealed.jsonl')],
  ['sealed 2', join(__dirname, '../test/detection/sealed/detect-sealed2.jsonl')],
  ['sealed 3', join(__dirname, '../test/detection/sealed/detect-sealed3.jsonl')],
  ['sealed 4', join(__dirname, '../test/detection/sealed/detect-sealed4.jsonl')],
] as const;

function section(title: string): void {
  console.log(`\n=== ${title} ===`);
}

const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
/** Whether section n runs (all of them unless BENCH_ONLY lists some). */
const runs = (n: number): boolean => !ONLY || ONLY.has(String(n));

function short(name: string): string {
  return name.startsWith('policy') ? 'ours' : name.startsWith('redact') ? 'redact-pii' : 'openredaction';
}

function accuracy(posts: LabelledPost[], label: string, typeFilter?: Set<string>): void {
  const results = systems.map((s) => evaluate(posts, (text) => s.detect(text), typeFilter));
  const types = [...new Set(posts.flatMap((p) => p.expect.map((e) => e.type)))].sort();
  const rows = types.map((t): Array<string | number> => [
    t,
    results[0].perType[t] ? results[0].perType[t].tp + results[0].perType[t].fn : 0,
    ...results.flatMap((r): Array<string | number> => (r.perType[t] ? [r.perType[t].precision, r.perType[t].recall, r.perType[t].f2] : ['-', '-', '-'])),
  ]);
  console.log(table(['type', 'gold', ...systems.flatMap((s) => [`${short(s.name)} P`, 'R', 'F2'])], rows));
  console.log(table(['system', 'P (all types)', 'R', 'F2', 'clean posts flagged'], results.map((r, i) => [systems[i].name, r.overall.precision, r.overall.recall, r.overall.f2, flagged(r)])));
  console.log(`(${label}: ${posts.length} posts; a prediction counts when its span overlaps a label of the same type; peers' unmappable types are ignored)`);
}

const flagged = (r: EvaluationResult): string => `${r.cleanPostsFlagged}/${r.cleanPosts} (${(r.falsePositiveRate * 100).toFixed(1)}%)`;

/** Recall per group: core (all but person_name and health), person_name, health. */
function groups(r: EvaluationResult): Array<string | number> {
  const recall = (keep: (t: string) => boolean): string => {
    let tp = 0;
    let fn = 0;
    for (const [t, s] of Object.entries(r.perType)) if (keep(t)) ((tp += s.tp), (fn += s.fn));
    return `${fmt(tp / Math.max(1, tp + fn))} (${tp}/${tp + fn})`;
  };
  return [recall((t) => t !== 'person_name' && t !== 'health'), recall((t) => t === 'person_name'), recall((t) => t === 'health'), flagged(r)];
}

function main(): void {
  const corpus = loadCorpus();
  console.log(`engine measured: ${ENGINE_FROM === 'dist' ? 'dist/ (tsc build, what ships; npm run bench:detect builds first)' : 'src/ through tsx (BENCH_ENGINE=src)'}`);
  if (runs(1)) presidioSection();
  if (runs(2) || runs(3)) devSections(corpus);
  if (runs(4)) inProcessSection(corpus);
  if (runs(5)) cliSection(corpus);
  if (runs(6)) adversarialSection(corpus);
}

function presidioSection(): void {
  const presidio = loadPresidio();
  section('1. Presidio synthetic v2 (US-centric; region GB phone detection)');
  if (!presidio) console.log('skipped: ../shared/benchmarks/presidio-synth-v2.json not found');
  else {
    accuracy(presidio, 'presidio-synth-v2', new Set(['payment_card', 'email', 'iban', 'ip_address', 'phone', 'person_name', 'address']));
    console.log("Presidio's default analyzer, published, all entity types incl. NER: P 0.685  R 0.603  F2 0.618");
  }

}

function devSections(corpus: LabelledPost[]): void {
  section('2. Dev corpora');
  accuracy(corpus, 'test/fixtures/staff-posts.jsonl');
  const devBlind = existsSync(DEV_BLIND) ? loadCorpus(DEV_BLIND) : [];
  if (devBlind.length) accuracy(devBlind, 'test/fixtures/detect-dev-blind.jsonl (written blind, used for tuning)');

  section('3. Recall per group (sealed: aggregates only)');
  const sets: Array<[string, LabelledPost[]]> = [['staff-posts (dev)', corpus], ['dev-blind (dev)', devBlind]];
  for (const [name, file] of DEV_NUMBERED) if (existsSync(file)) sets.push([name, loadCorpus(file)]);
  for (const [name, file] of DEV_FOCUSED) if (existsSync(file)) sets.push([name, loadCorpus(file)]);
  // SKIP_SEALED=1 while developing: sealed figures are looked at only for a final report.
  for (const [name, file] of SEALED_SETS) if (existsSync(file) && !process.env.SKIP_SEALED) sets.push([name, loadCorpus(file)]);
  console.log(table(['set', 'posts', 'core recall', 'person_name', 'health', 'clean flagged'], sets.filter(([, p]) => p.length).map(([name, p]) => [name, p.length, ...groups(evaluate(p, (text) => scan({ text })))])));
  console.log('floors on the sealed sets: core >= 0.97, person_name >= 0.80, health >= 0.80, clean flagged <= 2%');

}

function inProcessSection(corpus: LabelledPost[]): void {
  section('4. Throughput in process, one core, paired alternating rounds');
  const typical = postsOfLength(corpus, 140, 4000);
  const long = postsOfLength(corpus, 10_000, 50);
  const avg = (xs: string[]): number => Math.round(xs.reduce((a, s) => a + s.length, 0) / xs.length);
  // Clean chatty posts (the corpus posts with no label, ~75 chars): most traffic, and where the prefilter skips most detectors.
  const clean = corpus.filter((p) => p.expect.length === 0).map((p) => p.text);
  const base = baseline;
  // BENCH_BASELINE: another build (e.g. the base commit's) measured in the same rounds, for a paired before/after.
  const before: System[] = base ? [{ name: 'policy-bot, BENCH_BASELINE build', detect: (text) => base.scan({ text }) }] : [];
  const tsx = sourceEngine();
  // BENCH_TSX=1: the same sources through tsx (esbuild's transform), to show what timing src/ instead of the build costs.
  const viaTsx: System[] = tsx ? [{ name: 'policy-bot, src/ through tsx', detect: (text) => tsx.scan({ text }) }] : [];
  const speed = [...systems, unfiltered, ...viaTsx, ...before];
  // One round per system, so each system opens one round (pairedThroughput rotates the order).
  const t = pairedThroughput(speed, typical, 1000, speed.length);
  const l = pairedThroughput(speed, long, 1000, speed.length);
  const c = pairedThroughput(speed, clean, 1000, speed.length);
  console.log(
    table(
      ['system', `posts/CPU-s (~${avg(typical)} ch)`, 'posts/wall-s', `posts/CPU-s (~${avg(long)} ch)`, `posts/CPU-s (clean, ~${avg(clean)} ch)`, 'ours faster (typical, CPU)', '(long)', '(clean)'],
      speed.map((s, i) => [
        s.name,
        Math.round(t[i].cpu),
        Math.round(t[i].wall),
        Math.round(l[i].cpu),
        Math.round(c[i].cpu),
        ...(i ? [t, l, c].map((r) => `${fmt(r[0].cpu / r[i].cpu)}x`) : ['-', '-', '-']),
      ]),
    ),
  );
  if (base) console.log(`this build vs BENCH_BASELINE (${BASELINE_DIST}): ${fmt(t[0].cpu / t[speed.length - 1].cpu)}x typical, ${fmt(l[0].cpu / l[speed.length - 1].cpu)}x long, ${fmt(c[0].cpu / c[speed.length - 1].cpu)}x clean (CPU)`);
  console.log(`targets: >= 150,000 typical posts per CPU-second -> ${t[0].cpu >= 150_000 ? 'met' : 'NOT met'}; >= 10x redact-pii -> ${t[0].cpu >= 10 * t[1].cpu ? 'met' : 'NOT met'} (${fmt(t[0].cpu / t[1].cpu)}x)`);
  console.log(`(typical: corpus posts joined to ~${avg(typical)} chars; most carry personal data. RSS of this process: ${fmt(process.memoryUsage().rss / 2 ** 20)} MB)`);
  // CPU time on a shared machine moves between runs; the regex work per post does not.
  const w = regexWork(() => typical.forEach((text) => scan({ text })));
  console.log(`regex work per typical post (exact, load-independent): ${fmt(w.calls / typical.length)} regex runs, ${Math.round(w.chars / typical.length)} characters advanced`);

}

function cliSection(corpus: LabelledPost[]): void {
  section('5. Throughput through the CLI shape: JSON lines in, JSON lines out');
  if (process.env.BENCH_SKIP_CLI) console.log('skipped (BENCH_SKIP_CLI)');
  else {
    const n = Number(process.env.BENCH_CLI_POSTS ?? 100_000);
    const lines = postsOfLength(corpus, 140, n).map((text) => JSON.stringify({ text }));
    const c = cliThroughput(lines, Number(process.env.BENCH_CLI_ROUNDS ?? 2));
    console.log(
      table(
        ['process', 'posts', 'CPU s (total)', 'wall s (total)', 'start-up CPU s', 'posts/CPU-s (excl. start-up)', 'posts/wall-s', 'peak RSS MB'],
        c.map((r) => [r.name, r.posts, r.cpuS, r.wallS, r.startupCpuS, Math.round(r.perCpuS), Math.round(r.perWallS), r.maxRssMb]),
      ),
    );
    console.log(`ours vs redact-pii through the CLI shape: ${fmt(c[0].perCpuS / c[1].perCpuS)}x in CPU time, ${fmt(c[0].perWallS / c[1].perWallS)}x in wall time (target >= 10x)`);
    if (c[2]) console.log(`this build vs BENCH_BASELINE through the CLI shape: ${fmt(c[0].perCpuS / c[2].perCpuS)}x in CPU time, ${fmt(c[0].perWallS / c[2].perWallS)}x in wall time`);
  }

}

function adversarialSection(corpus: LabelledPost[]): void {
  section('6. Adversarial 1 MB posts (ours) and linearity');
  console.log(
    table(
      ['input', 'CPU ms (best of 3)', 'wall ms', 'limit 50 ms (CPU)', ...(baseline ? ['BENCH_BASELINE CPU ms'] : [])],
      adversarialPosts().map(([name, text]) => {
        // With a baseline, the two builds take turns (best of 3 each), so neither always runs right after the other's garbage.
        let t = { wall: Infinity, cpu: Infinity };
        let bt = Infinity;
        for (let round = 0; round < (baseline ? 3 : 1); round++) {
          const mine = timeScan(text);
          t = { wall: Math.min(t.wall, mine.wall), cpu: Math.min(t.cpu, mine.cpu) };
          if (baseline) bt = Math.min(bt, timeScan(text, (post) => baseline!.scan(post)).cpu);
        }
        const b = baseline ? [bt] : [];
        return [name, t.cpu, t.wall, t.cpu < 50 ? 'ok' : 'OVER', ...b];
      }),
    ),
  );
  const prose = postsOfLength(corpus, 1 << 20, 1)[0];
  console.log(
    table(
      ['prose (corpus repeated)', 'CPU ms', 'µs per KB'],
      [10_000, 100_000, 1 << 20].map((len) => {
        const ms = timeScan(prose.slice(0, len)).cpu;
        return [`${fmt(len / 1024)} KB`, ms, (ms * 1000) / (len / 1024)];
      }),
    ),
  );
  console.log('(prose carries thousands of findings per MB; the 50 ms limit applies to the adversarial shapes above)');
}

main();
