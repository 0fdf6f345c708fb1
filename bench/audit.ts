/**
 * Network audit benchmark: `npm run bench:audit`.
 * Builds a synthetic Viva Engage export zip (BENCH_AUDIT_MESSAGES, default 1,000,000 messages,
 * about 2% with findings; cached in the temp folder) and audits it end to end (unzip, UTF-8
 * check, CSV parse, scan on worker threads, tally) with 1 and with 2 workers, each run in its
 * own process so its peak RSS is its own. Also runs a 100,000-message export the same way, a
 * figure that is quicker to repeat on a busy machine, and a larger one (BENCH_AUDIT_LARGE_MESSAGES,
 * default three times the first, 0 to skip) with 2 workers, to show that peak memory stays flat
 * as the export grows. Targets: 1M in < 60 s, peak RSS < 500 MB whatever the size.
 *
 * The machine is shared: the load average before and after each run is printed beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticExport } from './lib/synthetic-export';

interface ChildResult {
  workers: number;
  seconds: number;
  cpuSeconds: number;
  records: number;
  scanned: number;
  flagged: number;
  findings: number;
  malformed: number;
  peakRssMb: number;
}

const load = () => os.loadavg()[0].toFixed(1);

async function exportOf(messages: number): Promise<string> {
  const file = path.join(os.tmpdir(), `policy-bot-bench-audit-${messages}.zip`);
  if (!existsSync(file)) {
    const started = performance.now();
    const made = await writeSyntheticExport(file, messages);
    console.log(`generated ${file}: ${made.messages.toLocaleString('en-GB')} messages, ${made.withFindings.toLocaleString('en-GB')} with a finding planted, ${(made.bytes / 1e6).toFixed(0)} MB of CSV (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  return file;
}

function auditOnce(zip: string, workers: number): ChildResult {
  const child = path.join(__dirname, 'lib', 'audit-child.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, zip, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

function line(label: string, r: ChildResult, before: string): string {
  const rate = Math.round(r.records / r.seconds);
  const perCpu = Math.round(r.records / r.cpuSeconds);
  return `${label.padEnd(12)} ${r.seconds.toFixed(1).padStart(7)} s ${rate.toLocaleString('en-GB').padStart(9)} msgs/s (${r.cpuSeconds.toFixed(1)} CPU s, ${perCpu.toLocaleString('en-GB')} msgs per CPU s)  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB  findings ${r.findings.toLocaleString('en-GB')} in ${r.flagged.toLocaleString('en-GB')}  load ${before}->${load()}`;
}

/** Peak memory counts as flat when the largest export's peak is within this share of the 1M peak. */
const FLAT_MARGIN = 0.05;
const count = (n: number) => n.toLocaleString('en-GB');

async function main(): Promise<void> {
  const big = Number(process.env.BENCH_AUDIT_MESSAGES ?? 1_000_000);
  const large = Number(process.env.BENCH_AUDIT_LARGE_MESSAGES ?? big * 3);
  const small = Math.min(100_000, big);
  console.log(`bench:audit on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const runs: Array<{ messages: number; workers: number[] }> = [
    ...(small === big ? [] : [{ messages: small, workers: [1, 2] }]),
    { messages: big, workers: [1, 2] },
    // Two workers only: the size is what is being varied, and a 3M run is minutes of both cores.
    ...(large > big ? [{ messages: large, workers: [2] }] : []),
  ];
  const peaks: Array<{ messages: number; workers: number; peakRssMb: number }> = [];
  for (const { messages, workers: counts } of runs) {
    const zip = await exportOf(messages);
    console.log(`\n${count(messages)} messages (${zip})`);
    const results: Record<number, ChildResult> = {};
    for (const workers of counts) {
      const before = load();
      results[workers] = auditOnce(zip, workers);
      peaks.push({ messages, workers, peakRssMb: results[workers].peakRssMb });
      console.log(line(`  ${workers} worker${workers === 1 ? '' : 's'}`, results[workers], before));
    }
    if (results[1] && results[2]) console.log(`  speed-up 1 -> 2 workers: ${(results[1].seconds / results[2].seconds).toFixed(2)}x`);
    if (messages === big && big >= 1_000_000) {
      const best = Math.min(...Object.values(results).map((r) => r.seconds));
      const rss = Math.max(...Object.values(results).map((r) => r.peakRssMb));
      console.log(`  targets: 1M in < 60 s: ${best < 60 ? 'met' : 'MISSED'} (${best.toFixed(1)} s); peak RSS < 500 MB: ${rss < 500 ? 'met' : 'MISSED'} (${rss.toFixed(0)} MB)`);
    }
  }
  reportFlatness(peaks, big, large);
}

/** Peak RSS per export size with 2 workers, and whether it stays flat (and under 500 MB) as the export grows. */
function reportFlatness(peaks: Array<{ messages: number; workers: number; peakRssMb: number }>, big: number, large: number): void {
  const twoWorkers = peaks.filter((p) => p.workers === 2);
  console.log(`\npeak RSS by export size (2 workers): ${twoWorkers.map((p) => `${count(p.messages)}: ${p.peakRssMb.toFixed(0)} MB`).join('; ')}`);
  const at = (messages: number) => twoWorkers.find((p) => p.messages === messages)?.peakRssMb;
  const [base, top] = [at(big), at(large)];
  const highest = Math.max(...peaks.map((p) => p.peakRssMb));
  const under = `every run under 500 MB: ${highest < 500 ? 'yes' : 'NO'} (highest ${highest.toFixed(0)} MB)`;
  if (base === undefined || top === undefined) {
    console.log(`memory flatness: not measured (set BENCH_AUDIT_LARGE_MESSAGES above ${count(big)}); ${under}`);
    return;
  }
  const growth = top - base;
  const flat = top <= base * (1 + FLAT_MARGIN);
  console.log(
    `memory flat: ${flat ? 'yes' : 'NO'}: ${large / big}x the messages, peak RSS ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB (${((growth / base) * 100).toFixed(1)}%; ` +
      `flat means within ${FLAT_MARGIN * 100}% of the ${count(big)}-message peak); ${under}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
