/**
 * Store factory: PostgreSQL when a database URL is given, otherwise embedded PGlite in
 * DATA_DIR/pglite on a worker thread (or in memory, in-process, for tests). Runs migrations
 * before returning.
 */
import { mkdir } from 'node:fs/promises';
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
    const dataPath = join(opts.dataDir, 'pglite');
    await mkdir(dataPath, { recursive: true });
    // On its own thread, so database work does not block request handling (see the adapter).
    db = await openPgliteWorkerDatabase({ dataPath, schema: opts.schema });
  }
  try {
    await migrate(db, { schema: opts.schema, logger });
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  logger.info({ kind: db.kind, schema: opts.schema ?? 'default' }, 'store ready');
  return createSqlStore(db, clock, logger);
}
