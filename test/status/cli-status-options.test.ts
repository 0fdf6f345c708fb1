/**
 * The real `policy-bot status` command line (commander parsing included), run as a process:
 * `--check` is a flag, the draft is the positional text, options go in any order, and a draft
 * that is only an option name is an error, never a silent "looks good".
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const cli = (...args: string[]) => run(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'src', 'cli', 'main.ts'), 'status', ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } });

// Each case starts a fresh process through tsx, which loads the policy index and its models: seconds on a quiet box,
// over 30 s when the 2-CPU machine is busy (seen in a full run beside other jobs). A generous limit, not a speed check.
describe('policy-bot status --check', { timeout: 120_000 }, () => {
  it.each([
    [['--check', '--json', 'draft with 07700 900461']],
    [['--json', '--check', 'draft with 07700 900461']],
    [['draft with 07700 900461', '--json', '--check']],
  ])('finds the phone number whatever the option order: %j', async (args) => {
    const { stdout } = await cli(...args);
    const body = JSON.parse(stdout);
    expect(body.outcome).toBe('personal_information');
    expect(body.findings[0]).toMatchObject({ type: 'phone', masked: '07700 9•••61' });
    expect(stdout).not.toContain('900461');
  });

  it.each([[['--check', '--json']], [['--check', '--', '--json']]])('refuses a missing draft or one that is an option: %j', async (args) => {
    const failed = await cli(...args).then(() => undefined, (error: { code: number; stderr: string; stdout: string }) => error);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/give the draft to check|looks like an option/);
    expect(failed?.stdout).not.toMatch(/Looks good/i);
  });
});
