import type { Clock } from '../../ports/clock';
import type { SettingsRepo } from '../../ports/settings-repo';
import { type SqlClient, json } from '../sql-client';

export function settingsRepo(c: SqlClient, clock: Clock): SettingsRepo {
  return {
    async get<T>(key: string) {
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
