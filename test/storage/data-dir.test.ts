import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/storage/create-store';
import { LOCK_FILE } from '../../src/storage/data-dir';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

function canMountTmpfs(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('DATA_DIR: private, one process at a time, and a clear word when the disk is full', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
  });
  const tempParent = async () => {
    const parent = await mkdtemp(join(tmpdir(), 'policy-bot-datadir-'));
    cleanup.push(() => rm(parent, { recursive: true, force: true }));
    return parent;
  };

  it('creates DATA_DIR 0700 and its lock file 0600, and removes the lock on close', async () => {
    const dataDir = join(await tempParent(), 'data');
    const store = await createStore({ dataDir });
    cleanup.push(() => store.close());
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(await modeOf(join(dataDir, 'pglite'))).toBe(0o700);
    expect(await modeOf(join(dataDir, LOCK_FILE))).toBe(0o600);
    await store.close();
    expect(await readdir(dataDir)).not.toContain(LOCK_FILE);
  }, 60_000);

  it('refuses a DATA_DIR that others can open, naming the fix', async () => {
    const dataDir = join(await tempParent(), 'open');
    await mkdir(dataDir);
    await chmod(dataDir, 0o755);
    const error = await createStore({ dataDir }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/mode 0755.*chmod 700/);
  });

  it('refuses a second process on the same DATA_DIR while the first holds it', async () => {
    const dataDir = join(await tempParent(), 'shared');
    await mkdir(dataDir, { mode: 0o700 });
    // A live process (this test's child) holds the lock.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    cleanup.push(async () => void holder.kill('SIGKILL'));
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify({ pid: holder.pid, host: (await import('node:os')).hostname() }), { mode: 0o600 });
    const error = await createStore({ dataDir }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(new RegExp(`in use by another policy-bot \\(pid ${holder.pid}\\)`));
  });

  it('takes over a stale lock left by a process that is gone (SIGKILL)', async () => {
    const dataDir = join(await tempParent(), 'stale');
    await mkdir(dataDir, { mode: 0o700 });
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    await writeFile(join(dataDir, LOCK_FILE), JSON.stringify({ pid: gone.pid, host: (await import('node:os')).hostname() }), { mode: 0o600 });
    const store = await createStore({ dataDir });
    cleanup.push(() => store.close());
    await store.ping();
  }, 60_000);

  it.runIf(canMountTmpfs())('says in one line that the disk is full when PGlite cannot start on a full DATA_DIR', async () => {
    const mountPoint = await tempParent();
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', mountPoint]);
    cleanup.push(async () => void execFileSync('umount', ['-l', mountPoint]));
    // Fill it, leaving a few bytes.
    await writeFile(join(mountPoint, 'filler'), Buffer.alloc(2 * 1024 * 1024 - 8192)).catch(() => undefined);
    const error = await createStore({ dataDir: mountPoint }).catch((e: unknown) => e as Error);
    expect((error as Error).message).toMatch(/the disk is full/);
    expect((error as Error).message).not.toContain('\n');
  }, 60_000);
});
