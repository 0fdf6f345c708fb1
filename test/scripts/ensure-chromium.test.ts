import { spawnSync } from 'node:child_process';
import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../../scripts/ensure-chromium.mjs');

/** The pretest step: passes when the browser is there; otherwise names the one command and fails (here: no apt on PATH). */
describe('pretest: ensure-chromium', () => {
  it('passes when the browser exists', () => {
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, POLICY_BOT_CHROMIUM: process.execPath }, encoding: 'utf8' });
    expect(result.status).toBe(0);
  });

  it('prints the one command to run and fails when the browser is missing and apt cannot be used', async () => {
    // A PATH with node only: no apt-get, as on a machine without apt or without root.
    const bin = await mkdtemp(join(tmpdir(), 'policy-bot-path-'));
    await symlink(process.execPath, join(bin, 'node'));
    const result = spawnSync(process.execPath, [script], { env: { PATH: bin, POLICY_BOT_CHROMIUM: '/nonexistent/chromium' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('apt-get install -y chromium');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
