/**
 * The CLI-shape benchmark: each system runs as its own process reading JSON lines from a
 * file and writing JSON lines to /dev/null. CPU seconds, wall seconds and peak RSS come
 * from the child itself (cpu-report.cjs). Start-up (node, tsx, imports) is measured with
 * an empty input and subtracted, so the rate is the steady-state cost per post.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_DIST, CLI_ENTRY } from './engine';

const ROOT = join(__dirname, '../..');
const REPORT = join(__dirname, 'cpu-report.cjs');

export interface CliSystem {
  name: string;
  /** Node options before the script (the bench's peer adapter is TypeScript, so it runs through tsx). */
  nodeArgs: string[];
  args: string[];
}

export const CLI_SYSTEMS: CliSystem[] = [
  // As shipped: plain node on the tsc build (engine.ts; BENCH_ENGINE=src runs the sources through tsx).
  { name: 'policy-bot scan --json', nodeArgs: CLI_ENTRY.nodeArgs, args: [CLI_ENTRY.script, 'scan', '--json'] },
  { name: 'redact-pii (same line loop)', nodeArgs: ['--import', 'tsx'], args: [join(ROOT, 'bench/lib/redact-pii-cli.ts')] },
  // A paired before/after: the BENCH_BASELINE build's CLI in the same rounds (engine.ts).
  ...(BASELINE_DIST ? [{ name: 'policy-bot scan --json, BENCH_BASELINE build', nodeArgs: [], args: [join(BASELINE_DIST, 'src/cli/main.js'), 'scan', '--json'] }] : []),
];

export interface CliRun {
  cpuS: number;
  wallS: number;
  maxRssMb: number;
}

export function runCli(sys: CliSystem, inputFile: string): CliRun {
  const input = openSync(inputFile, 'r');
  const devNull = openSync('/dev/null', 'w');
  try {
    const r = spawnSync(process.execPath, [...sys.nodeArgs, '--require', REPORT, ...sys.args], {
      cwd: ROOT,
      stdio: [input, devNull, 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'silent' },
      maxBuffer: 1 << 26,
    });
    const err = r.stderr.toString('utf8');
    const line = err.split('\n').find((l) => l.startsWith('@@cpu-report '));
    if (r.status !== 0 || !line) throw new Error(`${sys.name} failed (${r.status}): ${err.slice(0, 500)}`);
    return JSON.parse(line.slice('@@cpu-report '.length)) as CliRun;
  } finally {
    closeSync(input);
    closeSync(devNull);
  }
}
