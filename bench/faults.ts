/**
 * bench:faults — the real bot (a child process) with a local fake connector, through the faults
 * the README promises to survive, counting what was lost or sent twice.
 *
 * Scenarios (each on a fresh store, BENCH_FAULT_POSTS posts of which half are flag-worthy, sent by
 * BENCH_CLIENTS clients that retry refused posts as Teams redelivers):
 * - sigkill: the bot is SIGKILLed twice mid-burst and restarted.
 * - connector: the connector answers 429 (20%), 500 (10%) or accepts and never answers (2%, and
 *   at least one).
 * - pg-drop: PostgreSQL, every connection of the bot terminated three times mid-burst
 *   (pg_terminate_backend). Needs a server: BENCH_DATABASE_URL or TEST_DATABASE_URL.
 * - disk-full: DATA_DIR on a small tmpfs that is filled mid-burst and held full for 10 s; the bot
 *   is SIGKILLed while the disk is still full (so anything it acknowledged must already be on
 *   disk), a start on the full disk must refuse with "the disk is full", then the space is freed
 *   and the bot restarted. Needs root and mount.
 *
 * Each scenario first checks the admin's set-up was confirmed by the bot, and afterwards that its
 * fault really happened (`faultProduced`, with the evidence). For each: flags lost (accepted
 * flag-worthy posts with no stored flag; target 0), cards missing (target 0), duplicate cards
 * (target 0, except sends the connector accepted but never answered, and sends a SIGKILLed
 * process had made but not yet recorded: delivery is at-least-once), and recovery time (from the
 * fault ending to the next post sent after it and accepted). Every loop is bounded in count and
 * time; all traffic is loopback. Exits 1 when any scenario fails a check.
 *
 * Run: npm run bench:faults   (BENCH_FAULT_POSTS=80 for a shorter run; BENCH_BOT_LOG=1 shows the bot's
 * log; BENCH_FAULT_SCENARIOS=sigkill,disk-full runs only those)
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createStore } from '../src/storage/create-store';
import { BENCH_TEAMS } from './lib/bench-setup';
import { BotExitedError, freePort } from './lib/bot-process';
import { startFakeConnector, type FakeConnector } from './lib/fake-connector';
import { runScenario, type Scenario, type ScenarioResult } from './lib/fault-run';

const POSTS = Number(process.env.BENCH_FAULT_POSTS ?? 120);
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** BENCH_FAULT_SCENARIOS=sigkill,disk-full runs only those (names as printed). */
const ONLY = process.env.BENCH_FAULT_SCENARIOS?.split(',').map((s) => s.trim()).filter(Boolean);
const selected = (name: string) => !ONLY || ONLY.includes(name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function pgliteStore(name: string, dirs: string[]): Promise<Pick<Scenario, 'env' | 'openStore'>> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `bench-faults-${name}-`));
  dirs.push(dataDir);
  return { env: { DATA_DIR: dataDir }, openStore: () => createStore({ dataDir }) };
}

/** 1. Two SIGKILLs mid-burst, each followed by a restart. */
async function sigkillScenario(dirs: string[]): Promise<Scenario> {
  const killAt = [Math.floor(POSTS * 0.3), Math.floor(POSTS * 0.6)];
  let restarts = 0;
  return {
    name: 'sigkill',
    ...(await pgliteStore('sigkill', dirs)),
    onAccepted: async (count, ctx) => {
      if (!killAt.includes(count)) return;
      killAt.splice(killAt.indexOf(count), 1);
      const killedAt = Date.now();
      await ctx.kill();
      await ctx.start();
      restarts += 1;
      ctx.faultEnded(killedAt);
    },
    faultCheck: () => ({ produced: restarts === 2, evidence: { killedAndRestarted: restarts } }),
  };
}

/** 2. Connector 429 / 500 / hang throughout. */
async function connectorScenario(dirs: string[], connector: FakeConnector): Promise<Scenario> {
  const before = { throttled: 0, errors: 0, hangs: 0 };
  const during = () => ({ throttled: connector.stats.throttled - before.throttled, errors: connector.faultStats.errors - before.errors, hangs: connector.faultStats.hangs - before.hangs });
  return {
    name: 'connector-429-500-hang',
    ...(await pgliteStore('connector', dirs)),
    setUp: (c) => {
      Object.assign(before, { throttled: c.stats.throttled, errors: c.faultStats.errors, hangs: c.faultStats.hangs });
      c.setThrottle(0.2);
      // A 2% draw over a few dozen sends often draws no hang at all: force the first one.
      c.setFaults({ errorRate: 0.1, hangRate: 0.02, forceHangs: 1 });
    },
    onAccepted: async () => undefined,
    faultCheck: () => {
      const seen = during();
      return { produced: seen.throttled > 0 && seen.errors > 0 && seen.hangs > 0, evidence: seen };
    },
    allowedDuplicates: () => during().hangs,
  };
}

/** 3. Every PostgreSQL connection of the bot terminated three times mid-burst. */
async function pgDropScenario(admin: pg.Client, schema: string, appName: string): Promise<Scenario> {
  const url = new URL(PG_URL);
  url.searchParams.set('application_name', appName);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const cutAt = [Math.floor(POSTS * 0.2), Math.floor(POSTS * 0.45), Math.floor(POSTS * 0.7)];
  const terminated: number[] = [];
  return {
    name: 'pg-drop',
    env: { DATABASE_URL: url.toString() },
    openStore: () => createStore({ databaseUrl: PG_URL, dataDir: '', schema }),
    onAccepted: async (count, ctx) => {
      if (!cutAt.includes(count)) return;
      cutAt.splice(cutAt.indexOf(count), 1);
      terminated.push((await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [appName])).rowCount ?? 0);
      ctx.faultEnded();
    },
    faultCheck: () => ({ produced: terminated.length === 3 && terminated.every((n) => n > 0), evidence: { connectionsTerminatedPerCut: terminated } }),
  };
}

