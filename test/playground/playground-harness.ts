/**
 * Runs the real bot (src/main.ts, local anonymous mode) and the Microsoft 365 Agents Playground
 * (the devDependency, a Teams emulator) as child processes on random free ports, and Debian's
 * Chromium through playwright-core. Nothing is downloaded: the playground ships in node_modules
 * and the browser is /usr/bin/chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CHROMIUM = '/usr/bin/chromium';
/** Word-vector table and clause vectors: built once per machine (as the HTTP tests share them), not per run. */
const SHARED_CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'policy-bot');
/** The playground's default user; env gives them every role so all flows can be driven. */
export const PLAYGROUND_USER_AAD = '00000000-0000-0000-0000-0000000000020';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `record`: this call keeps the child's output in `log` (the first wait on a child does; later ones only read it). */
function waitForOutput(child: ChildProcess, pattern: RegExp, what: string, timeoutMs: number, log: string[], record = true): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!record && pattern.test(log.join(''))) return resolve();
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${timeoutMs} ms:\n${log.join('').slice(-2000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      if (record) log.push(String(chunk));
      if (pattern.test(record ? String(chunk) : log.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${log.join('').slice(-2000)}`));
    });
  });
}

export interface PlaygroundRun {
  url: string;
  botLog: string[];
  stop(): Promise<void>;
}

/**
 * The playground's own mock tenant (.m365agentsplayground.yml, its documented config file): a team
 * and channel named unlike the defaults, so a card that names them proves the bot asked Teams
 * (GET /v3/teams/{id}/conversations) rather than printing a fixed word. The schema allows one
 * channel beside General and exactly five other users.
 */
export const PLAYGROUND_TEAM = { id: '19:force-network-general@thread.tacv2', name: 'Force Network' };
export const PLAYGROUND_CHANNEL = { id: '19:response-team@thread.tacv2', name: 'Response Team' };
export const PLAYGROUND_BOT = { id: '28:00000000-0000-0000-0000-00000000000011', name: 'Policy Bot' };

function playgroundConfig(): string {
  const user = (n: number, given: string, surname: string) =>
    `  - id: user-id-${n}\n    name: ${given} ${surname}\n    userPrincipleName: ${given.toLowerCase()}@example.com\n    aadObjectId: 00000000-0000-0000-0000-00000000000${20 + n}\n    givenName: ${given}\n    surname: ${surname}\n    email: ${given.toLowerCase()}@example.com\n`;
  return [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    `bot:\n  id: "${PLAYGROUND_BOT.id}"\n  name: ${PLAYGROUND_BOT.name}`,
    `currentUser:\n  id: user-id-0\n  name: Alex Wilber\n  userPrincipleName: alexw@example.com\n  aadObjectId: ${PLAYGROUND_USER_AAD}\n  givenName: Alex\n  surname: Wilber\n  email: alexw@example.com`,
    'users:\n' + [user(1, 'Megan', 'Bowen'), user(2, 'Adele', 'Vance'), user(3, 'Isaiah', 'Langer'), user(4, 'Patti', 'Fernandez'), user(5, 'Lynne', 'Robbins')].join('').trimEnd(),
    'personalChat:\n  id: personal-chat-id',
    'groupChat:\n  id: group-chat-id\n  name: Group Chat',
    `team:\n  id: "${PLAYGROUND_TEAM.id}"\n  name: ${PLAYGROUND_TEAM.name}\n  aadGroupId: 00000000-0000-0000-0000-000000000031\n  channels:\n    - id: "${PLAYGROUND_CHANNEL.id}"\n      name: ${PLAYGROUND_CHANNEL.name}`,
    '',
  ].join('\n');
}

export async function startPlayground(): Promise<PlaygroundRun> {
  const [botPort, playgroundPort] = [await freePort(), await freePort()];
  const dataDir = await mkdtemp(path.join(tmpdir(), 'policy-bot-playground-'));
  const playgroundDir = await mkdtemp(path.join(tmpdir(), 'agents-playground-'));
  await writeFile(path.join(playgroundDir, '.m365agentsplayground.yml'), playgroundConfig());
  const botLog: string[] = [];
  const bot = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'src', 'main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      PORT: String(botPort), HOST: '127.0.0.1', BOT_ID: '', DATA_DIR: dataDir, CACHE_DIR: SHARED_CACHE_DIR, LOG_LEVEL: 'info', OUTBOX_POLL_MS: '100',
      ADMIN_IDS: PLAYGROUND_USER_AAD, MODERATOR_IDS: PLAYGROUND_USER_AAD, PSD_IDS: PLAYGROUND_USER_AAD,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const playgroundLog: string[] = [];
  let playground: ChildProcess | undefined;
  const stop = async () => {
    for (const child of [playground, bot]) if (child && child.exitCode === null) child.kill('SIGTERM');
    await Promise.all([playground, bot].map((child) => (child && child.exitCode === null ? new Promise((r) => child.once('exit', r)) : undefined)));
  };
  try {
    await waitForOutput(bot, /listening on/, 'the bot', 240_000, botLog);
    // The sentence encoder loads after the bot listens; on a fresh clone it embeds ~3,250 clause and example texts
    // (a minute or more on a busy box), and the bot answers more slowly meanwhile. The walk-through is of the bot in
    // steady state, so it starts once the encoder is in (or has failed to load, which the bot survives).
    await waitForOutput(bot, /sentence encoder (loaded|could not be loaded)/, 'the sentence encoder', 240_000, botLog, false);
    playground = spawn(process.execPath, [path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'), '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(playgroundPort), '--disable-telemetry'], {
      cwd: playgroundDir,
      env: { PATH: process.env.PATH, HOME: playgroundDir, BROWSER: 'none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForOutput(playground, /Listening on \d+/, 'the Agents Playground', 120_000, playgroundLog);
  } catch (error) {
    await stop();
    throw error;
  }
  // It falls back to another port if the one asked for was taken meanwhile: use the one it reports.
  const listening = /Listening on (\d+)/.exec(playgroundLog.join(''));
  const url = `http://localhost:${listening?.[1] ?? playgroundPort}/`;
  // It prints "Listening" a little before it answers: poll until the page is served.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the Agents Playground never answered at ${url}:\n${playgroundLog.join('').slice(-2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, botLog, stop };
}
