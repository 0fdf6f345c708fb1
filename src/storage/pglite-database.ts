/**
 * PGlite adapter (the default store): Postgres compiled to WASM, in-process, data in
 * DATA_DIR/pglite (or in memory for tests). It has a single connection, so every query
 * and every transaction goes through one FIFO mutex: a transaction's statements can never
 * interleave with another caller's.
 */
import { PGlite } from '@electric-sql/pglite';
import { Mutex } from './mutex';
import { type SqlClient, type SqlDatabase, type SqlResult, quoteIdent } from './sql-client';

export interface PgliteOptions {
  /** Directory for the data files; undefined = in memory. */
  dataPath?: string;
  schema?: string;
  /** Start from a dump (PGlite dumpDataDir) instead of initdb: ~5x faster, used by test support. */
  loadDataDir?: Blob;
}

export interface PgliteDatabase extends SqlDatabase {
  /** Snapshot of the whole data dir (for fast test stores via loadDataDir). */
  dump(): Promise<Blob>;
}

export async function openPgliteDatabase(opts: PgliteOptions): Promise<PgliteDatabase> {
  const db = opts.dataPath
    ? new PGlite(opts.dataPath)
    : new PGlite(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
  await db.waitReady;
  if (opts.schema) {
    // Session-level: the single connection keeps it. The migration creates the schema.
    await db.exec(`SET search_path TO ${quoteIdent(opts.schema)}`);
  }
  const mutex = new Mutex();
  let closed = false;

  const raw = async <R>(sql: string, params?: unknown[]): Promise<SqlResult<R>> => {
    const res = await db.query<R>(sql, params ?? []);
    return { rows: res.rows, rowCount: res.affectedRows ?? res.rows.length };
  };

  const txClient: SqlClient = { query: raw };

  return {
    kind: 'pglite',
    query: <R>(sql: string, params?: unknown[]) => {
      if (closed) return Promise.reject(new Error('store is closed'));
      return mutex.run(() => raw<R>(sql, params));
    },
    transaction: <T>(fn: (client: SqlClient) => Promise<T>) => {
      if (closed) return Promise.reject(new Error('store is closed'));
      return mutex.run(async () => {
        await db.exec('BEGIN');
        try {
          const result = await fn(txClient);
          await db.exec('COMMIT');
          return result;
        } catch (e) {
          await db.exec('ROLLBACK');
          throw e;
        }
      });
    },
    dump: () => mutex.run(async () => (await db.dumpDataDir('none')) as Blob),
    close: async () => {
      if (closed) return;
      // Wait for queued work so nothing is cut off mid-transaction.
      await mutex.run(async () => {
        closed = true;
        await db.close();
      });
    },
  };
}
