import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The structure in docs/architecture.md, checked: dependency-cruiser with the rules in
 * .dependency-cruiser.cjs (no import cycle anywhere in src/; domain folders import no SDK,
 * driver, file/OS/timer API or adapter), plus the one thing an import graph cannot see:
 * timer and process globals in domain code.
 */
const REPO = path.resolve(__dirname, '..', '..');
const CONFIG = path.join(REPO, '.dependency-cruiser.cjs');
const CLI = path.join(REPO, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const FIXTURES = path.join(__dirname, 'fixtures');
const DOMAIN = ['policy', 'detection', 'moderation', 'reports', 'status', 'cards', 'delivery', 'ports', 'answer-learning', 'membership', 'audit'];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

async function violationsIn(cwd: string): Promise<Violation[]> {
  const run = promisify(execFile);
  // Exit code is the number of errors; the JSON report is on stdout either way.
  const { stdout } = await run(process.execPath, [CLI, 'src', '--config', CONFIG, '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }).catch(
    (err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }),
  );
  const report = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('dependency rules', () => {
  it('src/ has no import cycle and no domain folder imports an SDK, driver, file/OS/timer API or adapter', async () => {
    const found = (await violationsIn(REPO)).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
    expect(found).toEqual([]);
  }, 120_000);

  it('each rule fails when broken (fixtures break every rule once)', async () => {
    const found = (await violationsIn(FIXTURES)).map((v) => `${v.rule.name}: ${v.from}`).sort();
    expect(found).toEqual([
      'cards-types-only: src/cards/uses-use-case.ts',
      'domain-no-adapter: src/reports/uses-adapter.ts',
      'domain-no-cards: src/moderation/uses-cards.ts',
      'domain-no-io-or-timers: src/delivery/uses-timers.ts',
      'domain-no-io-or-timers: src/moderation/uses-fs.ts',
      'domain-no-io-or-timers: src/reports/uses-os.ts',
      'domain-no-sdk-or-driver: src/cards/uses-sdk.ts',
      'no-circular: src/moderation/cycle-a.ts',
    ]);
  }, 120_000);

  it.each(DOMAIN)('%s uses no timer or process globals (they belong in src/runtime)', (folder) => {
    const offences: string[] = [];
    for (const file of filesUnder(path.join(REPO, 'src', folder))) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const m of code.matchAll(/\b(setTimeout|setInterval|setImmediate|process\.\w+)\b/g)) offences.push(`${path.relative(REPO, file)}: ${m[1]}`);
    }
    expect(offences).toEqual([]);
  });
});
