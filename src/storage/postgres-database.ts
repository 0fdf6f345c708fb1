/**
 * PostgreSQL adapter (when DATABASE_URL is set): a pg Pool. Several bot instances may
 * share one database; row locks, SKIP LOCKED and unique inserts keep them apart.
 */
import { Pool, type PoolClient } from 'pg';
import type { Logger } from '../ports/logger';
import type { SqlClient, SqlDatabase, SqlResult } from './sql-client';

export interface PostgresOptions {
  connectionString: string;
  schema?: string;
  max?: number;
  logger: Logger;
}

function clientOf(c: { query: Pool['query'] } | PoolClient): SqlClient {
  return {
    query: async <R>(sql: string, params?: unknown[]): Promise<SqlResult<R>> => {
      const res = await c.query(sql, params ?? []);
      return { rows: res.rows as R[], rowCount: res.rowCount ?? res.rows.length };
    },
  };
}

export async function openPostgresDatabase(opts: PostgresOptions): Promise<SqlDatabase> {
  const pool = new Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 10,
    connectionTimeoutMillis: 10_000,
    // Every pooled connection starts in the configured schema (tests use a random one).
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', (err) => opts.logger.warn({ err: err.message }, 'postgres idle client error'));
  const base = clientOf(pool);
  let closed = false;

  return {
    kind: 'postgres',
    query: (sql, params) => base.query(sql, params),
    transaction: async <T>(fn: (client: SqlClient) => Promise<T>) => {
      const conn = await pool.connect();
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
        conn.release();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
