/**
 * DATA_DIR holds the embedded database, whose files (pg_wal among them) carry raw post text.
 * PGlite creates its files 0666 whatever the umask, so the directory's own mode is what keeps
 * them private: it is created 0700, and a DATA_DIR that others can open is refused, as
 * PostgreSQL refuses such a data directory. One process at a time may use it: PGlite has no
 * locking of its own, and two processes on one directory silently lose writes.
 */
import { constants } from 'node:fs';
import { chmod, mkdir, open, readFile, rm, stat, statfs } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors/app-error';

export const LOCK_FILE = 'policy-bot.lock';

export class DataDirError extends AppError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
    this.name = 'DataDirError';
  }
}

/** Creates DATA_DIR 0700 if missing; refuses one that group or others can read, write or enter. */
export async function ensurePrivateDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const info = await stat(dataDir);
  if (!info.isDirectory()) throw new DataDirError(`DATA_DIR ${dataDir} is not a directory.`);
  if (process.platform !== 'win32' && (info.mode & 0o077) !== 0) {
    const mode = (info.mode & 0o777).toString(8).padStart(4, '0');
    throw new DataDirError(`DATA_DIR ${dataDir} has mode ${mode}: other users could read the stored posts. Run: chmod 700 ${dataDir}`);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/**
 * An exclusive lock file (O_EXCL, 0600) holding the owner's pid and host. A lock left by a
 * process that is gone (SIGKILL, a crash) is stale and taken over; a live owner is refused.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
      await handle.writeFile(JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      await handle.close();
      await chmod(path, 0o600);
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: { pid?: unknown; host?: unknown } = {};
    try {
      owner = JSON.parse(await readFile(path, 'utf8')) as typeof owner;
    } catch {
      // Empty or half-written: its writer died between creating and writing it.
    }
    const pid = typeof owner.pid === 'number' ? owner.pid : undefined;
    const sameHost = owner.host === undefined || owner.host === hostname();
    if (pid !== undefined && pid !== process.pid && (!sameHost || processAlive(pid))) {
      throw new DataDirError(`DATA_DIR ${dataDir} is in use by another policy-bot (pid ${pid}${sameHost ? '' : ` on ${String(owner.host)}`}). Run one process per DATA_DIR, or use DATABASE_URL for several instances.`);
    }
    await rm(path, { force: true });
  }
  throw new DataDirError(`DATA_DIR ${dataDir}: could not take the lock file ${LOCK_FILE}.`);
}

/** Free bytes on the file system that holds dir, or undefined when the OS cannot say. */
export async function freeBytes(dir: string): Promise<number | undefined> {
  try {
    const info = await statfs(dir);
    return info.bavail * info.bsize;
  } catch {
    return undefined;
  }
}
