#!/usr/bin/env node
// pretest: the HTML-report test renders in Debian's Chromium (/usr/bin/chromium); nothing downloads
// a browser at run time. When it is missing: install it if we are root with apt, else say the
// one command to run and fail, so `npm test` never fails later with a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browser = process.env.POLICY_BOT_CHROMIUM ?? '/usr/bin/chromium';
const command = 'apt-get install -y chromium';

function hasApt() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function run(args) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (existsSync(browser)) process.exit(0);
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && hasApt()) {
  process.stderr.write(`pretest: ${browser} is missing; installing Debian's chromium (${command})\n`);
  if (run(['update', '-qq']) && run(['install', '-y', '-qq', 'chromium']) && existsSync(browser)) process.exit(0);
  process.stderr.write(`pretest: could not install chromium. Run: ${command}\n`);
  process.exit(1);
}
process.stderr.write(`pretest: the HTML report test needs Debian's Chromium at ${browser}. Run: sudo ${command}\n`);
process.exit(1);
