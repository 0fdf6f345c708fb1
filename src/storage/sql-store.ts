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

export function createSqlStore(db: SqlDatabase, clock: Clock, logger: Logger): Store {
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
    ping: async () => {
      await db.query('SELECT 1');
    },
    close: async () => {
      await db.close();
      logger.debug({ kind: db.kind }, 'store closed');
    },
  };
}
