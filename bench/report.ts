/**
 * Report benchmark: seeds 100,000 flags (plus 200,000 scanned posts) into the embedded store
 * (PGlite, in memory) and, when DATABASE_URL or TEST_DATABASE_URL is set, into PostgreSQL (own
 * schema, dropped afterwards), then times buildReport over the period holding all of them.
 * Budget: < 2 s per report on the embedded store.
 *
 *   npm run bench:report        (BENCH_FLAGS=100000, BENCH_RUNS=3)
 *
 * Seeding uses one INSERT ... SELECT generate_series per table: it is setup, not what is measured.
 *
 * Two ways to get the figures are timed: listing every flag and aggregating in JS
 * (rowReportQueries) and the store's SQL aggregates (sqlReportQueries, what the bot uses).
 * The bench checks both give identical reports.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { systemClock } from '../src/ports/clock';
import { silentLogger } from '../src/ports/logger';
import type { Store } from '../src/ports/store';
import { buildReport } from '../src/reports/build-report';
import { CONFIRMED_STATES, OVERDUE_HOURS, PENDING_STATES, REPEAT_THRESHOLD, londonDayStarts, repeatWindow } from '../src/reports/compute-report';
import type { FlagFigures } from '../src/ports/report-figures';
import type { ReportQueries } from '../src/ports/report-queries';
import { sqlReportQueries } from '../src/storage/repos/report-queries-repo';
import { STATE_TO_OUTCOME } from '../src/reports/report-data';
import { exportReport } from '../src/reports/export-report';
import { parseReportPeriod } from '../src/reports/report-period';
import { migrate } from '../src/storage/migrate';
import { openPgliteDatabase } from '../src/storage/pglite-database';
import { openPostgresDatabase } from '../src/storage/postgres-database';
import type { SqlClient, SqlDatabase } from '../src/storage/sql-client';
import type { FlagState } from '../src/moderation/flag';
import { createSqlStore } from '../src/storage/sql-store';

const FLAGS = Number(process.env.BENCH_FLAGS ?? 100_000);
const POSTS = FLAGS * 2;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUDGET_MS = 2000;
const PG_URL = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
const now = new Date('2026-11-23T23:00:00Z');
const period = parseReportPeriod('30d', now);
const span = period.to.getTime() - period.from.getTime();

async function seed(db: SqlDatabase): Promise<void> {
  // States: 2/20 open, 8 dismissed, 6 confirmed, 1 each escalated/appealed/resolved_*; 2,000 posters, 50 channels.
  await db.query(
    `INSERT INTO flags (id, source, conversation_id, message_id, channel_id, channel_name, team_id, poster_id, poster_name,
                        findings, detection_types, state, created_at, updated_at, first_action_at)
     SELECT 'F-B' || lpad(i::text, 8, '0'), CASE WHEN i % 10 = 0 THEN 'report' ELSE 'scan' END,
            'conv-' || (i % 50), 'msg-' || i, 'chan-' || (i % 50), 'Channel ' || (i % 50), 'team-1',
            'user-' || (i % 2000), 'User ' || (i % 2000),
            jsonb_build_array(jsonb_build_object('type', t.type, 'maskedValue', '07*** ***123', 'severity', 'high',
                              'confidence', 0.9, 'rule', t.type, 'policyTopic', 'personal_information')),
            ARRAY[t.type], s.state, c.at, c.at,
            CASE WHEN s.state = 'open' THEN NULL ELSE c.at + ((i % 97) + 1) * interval '1 minute' END
       FROM generate_series(1, $1::int) AS i
       CROSS JOIN LATERAL (SELECT (ARRAY['phone','email','nino','address','vehicle_reg'])[1 + i % 5] AS type) t
       CROSS JOIN LATERAL (SELECT (ARRAY['open','open','dismissed','dismissed','dismissed','dismissed','dismissed','dismissed',
              'dismissed','dismissed','confirmed','confirmed','confirmed','confirmed','confirmed','confirmed','escalated',
              'appealed','resolved_edited','resolved_deleted'])[1 + (i * 7919) % 20] AS state) s
       CROSS JOIN LATERAL (SELECT to_timestamp(($2::float8 + (i::float8 / ($1::int + 1)) * $3::float8) / 1000) AS at) c`,
    [FLAGS, period.from.getTime(), span],
  );
  await db.query(
    `INSERT INTO posts (conversation_id, message_id, channel_id, team_id, poster_id, scanned_at, last_scanned_at, flagged)
     SELECT 'conv-' || (i % 50), 'post-' || i, 'chan-' || (i % 50), 'team-1', 'user-' || (i % 2000), c.at, c.at, i % 4 = 0
       FROM generate_series(1, $1::int) AS i
       CROSS JOIN LATERAL (SELECT to_timestamp(($2::float8 + (i::float8 / ($1::int + 1)) * $3::float8) / 1000) AS at) c`,
    [POSTS, period.from.getTime(), span],
  );
  await db.query('ANALYZE');
}


async function time<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function benchStore(name: string, db: SqlDatabase, schema?: string): Promise<boolean> {
  await migrate(db, { logger: silentLogger, schema });
  const seeded = await time(() => seed(db));
  const store: Store = createSqlStore(db, systemClock, silentLogger);
  console.log(`\n${name}: seeded ${FLAGS.toLocaleString('en-GB')} flags + ${POSTS.toLocaleString('en-GB')} posts in ${(seeded.ms / 1000).toFixed(1)} s`);

  const list = await time(() => store.flags.listByPeriod(period));
  console.log(`  flags.listByPeriod alone (${list.value.length.toLocaleString('en-GB')} full rows): ${list.ms.toFixed(0)} ms`);

  const measure = async (label: string, queries?: ReportQueries) => {
    const runs: number[] = [];
    let last;
    for (let i = 0; i < RUNS; i++) {
      const r = await time(() => buildReport(store, period, now, queries));
      runs.push(r.ms);
      last = r.value;
    }
    runs.sort((a, b) => a - b);
    const med = runs[Math.floor(runs.length / 2)];
    const ok = med < BUDGET_MS && last!.flagsRaised === FLAGS;
    console.log(`  buildReport, ${label} x${RUNS}: median ${med.toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs.at(-1)!.toFixed(0)}); flagsRaised ${last!.flagsRaised.toLocaleString('en-GB')} -> ${ok ? 'within' : 'OVER'} the ${BUDGET_MS} ms budget`);
    return { ok, report: last! };
  };
  if (process.env.BENCH_DETAIL) {
    const q = sqlReportQueries(db);
    const prev = { from: new Date(2 * period.from.getTime() - period.to.getTime()), to: period.from };
    for (const [label, fn] of [
      ['flagFigures', () => q.flagFigures(period)], ['flagTotals', () => q.flagTotals(prev)], ['repeatPosters', () => q.repeatPosters(period.to)],
      ['overdue', () => q.overdue(now)], ['posts.counts', () => store.posts.counts(period)], ['posts.countsByChannel', () => store.posts.countsByChannel(period)],
    ] as Array<[string, () => Promise<unknown>]>) console.log(`    ${label}: ${(await time(fn)).ms.toFixed(0)} ms`);
  }
  const viaRows = await measure('Store port as is (list rows)');
  const viaSql = await measure('SQL aggregates (store.reportQueries)', sqlReportQueries(db));
  const same = JSON.stringify(viaRows.report) === JSON.stringify(viaSql.report);
  console.log(`  both ways give identical reports: ${same ? 'yes' : 'NO'}`);
  if (!same) {
    for (const key of Object.keys(viaRows.report) as Array<keyof typeof viaRows.report>) {
      if (JSON.stringify(viaRows.report[key]) !== JSON.stringify(viaSql.report[key])) console.log(`    differs: ${key}`);
    }
  }
  const ok = viaSql.ok && same;

  // For information: exports read each flag's actions (one query per flag; see docs/reports.md).
  const oneDay = { from: new Date(period.to.getTime() - 86_400_000), to: period.to };
  const exp = await time(() => exportReport(store, oneDay, 'csv', now, () => '5.g2'));
  console.log(`  exportReport csv, last day (${exp.value.rowCount.toLocaleString('en-GB')} flags): ${exp.ms.toFixed(0)} ms`);
  return ok;
}

async function main(): Promise<void> {
  let ok = true;
  const lite = await openPgliteDatabase({});
  try {
    ok = (await benchStore('PGlite (embedded, in memory)', lite)) && ok;
  } finally {
    await lite.close();
  }
  if (PG_URL) {
    const schema = `bench_report_${randomBytes(4).toString('hex')}`;
    const db = await openPostgresDatabase({ connectionString: PG_URL, schema, logger: silentLogger });
    try {
      ok = (await benchStore(`PostgreSQL (schema ${schema})`, db, schema)) && ok;
    } finally {
      await db.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => client.end());
    }
  } else {
    console.log('\nPostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL)');
  }
  if (!ok) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
