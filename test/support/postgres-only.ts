/**
 * Tests that need a real PostgreSQL server (several live instances on one database). Without
 * TEST_DATABASE_URL they still appear in every run, reported as skipped with the reason, so
 * a local run says what it left out instead of quietly running fewer tests.
 */
import { it, type TestContext } from 'vitest';
import { testDatabaseUrl } from './database-url';

export const POSTGRES_SKIP_NOTE = 'needs PostgreSQL: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)';

/** Skips the running test, with the reason, when `adapter` is PostgreSQL and none is configured. */
export function skipUnlessAvailable(ctx: TestContext, adapter: string): void {
  ctx.skip(adapter === 'postgres' && !testDatabaseUrl, POSTGRES_SKIP_NOTE);
}

/** `it` for a PostgreSQL-only test: runs when TEST_DATABASE_URL is set, otherwise reports as skipped with the reason. */
export function itWithPostgres(name: string, fn: (ctx: TestContext) => Promise<void>, timeout?: number): void {
  it(
    name,
    async (ctx) => {
      skipUnlessAvailable(ctx, 'postgres');
      await fn(ctx);
    },
    timeout,
  );
}
