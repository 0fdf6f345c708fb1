/**
 * Runs pending migrations at start. All of it happens in ONE transaction holding a
 * transaction-scoped advisory lock, so two instances starting together serialise: the
 * second waits, then sees the versions the first recorded and applies nothing.
 */
import type { Logger } from '../ports/logger';
import { MIGRATIONS, type Migration } from './migrations/index';
import { type SqlDatabase, quoteIdent, toNumber } from './sql-client';

export async function migrate(
  db: SqlDatabase,
  opts: { schema?: string; logger: Logger; migrations?: readonly Migration[] },
): Promise<number[]> {
  const migrations = opts.migrations ?? MIGRATIONS;
  const applied = await db.transaction(async (c) => {
    await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy-bot:migrate:${opts.schema ?? ''}`]);
    if (opts.schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(opts.schema)}`);
    await c.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set(
      (await c.query<{ version: unknown }>('SELECT version FROM schema_migrations')).rows.map((r) => toNumber(r.version)),
    );
    const now: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const sql of m.statements) await c.query(sql);
      await c.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      now.push(m.version);
    }
    return now;
  });
  if (applied.length) opts.logger.info({ versions: applied }, 'migrations applied');
  return applied;
}
