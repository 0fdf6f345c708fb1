/**
 * Fresh stores for tests, for every adapter: PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set (each store gets its own random schema, dropped on cleanup).
 * Without TEST_DATABASE_URL the PostgreSQL cases still appear, reported as skipped with the
 * reason (useTestStore skips them), so a local run says what it left out.
 *
 *   import { storeAdapters, useTestStore } from '../support/test-store';
 *   describe.each(storeAdapters)('my feature on %s', (adapter) => {
 *     const t = useTestStore(adapter, { clock });   // fresh store per test, cleaned up after
 *     it('works', async () => { await t().store.settings.set('k', 1); });
 *   });
 *
 * Or by hand: const ctx = await createTestStore('pglite', { clock }); ... await ctx.cleanup();
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, inject } from 'vitest';
import { testDatabaseUrl } from './database-url';
import { skipUnlessAvailable } from './postgres-only';
import { type Clock, systemClock } from '../../src/ports/clock';
import { type Logger, silentLogger } from '../../src/ports/logger';
import type { Store } from '../../src/ports/store';
import { createStore } from '../../src/storage/create-store';
import { migrate } from '../../src/storage/migrate';
import { type PgliteDatabase, openPgliteDatabase } from '../../src/storage/pglite-database';
import { openPgliteWorkerDatabase } from '../../src/storage/pglite-worker-database';
import { createSqlStore } from '../../src/storage/sql-store';

/** 'pglite' runs PGlite in-process (fast; most tests), 'pglite-worker' on a worker thread as `npm start` does. */
export type StoreAdapter = 'pglite' | 'pglite-worker' | 'postgres';

export { testDatabaseUrl } from './database-url';

/** The adapters every store test runs on; PostgreSQL cases skip, with the reason, when TEST_DATABASE_URL is unset. */
export const storeAdapters: StoreAdapter[] = ['pglite', 'postgres'];

/** The storage contract itself also covers PGlite on its worker thread (the default on a DATA_DIR). */
export const storageContractAdapters: StoreAdapter[] = [...storeAdapters, 'pglite-worker'];

export interface TestStoreOptions {
  clock?: Clock;
  logger?: Logger;
  /** PGlite only: keep data in a temp DATA_DIR (needed for restart()); default in memory. */
  persistent?: boolean;
}

export interface TestStoreContext {
  adapter: StoreAdapter;
  store: Store;
  /** Closes the current store and opens a new one on the same data (a process restart). */
  restart(): Promise<Store>;
  /** PostgreSQL only: another live Store on the same schema (a second bot instance). */
  openSecond(): Promise<Store>;
  /** Raw SQL on the same database/schema, bypassing the Store (to prove DB-level rules). */
  rawQuery(sql: string, params?: unknown[]): Promise<Array<Record<string, unknown>>>;
  /** Closes every store it opened and drops the schema / temp dir. */
  cleanup(): Promise<void>;
}

/**
 * A fresh in-memory PGlite runs initdb (~2 s). Instead, the run's global setup migrates once and dumps the data dir
 * (pglite-template.global-setup.ts), and every test store starts from that dump (~0.4 s). Each store still gets its
 * own private database; migrate() runs again on it (a no-op that proves the versions). Outside the configured run
 * (no provided template) the file builds its own template once.
 */
let pgliteTemplate: Promise<Blob> | undefined;
function getPgliteTemplate(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const shared = inject('pgliteTemplatePath');
    if (shared) return new Blob([await readFile(shared)]);
    const db = await openPgliteDatabase({});
    await migrate(db, { logger: silentLogger });
    const blob = await db.dump();
    await db.close();
    return blob;
  })();
  return pgliteTemplate;
}

export async function createTestStore(adapter: StoreAdapter, opts: TestStoreOptions = {}): Promise<TestStoreContext> {
  const opened: Store[] = [];
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? silentLogger;
  let open: () => Promise<Store>;
  let rawQuery: TestStoreContext['rawQuery'];
  let dispose: () => Promise<void>;

  if (adapter === 'postgres') {
    if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${schema}` });
    await admin.connect();
    open = () => createStore({ databaseUrl: testDatabaseUrl, dataDir: '', schema, poolSize: 5, clock, logger });
    rawQuery = async (sql, params) => (await admin.query(sql, params)).rows;
    dispose = async () => {
      try {
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await admin.end();
      }
    };
  } else {
    const dataDir = opts.persistent ? await mkdtemp(join(tmpdir(), 'policy-bot-store-')) : undefined;
    let db: PgliteDatabase | undefined;
    const openDb = adapter === 'pglite-worker' ? openPgliteWorkerDatabase : openPgliteDatabase;
    open = async () => {
      db = dataDir
        ? await openDb({ dataPath: join(dataDir, 'pglite') })
        : await openDb({ loadDataDir: await getPgliteTemplate() });
      await migrate(db, { logger });
      return createSqlStore(db, clock, logger);
    };
    rawQuery = async (sql, params) => {
      if (!db) throw new Error('no database open');
      return (await db.query<Record<string, unknown>>(sql, params)).rows;
    };
    dispose = async () => {
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    };
  }

  const track = async () => {
    const s = await open();
    opened.push(s);
    return s;
  };
  const ctx: TestStoreContext = {
    adapter,
    store: await track(),
    async restart() {
      if (adapter !== 'postgres' && !opts.persistent) throw new Error('restart() needs { persistent: true } on pglite');
      await ctx.store.close();
      ctx.store = await track();
      return ctx.store;
    },
    async openSecond() {
      if (adapter !== 'postgres') throw new Error('openSecond() is PostgreSQL-only (PGlite is single-process)');
      return track();
    },
    rawQuery: (sql, params) => rawQuery(sql, params),
    async cleanup() {
      for (const s of opened) await s.close().catch(() => undefined);
      await dispose();
    },
  };
  return ctx;
}

/** Vitest helper: a fresh store before each test, cleaned up after it. Call inside describe(). */
export function useTestStore(adapter: StoreAdapter, opts: TestStoreOptions = {}): () => TestStoreContext {
  let ctx: TestStoreContext | undefined;
  beforeEach(async (test) => {
    skipUnlessAvailable(test, adapter);
    ctx = await createTestStore(adapter, opts);
  });
  afterEach(async () => {
    await ctx?.cleanup();
    ctx = undefined;
  });
  return () => {
    if (!ctx) throw new Error('useTestStore: no store (called outside a test?)');
    return ctx;
  };
}
