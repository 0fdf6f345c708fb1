/**
 * One row that readiness rewrites after a storage fault: SELECT 1 still works on a full disk,
 * so only a committed write proves the store can record activities again.
 */
export const name = 'health-probe';

export const statements: string[] = [`CREATE TABLE health_probe (id int PRIMARY KEY, written_at timestamptz NOT NULL)`];
