/**
 * A real PGlite store whose database can be switched into a failure mode, the way a full disk or
 * a lost server behaves: statements that write fail with the driver's SQLSTATE, reads still work.
 */
import { migrate } from '../../src/storage/migrate';
import { openPgliteDatabase } from '../../src/storage/pglite-database';
import type { SqlClient, SqlDatabase } from '../../src/storage/sql-client';
import { createSqlStore } from '../../src/storage/sql-store';
import { silentLogger } from '../../src/ports/logger';
import type { Store } from '../../src/ports/store';

export type Fault = 'none' | 'disk-full' | 'hang';

const WRITE = /^\s*(WITH[\s\S]*?\b(INSERT|UPDATE|DELETE)\b|INSERT|UPDATE|DELETE)/i;

export async function faultyStore(): Promise<{ store: Store; setFault(fault: Fault): void; close(): Promise<void> }> {
  const db = await openPgliteDatabase({});
  await migrate(db, { logger: silentLogger });
  let fault: Fault = 'none';
  // A hung statement carries on once the fault is lifted, as a stalled server's would.
  let unhang: Array<() => void> = [];
  const hung = () => new Promise<void>((resolve) => unhang.push(resolve));
  const diskFull = () => Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100', severity: 'ERROR' });
  const check = (sql: string): Promise<void> | undefined => {
    if (fault === 'hang') return hung();
    if (fault === 'disk-full' && WRITE.test(sql)) return Promise.reject(diskFull());
    return undefined;
  };
  const wrapClient = (client: SqlClient): SqlClient => ({
    query: (sql, params) => check(sql)?.then(() => client.query(sql, params)) ?? client.query(sql, params),
  });
  const faulty: SqlDatabase = {
    kind: 'pglite',
    query: (sql, params) => check(sql)?.then(() => db.query(sql, params)) ?? db.query(sql, params),
    transaction: async (fn) => {
      if (fault === 'hang') await hung();
      return db.transaction((client) => fn(wrapClient(client)));
    },
    close: () => db.close(),
  };
  const store = createSqlStore(faulty, { now: () => new Date() }, silentLogger);
  const setFault = (next: Fault) => {
    fault = next;
    if (next !== 'hang') {
      for (const resume of unhang) resume();
      unhang = [];
    }
  };
  return { store, setFault, close: () => store.close() };
}