/** 4. DATA_DIR's file system filled mid-burst, the bot SIGKILLed while it is full, then space freed and the bot restarted. */
function diskFullScenario(mountPoint: string): Scenario {
  const dataDir = path.join(mountPoint, 'data');
  const filler = path.join(mountPoint, 'filler');
  const fillAt = Math.floor(POSTS * 0.3);
  let filled = false;
  const evidence: { fillerWrite?: string; freeBytesWhileFull?: number; readyzWhileFull: number[]; killedWhileFull: boolean; startWhileFull?: string } = { readyzWhileFull: [], killedWhileFull: false };
  return {
    name: 'disk-full',
    env: { DATA_DIR: dataDir },
    openStore: () => createStore({ dataDir }),
    onAccepted: async (count, ctx) => {
      if (filled || count < fillAt) return;
      filled = true;
      const from = Date.now();
      // Fill the file system (more than it holds), hold it full for 10 s while clients keep posting.
      evidence.fillerWrite = await writeFile(filler, Buffer.alloc(200 * 1024 * 1024)).then(
        () => 'written in full (the disk did not fill)',
        (error: NodeJS.ErrnoException) => error.code ?? 'error',
      );
      const stats = await statfs(mountPoint);
      evidence.freeBytesWhileFull = stats.bavail * stats.bsize;
      for (let i = 0; i < 10; i++) {
        await sleep(1_000);
        evidence.readyzWhileFull.push((await fetch(`${ctx.bot().url}/readyz`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined))?.status ?? 0);
      }
      // Killed while full: whatever it acknowledged must already be on disk.
      await ctx.kill();
      evidence.killedWhileFull = true;
      ctx.faultWindow(from, Date.now());
      // A start on the full disk: it either refuses, saying "the disk is full" in one line, or (when
      // PGlite's recovery fits in the space it already holds) starts; either is recorded.
      evidence.startWhileFull = await ctx.start().then(
        () => 'started',
        (error: unknown) => (error instanceof BotExitedError ? error.stderr.trim().split('\n').filter((l) => !l.includes('DeprecationWarning') && !l.includes('trace-deprecation')).at(-1) ?? '' : (error as Error).message),
      );
      if (evidence.startWhileFull === 'started') await ctx.kill();
      await rm(filler, { force: true });
      ctx.faultEnded();
      await ctx.start();
    },
    faultCheck: () => ({
      // The disk was really full while posts arrived, and the bot was killed on it: the flag
      // counts then show whether anything acknowledged on the full disk was lost. (/readyz goes 503
      // only once a write fails; a burst of this size fits in the WAL space PGlite already holds,
      // so posts accepted while full are on disk. The 503 path: test/http/storage-faults.test.ts.)
      produced: evidence.fillerWrite === 'ENOSPC' && (evidence.freeBytesWhileFull ?? Infinity) < 1024 * 1024 && evidence.killedWhileFull,
      evidence,
    }),
  };
}

async function main(): Promise<void> {
  const connector = await startFakeConnector({ retryAfterSeconds: 1, teams: BENCH_TEAMS });
  const results: ScenarioResult[] = [];
  const notRun: Record<string, string> = {};
  const dirs: string[] = [];
  const port = await freePort();

  if (selected('sigkill')) results.push(await runScenario(await sigkillScenario(dirs), connector, 0, port));
  if (selected('connector-429-500-hang')) results.push(await runScenario(await connectorScenario(dirs, connector), connector, 100_000, port));

  if (!selected('pg-drop')) {
    notRun['pg-drop'] = 'not selected';
  } else if (await pgReachable()) {
    const tag = randomBytes(5).toString('hex');
    const schema = `bench_faults_${tag}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    try {
      results.push(await runScenario(await pgDropScenario(admin, schema, `policy_bot_faults_${tag}`), connector, 200_000, port));
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  } else {
    notRun['pg-drop'] = `no PostgreSQL at ${PG_URL.replace(/\/\/[^@]*@/, '//')}`;
  }

  if (!selected('disk-full')) {
    notRun['disk-full'] = 'not selected';
  } else if (canMount()) {
    const mountPoint = await mkdtemp(path.join(tmpdir(), 'bench-faults-tmpfs-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m,mode=0700', 'tmpfs', mountPoint]);
    try {
      results.push(await runScenario(diskFullScenario(mountPoint), connector, 300_000, port));
    } finally {
      execFileSync('umount', ['-l', mountPoint]);
      await rm(mountPoint, { recursive: true, force: true });
    }
  } else {
    notRun['disk-full'] = 'needs root and mount (tmpfs)';
  }

  console.log(JSON.stringify({ posts: POSTS, clients: Number(process.env.BENCH_CLIENTS ?? 6), results, notRun }, null, 2));
  const failed = results.filter((r) => !r.pass);
  console.log(failed.length === 0 ? 'every scenario produced its fault; no flag lost, no card missing, no duplicate card beyond the at-least-once allowance' : `CHECK FAILED in: ${failed.map((r) => `${r.scenario} (${r.failures.join('; ')})`).join(', ')}`);
  await connector.close();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
