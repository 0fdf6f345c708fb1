/** The PostgreSQL server tests may use (a fresh schema per store); unset, PostgreSQL cases report as skipped. */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;
