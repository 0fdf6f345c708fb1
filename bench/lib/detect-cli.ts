/**
 * The CLI-shape benchmark: each system runs as its own process reading JSON lines from a
 * file and writing JSON lines to /dev/null. CPU seconds, wall seconds and peak RSS come
 * from the child itself (cpu-report.cjs). Start-up (node, tsx, imports) is measured with
 * an empty input and subtracted, so the rate is the steady-state cost per post.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const REPORT = join(__dirname, 'cpu-report.cjs');

export interface CliSystem {
  name: string;
  args: string[];
}

export const CLI_SYSTEMS: CliSystem[] = [
  { name: 'policy-bot scan --json', args: [join(ROOT, 'src/cli/main.ts'), 'scan', '--json'] },
  { name: 'redact-pii (same line loop)', args: [join(ROOT, 'bench/lib/redact-pii-cli.ts')] },
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
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--require', REPORT, ...sys.args], {
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
