/**
 * Network audit benchmark: `npm run bench:audit`.
 * Builds a synthetic Viva Engage export zip (BENCH_AUDIT_MESSAGES, default 1,000,000 messages,
 * about 2% with findings; cached in the temp folder) and audits it end to end (unzip, UTF-8
 * check, CSV parse, scan on worker threads, tally) with 1 and with 2 workers, each run in its
 * own process so its peak RSS is its own. Also runs a 100,000-message export the same way, a
 * figure that is quicker to repeat on a busy machine. Targets: 1M in < 60 s, peak RSS < 500 MB.
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

async function main(): Promise<void> {
  const big = Number(process.env.BENCH_AUDIT_MESSAGES ?? 1_000_000);
  const small = Math.min(100_000, big);
  console.log(`bench:audit on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const messages of small === big ? [big] : [small, big]) {
    const zip = await exportOf(messages);
    console.log(`\n${messages.toLocaleString('en-GB')} messages (${zip})`);
    const results: Record<number, ChildResult> = {};
    for (const workers of [1, 2]) {
      const before = load();
      results[workers] = auditOnce(zip, workers);
      console.log(line(`  ${workers} worker${workers === 1 ? '' : 's'}`, results[workers], before));
    }
    const speedUp = results[1].seconds / results[2].seconds;
    console.log(`  speed-up 1 -> 2 workers: ${speedUp.toFixed(2)}x`);
    if (messages >= 1_000_000) {
      const best = Math.min(results[1].seconds, results[2].seconds);
      const rss = Math.max(results[1].peakRssMb, results[2].peakRssMb);
      console.log(`  targets: 1M in < 60 s: ${best < 60 ? 'met' : 'MISSED'} (${best.toFixed(1)} s); peak RSS < 500 MB: ${rss < 500 ? 'met' : 'MISSED'} (${rss.toFixed(0)} MB)`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
