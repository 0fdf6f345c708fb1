/**
 * One audit run in its own process, so peak RSS (process.resourceUsage().maxRSS covers the
 * worker threads too) belongs to that run alone. Prints one JSON line.
 */
import { resolveGrants } from '../../src/audit/audit-options';
import { silentProgress } from '../../src/cli/audit/progress';
import { runAudit } from '../../src/cli/audit/run-audit';

async function main(): Promise<void> {
  const [zip, workers] = process.argv.slice(2);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const run = await runAudit({ path: zip, workers: Number(workers), detection: {}, grants: resolveGrants({ includeText: false, iAmPsd: false }), progress: () => silentProgress });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // CPU seconds of all threads: on a shared machine, records per CPU-second is the figure load does not move.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const counts = run.tally.finish();
  run.dispose();
  process.stdout.write(`${JSON.stringify({ workers: run.workers, seconds, cpuSeconds, records: counts.read, scanned: counts.scanned, flagged: counts.flaggedMessages, findings: counts.findings, malformed: counts.malformed, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
