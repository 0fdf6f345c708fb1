/**
 * Turns a SqlDatabase (PGlite or pg) into the Store port. Same repositories, same SQL, for
 * both adapters; only connection handling differs.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { Repositories, Store } from '../ports/store';
import { createRepositories } from './repos/index';
import { sqlReportQueries } from './repos/report-queries-repo';
import type { SqlClient, SqlDatabase } from './sql-client';
import { isStoreFault, StorageError } from '../errors/storage-fault';

/** Readiness answers within this even when the database accepts connections but never replies. */
const PING_TIMEOUT_MS = 3_000;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`${what} timed out after ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Turns every error of the database into a StorageError (STORAGE_UNAVAILABLE: the turn answers
 * 5xx and Teams redelivers; the driver's error is its cause) and remembers a fault of the store
 * itself (disk full, connection lost) until a write succeeds again, so readiness reports it: SELECT 1 still works on a full disk.
 */
function trackFaults(db: SqlDatabase, logger: Logger) {
  let fault: { code: string | undefined; at: number } | undefined;
  const onError = (error: unknown): never => {
    if (error instanceof StorageError) throw error;
    if (isStoreFault(error)) {
      if (!fault) logger.error({ err: error }, 'storage fault: reporting not ready until a write succeeds');
      fault = { code: (error as { code?: string })?.code, at: Date.now() };
    }
    throw new StorageError(error);
  };
  const guarded: SqlDatabase = {
    kind: db.kind,
    query: <R>(sql: string, params?: unknown[]) => db.query<R>(sql, params).catch(onError),
    transaction: <T>(fn: (client: SqlClient) => Promise<T>) => {
      // Only the database's own errors are storage errors: one thrown by the caller's code inside
      // the transaction (a refusal, a bug) passes through unmarked.
      let callerError: unknown;
      const guardedClient = (client: SqlClient): SqlClient => ({ query: <R>(sql: string, params?: unknown[]) => client.query<R>(sql, params).catch(onError) });
      return db
        .transaction(async (client) => {
          try {
            return await fn(guardedClient(client));
          } catch (error) {
            callerError = error;
            throw error;
          }
        })
        .catch((error: unknown) => {
          if (error === callerError) throw error;
          return onError(error);
        });
    },
    close: () => db.close(),
  };
  const ping = async () => {
    await withTimeout(guarded.query('SELECT 1'), PING_TIMEOUT_MS, 'storage ping');
    if (!fault) return;
    // Only a committed write shows the store can record activities again.
    await withTimeout(
      guarded.query('INSERT INTO health_probe (id, written_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET written_at = excluded.written_at'),
      PING_TIMEOUT_MS,
      'storage write probe',
    );
    logger.info({ kind: db.kind }, 'storage recovered: a write succeeded');
    fault = undefined;
  };
  return { db: guarded, ping };
}

export function createSqlStore(rawDb: SqlDatabase, clock: Clock, logger: Logger): Store {
  const { db, ping } = trackFaults(rawDb, logger);
  // Marks "inside this store's transaction callback". Using the outer store there would
  // deadlock on PGlite (one connection, held by the transaction) and silently escape the
  // transaction on PostgreSQL, so it throws on both: the bug shows up in tests either way.
  const inTx = new AsyncLocalStorage<true>();
  const misuse = () =>
    new Error('store used inside its own transaction: use the `tx` repositories passed to transaction()');

  const outer: SqlClient = {
    query: (sql, params) => (inTx.getStore() ? Promise.reject(misuse()) : db.query(sql, params)),
  };
  const repos = createRepositories(outer, clock, (fn) =>
    inTx.getStore() ? Promise.reject(misuse()) : db.transaction((client) => fn(client)),
  );

  return {
    ...repos,
    kind: db.kind,
    reportQueries: sqlReportQueries(outer),
    transaction: <T>(fn: (tx: Repositories) => Promise<T>): Promise<T> => {
      if (inTx.getStore()) return Promise.reject(misuse());
      return db.transaction((client) => inTx.run(true, () => fn(createRepositories(client, clock))));
    },
    ping,
    close: async () => {
      await db.close();
      logger.debug({ kind: db.kind }, 'store closed');
    },
  };
}
