import { silentLogger } from '../src/ports/logger';
import { migrate } from '../src/storage/migrate';
import { openPgliteDatabase } from '../src/storage/pglite-database';
import { parseReportPeriod } from '../src/reports/report-period';

const now = new Date('2026-11-23T23:00:00Z');
const period = parseReportPeriod('30d', now);
async function t(label: string, fn: () => Promise<unknown>) { const s = performance.now(); const r: any = await fn(); console.log(label, (performance.now() - s).toFixed(0), 'ms', r?.rows?.length ?? ''); return r; }
(async () => {
  const db = await openPgliteDatabase({});
  await migrate(db, { logger: silentLogger });
  await db.query(`INSERT INTO flags (id, source, conversation_id, message_id, channel_id, channel_name, team_id, poster_id, poster_name, findings, detection_types, state, created_at, updated_at, first_action_at)
     SELECT 'F-B' || lpad(i::text, 8, '0'), 'scan', 'conv-' || (i % 50), 'msg-' || i, 'chan-' || (i % 50), 'Channel ' || (i % 50), 'team-1', 'user-' || (i % 2000), 'User ' || (i % 2000),
            jsonb_build_array(jsonb_build_object('type', 'phone', 'maskedValue', '07*** ***123', 'severity', 'high', 'confidence', 0.9, 'rule', 'phone', 'policyTopic', 'personal_information')),
            ARRAY['phone'], (ARRAY['open','dismissed','confirmed'])[1 + i % 3], c.at, c.at, c.at + interval '5 minutes'
       FROM generate_series(1, 100000) AS i CROSS JOIN LATERAL (SELECT to_timestamp(($1::float8 + (i::float8 / 100001) * $2::float8) / 1000) AS at) c`, [period.from.getTime(), period.to.getTime() - period.from.getTime()]);
  await db.query('ANALYZE');
  await t('full rows', () => db.query('SELECT * FROM flags WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, id', [period.from, period.to]));
  await t('slim rows', () => db.query('SELECT id, source, channel_id, channel_name, poster_id, poster_name, detection_types, state, created_at, updated_at, first_action_at FROM flags WHERE created_at >= $1 AND created_at < $2', [period.from, period.to]));
  await t('slim rows, epoch ms + text', () => db.query(`SELECT id, source, channel_id, poster_id, array_to_string(detection_types, ',') AS types, state, (extract(epoch from created_at)*1000)::float8 AS c, (extract(epoch from first_action_at)*1000)::float8 AS f FROM flags WHERE created_at >= $1 AND created_at < $2`, [period.from, period.to]));
  await t('aggregate: state/source/channel', () => db.query(`SELECT state, source, channel_id, max(channel_name) AS channel_name, count(*)::int AS n FROM flags WHERE created_at >= $1 AND created_at < $2 GROUP BY 1,2,3`, [period.from, period.to]));
  await t('aggregate: types', () => db.query(`SELECT t, count(*)::int FROM flags, unnest(detection_types) t WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`, [period.from, period.to]));
  await t('aggregate: waits median/max', () => db.query(`SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch from first_action_at - created_at)) AS median, count(first_action_at)::int AS n FROM flags WHERE created_at >= $1 AND created_at < $2`, [period.from, period.to]));
  await t('aggregate: slowest', () => db.query(`SELECT id, first_action_at - created_at AS w FROM flags WHERE created_at >= $1 AND created_at < $2 AND first_action_at IS NOT NULL ORDER BY first_action_at - created_at DESC, id LIMIT 1`, [period.from, period.to]));
  await t('aggregate: daily', () => db.query(`SELECT to_char(created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') d, count(*)::int FROM flags WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`, [period.from, period.to]));
  await t('aggregate: repeat', () => db.query(`SELECT poster_id, count(*)::int n, (array_agg(poster_name ORDER BY created_at DESC) FILTER (WHERE poster_name IS NOT NULL))[1] AS name FROM flags WHERE created_at >= $1 AND created_at < $2 AND state = ANY($3::text[]) GROUP BY poster_id HAVING count(*) >= 3`, [new Date(period.to.getTime() - 90*86400000), period.to, ['confirmed','escalated']]));
  await db.close();
})();
