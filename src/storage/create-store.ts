/**
 * Store factory: PostgreSQL when a database URL is given, otherwise embedded PGlite in
 * DATA_DIR/pglite on a worker thread (or in memory, in-process, for tests). Runs migrations
 * before returning.
 */
import { mkdir } from 'node:fs/promises';
import { AppError } from '../errors/app-error';
import { isDiskFull } from '../errors/storage-fault';
import { ensurePrivateDataDir, freeBytes, lockDataDir } from './data-dir';
import { join } from 'node:path';
import { type Clock, systemClock } from '../ports/clock';
import { type Logger, silentLogger } from '../ports/logger';
import type { Store } from '../ports/store';
import { migrate } from './migrate';
import { openPgliteDatabase } from './pglite-database';
import { openPgliteWorkerDatabase } from './pglite-worker-database';
import { openPostgresDatabase } from './postgres-database';
import { createSqlStore } from './sql-store';
import type { SqlDatabase } from './sql-client';

export interface CreateStoreOptions {
  /** postgres://... — when set, use the PostgreSQL server (several instances may share it). */
  databaseUrl?: string;
  /** Where PGlite keeps its files (DATA_DIR/pglite). Ignored with databaseUrl or inMemory. */
  dataDir: string;
  /** PGlite in memory (tests). */
  inMemory?: boolean;
  /** Postgres schema to use (created if missing). Tests use a random one per run. */
  schema?: string;
  /** Max pool size (PostgreSQL only). */
  poolSize?: number;
  clock?: Clock;
  logger?: Logger;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function createStore(opts: CreateStoreOptions): Promise<Store> {
  const logger = opts.logger ?? silentLogger;
  const clock = opts.clock ?? systemClock;
  if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) {
    throw new Error('schema must be a lower-case identifier (letters, digits, underscore)');
  }
  let db: SqlDatabase;
  if (opts.databaseUrl) {
    db = await openPostgresDatabase({ connectionString: opts.databaseUrl, schema: opts.schema, max: opts.poolSize, logger });
  } else if (opts.inMemory) {
    db = await openPgliteDatabase({ schema: opts.schema });
  } else {
    db = await openDataDirDatabase(opts.dataDir, opts.schema);
  }
  try {
    await migrate(db, { schema: opts.schema, logger });
  } catch (e) {
    await db.close().catch(() => undefined);
    if (!opts.databaseUrl && !opts.inMemory) await explainDiskFull(opts.dataDir, e);
    throw e;
  }
  logger.info({ kind: db.kind, schema: opts.schema ?? 'default' }, 'store ready');
  return createSqlStore(db, clock, logger);
}

/** Below this, PGlite cannot start or write its WAL: a failure to start is then "the disk is full". */
const MIN_FREE_BYTES = 4 * 1024 * 1024;

/** PGlite says only "failed to initialize properly" on a full disk: name the real cause in one line. */
async function explainDiskFull(dataDir: string, error: unknown): Promise<void> {
  const free = await freeBytes(dataDir);
  if (isDiskFull(error) || (free !== undefined && free < MIN_FREE_BYTES)) {
    throw new AppError('STORAGE_UNAVAILABLE', `DATA_DIR ${dataDir}: the disk is full (${free ?? 'unknown'} bytes free). Free some space and start again.`, { cause: error });
  }
}

/** PGlite on DATA_DIR: a private directory, one process at a time (lock file), on a worker thread. */
async function openDataDirDatabase(dataDir: string, schema: string | undefined): Promise<SqlDatabase> {
  await ensurePrivateDataDir(dataDir);
  const lock = await lockDataDir(dataDir);
  try {
    const dataPath = join(dataDir, 'pglite');
    await mkdir(dataPath, { recursive: true, mode: 0o700 });
    // On its own thread, so database work does not block request handling (see the adapter).
    const db = await openPgliteWorkerDatabase({ dataPath, schema });
    return {
      ...db,
      close: async () => {
        try {
          await db.close();
        } finally {
          await lock.release();
        }
      },
    };
  } catch (error) {
    await lock.release();
    await explainDiskFull(dataDir, error);
    throw error;
  }
}
