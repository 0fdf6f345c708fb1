/**
 * PGlite on a worker thread: the default store when the bot runs on a DATA_DIR.
 *
 * Why: PGlite is Postgres compiled to WASM and runs on whichever thread calls it. In-process,
 * every statement blocks the event loop that also parses Teams' requests, so the bot could use
 * one core at most. On a worker the database runs on another core, the way a PostgreSQL server
 * would, and channel intake roughly doubles (bench:moderation, docs/storage-and-delivery.md).
 *
 * Semantics match the in-process adapter (pglite-database.ts): one connection, statements in
 * arrival order, and a transaction's statements never interleave with anyone else's (the
 * worker holds other messages back while one is open). Each statement is a message to the
 * worker and back (rows are structured-cloned: Dates, JSON values and arrays survive).
 * If the worker dies, every pending and later call rejects, so /readyz fails and Teams
 * redelivers what it sent.
 */
import { Worker } from 'node:worker_threads';
import type { PgliteDatabase, PgliteOptions } from './pglite-database';
import { type SqlClient, type SqlResult, quoteIdent } from './sql-client';

/**
 * The worker's code, kept as plain CommonJS source and run with `eval: true`: a worker needs a
 * file Node can load as-is, and this one must work the same from src/ under tsx and vitest
 * (TypeScript) and from dist/ (JavaScript).
 *
 * It runs messages in arrival order, one at a time, so autocommit statements queue here and run
 * back to back without waiting for the main thread between them. While a transaction is open
 * only that transaction's messages run; everything else waits in the inbox until it ends.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite, protocol, parse } = require(workerData.pglitePath);
const errorFields = (e) => ({ message: String((e && e.message) || e), code: e && e.code, constraint: e && e.constraint, severity: e && e.severity });
const noSync = { syncToFs: false };
// Named prepared statements, by SQL text, least recently used first. PGlite's query() parses and
// plans every statement each time; the flagged-post statement spends as long planning as running.
const statements = new Map();
let statementCount = 0;
const MAX_STATEMENTS = 200;
(async () => {
  let db;
  try {
    db = workerData.dataPath
      ? new PGlite(workerData.dataPath)
      : new PGlite(workerData.loadDataDir ? { loadDataDir: new Blob([workerData.loadDataDir]) } : {});
    await db.waitReady;
    if (workerData.setupSql) await db.exec(workerData.setupSql);
  } catch (e) {
    parentPort.postMessage({ id: 0, error: errorFields(e) });
    return;
  }
  parentPort.postMessage({ id: 0 });
  const inbox = [];
  let openTx = null;
  let running = false;
  parentPort.on('message', (msg) => { inbox.push(msg); void pump(); });
  async function pump() {
    if (running) return;
    running = true;
    for (;;) {
      const next = inbox.findIndex((msg) => openTx === null || msg.tx === openTx);
      if (next < 0) break;
      await handle(inbox.splice(next, 1)[0]);
    }
    running = false;
  }
  async function prepare(sql) {
    const known = statements.get(sql);
    if (known) {
      statements.delete(sql);
      statements.set(sql, known);
      return known;
    }
    const name = 'policy_bot_' + ++statementCount;
    await db.execProtocol(protocol.serialize.parse({ name, text: sql }), noSync);
    const described = await db.execProtocol(protocol.serialize.describe({ type: 'S', name }), noSync);
    const statement = { name, paramTypes: parse.parseDescribeStatementResults(described.messages) };
    statements.set(sql, statement);
    if (statements.size > MAX_STATEMENTS) {
      const [oldest, evicted] = statements.entries().next().value;
      statements.delete(oldest);
      await db.execProtocol(protocol.serialize.close({ type: 'S', name: evicted.name }), noSync);
    }
    return statement;
  }
  // The extended-protocol exchange PGlite's query() performs, minus the per-call parse and plan.
  async function preparedQuery(sql, params) {
    try {
      const statement = await prepare(sql);
      const values = params.map((value, i) => {
        if (value === null || value === undefined) return null;
        const serialize = db.serializers[statement.paramTypes[i]];
        return serialize ? serialize(value) : value.toString();
      });
      const messages = [];
      for (const message of [protocol.serialize.bind({ statement: statement.name, values }), protocol.serialize.describe({ type: 'P' }), protocol.serialize.execute({})]) {
        messages.push(...(await db.execProtocol(message, noSync)).messages);
      }
      return parse.parseResults(messages, db.parsers)[0];
    } finally {
      // After an error the server skips to the next Sync: always end the exchange with one.
      await db.execProtocol(protocol.serialize.sync(), { syncToFs: false, throwOnError: false });
    }
  }
  async function handle({ id, op, tx, sql, params }) {
    try {
      if (op === 'query') {
        const res = await preparedQuery(sql, params);
        parentPort.postMessage({ id, rows: res.rows, rowCount: res.affectedRows ?? res.rows.length });
        return;
      }
      if (op === 'begin') {
        await db.exec('BEGIN');
        openTx = tx;
      } else if (op === 'commit' || op === 'rollback') {
        openTx = null;
        await db.exec(op === 'commit' ? 'COMMIT' : 'ROLLBACK');
      } else if (op === 'dump') {
        const buffer = await (await db.dumpDataDir('none')).arrayBuffer();
        parentPort.postMessage({ id, buffer }, [buffer]);
        return;
      } else if (op === 'close') {
        await db.close();
      }
      parentPort.postMessage({ id });
    } catch (e) {
      parentPort.postMessage({ id, error: errorFields(e) });
    }
  }
})();
`;

interface Reply {
  id: number;
  rows?: unknown[];
  rowCount?: number;
  buffer?: ArrayBuffer;
  error?: { message: string; code?: string; constraint?: string; severity?: string };
}

/** Rebuilds the driver error's useful fields (code, constraint) so callers can test them as with in-process PGlite. */
function toError(fields: NonNullable<Reply['error']>): Error {
  return Object.assign(new Error(fields.message), { code: fields.code, constraint: fields.constraint, severity: fields.severity });
}

