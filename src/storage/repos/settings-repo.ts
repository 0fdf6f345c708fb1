import type { Clock } from '../../ports/clock';
import type { SettingsRepo } from '../../ports/settings-repo';
import { type SqlClient, json } from '../sql-client';

/** Namespaces the settings' advisory locks apart from the migration and outbox locks. */
const SETTINGS_LOCK_PREFIX = 'policy-bot:settings:';

export function settingsRepo(c: SqlClient, clock: Clock): SettingsRepo {
  return {
    async get<T>(key: string) {
      const { rows } = await c.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
      return rows[0]?.value;
    },
    async getForUpdate<T>(key: string) {
      // A transaction-scoped advisory lock on the key rather than SELECT ... FOR UPDATE: a row lock
      // cannot hold a setting that does not exist yet, and two first writers would both read nothing.
      // Released at commit or rollback (PostgreSQL and PGlite alike).
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${SETTINGS_LOCK_PREFIX}${key}`]);
      const { rows } = await c.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
      return rows[0]?.value;
    },
    async set<T>(key: string, value: T, updatedBy?: string) {
      await c.query(
        `INSERT INTO settings (key, value, updated_at, updated_by) VALUES ($1, $2::jsonb, $3, $4)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
        [key, json(value), clock.now(), updatedBy ?? null],
      );
    },
    async delete(key: string) {
      return (await c.query('DELETE FROM settings WHERE key = $1', [key])).rowCount > 0;
    },
  };
}
