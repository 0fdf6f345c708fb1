/**
 * PostgreSQL adapter (when DATABASE_URL is set): a pg Pool. Several bot instances may
 * share one database; row locks, SKIP LOCKED and unique inserts keep them apart.
 */
import { createHash } from 'node:crypto';
import { Pool, type PoolClient } from 'pg';
import type { Logger } from '../ports/logger';
import type { SqlClient, SqlDatabase, SqlResult } from './sql-client';

export interface PostgresOptions {
  connectionString: string;
  schema?: string;
  max?: number;
  logger: Logger;
}

/**
 * Every statement runs as a named prepared statement: pg parses it once per connection, and the
 * server can reuse its plan (the flagged-post statement spends as long planning as running).
 * The repositories' SQL is a fixed set of texts, so the names per connection stay bounded.
 */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `policy_bot_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function clientOf(c: { query: Pool['query'] } | PoolClient): SqlClient {
  return {
    query: async <R>(sql: string, params?: unknown[]): Promise<SqlResult<R>> => {
      const res = await c.query({ name: statementName(sql), text: sql, values: params ?? [] });
      return { rows: res.rows as R[], rowCount: res.rowCount ?? res.rows.length };
    },
  };
}

const STATEMENT_TIMEOUT_MS = 10_000;

/**
 * The server ended the connection (pg_terminate_backend, a restart, a failover, a proxy): SQLSTATE class 57P0x or 08, or
 * pg's own "Connection terminated". An idle pooled connection can be ended while the pool still holds it; the next
 * statement is then handed a connection whose end the client has not yet read, and fails without having run.
 */
function connectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (typeof code === 'string' && (/^57P0[123]$/.test(code) || code.startsWith('08'))) || /Connection terminated/i.test(message ?? '');
}
/** A statement that only reads: running it again changes nothing, so it may be retried on a fresh connection. */
const READ_ONLY = /^\s*select\b/i;

export async function openPostgresDatabase(opts: PostgresOptions): Promise<SqlDatabase> {
  const poolSize = opts.max ?? 10;
  const pool = new Pool({
    connectionString: opts.connectionString,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    // A server that accepts connections but never answers must not hold a turn for ever: the
    // server cancels a slow statement, and the client gives up on one that gets no answer at all.
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 2_000,
    // Every pooled connection starts in the configured schema (tests use a random one).
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', (err) => opts.logger.warn({ err: err.message }, 'postgres idle client error'));
  // Every client also keeps a listener of its own for its whole life. The pool listens only while
  // a client is idle, and pool.query() only once per query, so a cut connection (pg_terminate_backend,
  // a failover) can reach a client between those listeners, for example while it is being checked
  // out or released; an 'error' event nobody listens to would end the process. The statement that
  // was running still rejects on its own, and the pool drops the broken client.
  pool.on('connect', (client) => {
    client.on('error', (err) => opts.logger.warn({ err: err.message }, 'postgres connection lost'));
  });
  const base = clientOf(pool);
  let closed = false;

  return {
    kind: 'postgres',
    // A read outside a transaction that met an ended connection is asked again: the pool drops each broken connection it
    // hands out, so after at most one try per pooled connection a fresh one answers (a failover ends them all at once).
    // Writes are not retried: whether a statement that met the end had run is not known, and their callers already treat
    // a storage error as "not stored" (Teams redelivers; nothing is acknowledged).
    query: async (sql, params) => {
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await base.query(sql, params);
        } catch (error) {
          if (!READ_ONLY.test(sql) || !connectionLost(error) || attempt >= poolSize) throw error;
          opts.logger.warn({ code: (error as { code?: string }).code, attempt }, 'postgres read retried after a lost connection');
        }
      }
    },
    transaction: async <T>(fn: (client: SqlClient) => Promise<T>) => {
      const conn = await pool.connect();
      // A checked-out client has no listener of the pool's: without this one, a connection cut
      // mid-transaction (pg_terminate_backend, a proxy, a failover) is an unhandled 'error'
      // event and the process exits. The failed statement rejects on its own; Teams redelivers.
      let broken: Error | undefined;
      const onError = (err: Error) => {
        broken = err;
        opts.logger.warn({ err: err.message }, 'postgres connection lost during a transaction');
      };
      conn.on('error', onError);
      try {
        await conn.query('BEGIN');
        try {
          const result = await fn(clientOf(conn));
          await conn.query('COMMIT');
          return result;
        } catch (e) {
          await conn.query('ROLLBACK').catch(() => undefined);
          throw e;
        }
      } finally {
        conn.removeListener('error', onError);
        // A broken client is destroyed, not returned to the pool.
        conn.release(broken);
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