export async function openPgliteWorkerDatabase(opts: PgliteOptions): Promise<PgliteDatabase> {
  const loadDataDir = opts.loadDataDir ? await opts.loadDataDir.arrayBuffer() : undefined;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      pglitePath: require.resolve('@electric-sql/pglite'),
      dataPath: opts.dataPath,
      loadDataDir,
      // Session-level: the single connection keeps it. The migration creates the schema.
      setupSql: opts.schema ? `SET search_path TO ${quoteIdent(opts.schema)}` : undefined,
    },
    transferList: loadDataDir ? [loadDataDir] : [],
  });

  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Error | undefined;
  const failAll = (error: Error) => {
    stopped ??= error;
    for (const { reject } of pending.values()) reject(stopped);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => pending.set(0, { resolve: () => resolve(), reject }));
  worker.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.error) waiter.reject(toError(reply.error));
    else waiter.resolve(reply);
  });
  worker.on('error', (error) => failAll(new Error(`database worker failed: ${error.message}`)));
  worker.on('exit', (code) => failAll(new Error(`database worker stopped (exit ${code})`)));

  const call = (message: { op: 'query' | 'begin' | 'commit' | 'rollback' | 'dump' | 'close'; tx?: number; sql?: string; params?: unknown[] }): Promise<Reply> => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  };

  try {
    await ready;
  } catch (e) {
    await worker.terminate();
    throw e;
  }

  let closed = false;
  let nextTx = 1;
  const query = async <R>(sql: string, params: unknown[] | undefined, tx?: number): Promise<SqlResult<R>> => {
    const reply = await call({ op: 'query', tx, sql, params: params ?? [] });
    return { rows: (reply.rows ?? []) as R[], rowCount: reply.rowCount ?? 0 };
  };

  return {
    kind: 'pglite',
    query: <R>(sql: string, params?: unknown[]) => (closed ? Promise.reject(new Error('store is closed')) : query<R>(sql, params)),
    transaction: async <T>(fn: (client: SqlClient) => Promise<T>) => {
      if (closed) throw new Error('store is closed');
      const tx = nextTx++;
      await call({ op: 'begin', tx });
      try {
        const result = await fn({ query: (sql, params) => query(sql, params, tx) });
        await call({ op: 'commit', tx });
        return result;
      } catch (e) {
        // The worker may be gone; the original error is the one worth reporting.
        await call({ op: 'rollback', tx }).catch(() => undefined);
        throw e;
      }
    },
    dump: async () => new Blob([(await call({ op: 'dump' })).buffer!]),
    close: async () => {
      if (closed) return;
      closed = true;
      // Runs after everything already sent (and any open transaction) in the worker's inbox.
      await call({ op: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}
