import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openPgliteDatabase } from '../src/storage/pglite-database';
import { migrate } from '../src/storage/migrate';
import { silentLogger } from '../src/ports/logger';
import { flagIntakeRepo } from '../src/storage/repos/flag-intake-repo';
import { systemClock } from '../src/ports/clock';

async function main() {
  const db = await openPgliteDatabase({ dataPath: await mkdtemp(path.join(tmpdir(), 'prep-')) });
  await migrate(db, { logger: silentLogger });
  let captured: { sql: string; params: unknown[] } | undefined;
  const spy = { query: async (sql: string, params?: unknown[]) => { captured = { sql, params: params ?? [] }; return db.query(sql, params); } };
  const repo = flagIntakeRepo(spy as never, systemClock);
  const ref = { serviceUrl: 'http://x/', conversationId: '19:mods@thread.tacv2', channelId: 'msteams' };
  const card = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: [{ type: 'FactSet', facts: [{ title: 'n', value: '0' }] }] } }] };
  for (let i = 0; i < 300; i++) {
    const s = { conversationId: '19:w', messageId: String(1e12 + i), channelId: '19:w', teamId: 't', posterId: 'p' + (i % 20), flagged: true, at: new Date() };
    await repo.recordFlaggedPost({ scan: s, flag: { source: 'scan', conversationId: s.conversationId, messageId: s.messageId, channelId: s.channelId, teamId: s.teamId, posterId: s.posterId, findings: [] }, actionReason: 'x', content: { text: 'hello', fileNames: [] }, posterRef: { key: 'user:' + s.posterId, ref: ref as never }, card: { conversationRef: ref as never, render: () => ({ activity: card, posterFlagCountAt: ['attachments', '0', 'content', 'body', '0', 'facts', '0', 'value'] }), posterFlagCountSince: new Date(0) } });
  }
  const params = [...captured!.params];
  params[3] = 'explain-1'; params[7] = 'F-EXPLAIN1';
  const res = await db.query<{ 'QUERY PLAN': string }>('EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) ' + captured!.sql, params);
  console.log(res.rows.map((r) => r['QUERY PLAN']).filter((l) => /Planning|Execution|Trigger/.test(l)).join('\n'));
  const clean = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON) INSERT INTO posts (conversation_id, message_id, channel_id, team_id, poster_id, scanned_at, last_scanned_at, flagged, edited) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8) ON CONFLICT (conversation_id, message_id) DO NOTHING RETURNING 1`, ['c', 'm1', 'c', 't', 'p', new Date(), false, false]);
  console.log(clean.rows.map((r) => r['QUERY PLAN']).filter((l) => /Planning|Execution/.test(l)).join('\n'));
  await db.close();
}
main();
