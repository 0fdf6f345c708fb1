/**
 * The real bot as a child process (src/main.ts through tsx), for benchmarks that kill and restart
 * it, and plain HTTP posting of activities to it. Loopback only; every wait is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Bot {
  child: ChildProcess;
  url: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A start-up that ended with the process exiting; `stderr` holds its last lines. */
export class BotExitedError extends Error {
  constructor(readonly exitCode: number, readonly stderr: string) {
    super(`bot exited with ${exitCode} during start-up: ${stderr.trim().split('\n').at(-1) ?? ''}`);
  }
}

/** Starts the bot and waits for /readyz 200. BENCH_BOT_LOG=1 shows its log on stderr. */
export async function startBot(env: Record<string, string>): Promise<Bot> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  // The last few KB of stderr, to say why a start failed; shown live with BENCH_BOT_LOG=1.
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (process.env.BENCH_BOT_LOG) process.stderr.write(chunk);
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const url = `http://127.0.0.1:${env.PORT}`;
  // Generous: a fresh PGlite runs initdb, which takes minutes on a loaded 2-core machine.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await sleep(100); // let the last stderr lines arrive
      throw new BotExitedError(child.exitCode, stderr);
    }
    try {
      if ((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) })).status === 200) return { child, url };
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('bot did not become ready in 300 s');
}

export async function stopBot(bot: Bot, signal: NodeJS.Signals): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  const exited = new Promise((resolve) => bot.child.once('exit', resolve));
  bot.child.kill(signal);
  await Promise.race([exited, sleep(20_000)]);
  if (bot.child.exitCode === null && bot.child.signalCode === null) {
    bot.child.kill('SIGKILL');
    await Promise.race([new Promise((resolve) => bot.child.once('exit', resolve)), sleep(5_000)]);
  }
}

/** POST /api/messages; 0 when the bot did not answer (down, restarting, or over 20 s). */
export async function postActivity(url: string, activity: unknown): Promise<number> {
  try {
    const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), signal: AbortSignal.timeout(20_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
