import { openPgliteDatabase } from '../src/storage/pglite-database';
import { migrate } from '../src/storage/migrate';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flagIntakeRepo } from '../src/storage/repos/flag-intake-repo';
import { systemClock } from '../src/ports/clock';

async function main() {
  const db = await openPgliteDatabase({ dataPath: await mkdtemp(path.join(tmpdir(), 'mb2-')) });
  await migrate(db, { logger: { info() {}, debug() {}, warn() {}, error() {}, child() { return this; } } as never });
  const variant = process.env.V ?? 'base';
  if (variant === 'nofk') {
    for (const [t, c] of [['flag_actions', 'flag_actions_flag_id_fkey'], ['post_content', 'post_content_flag_id_fkey'], ['outbox', 'outbox_flag_id_fkey']]) await db.query(`ALTER TABLE ${t} DROP CONSTRAINT ${c}`);
  }
  if (variant === 'noidx') {
    await db.query('DROP INDEX flags_post_key_idx'); await db.query('DROP INDEX outbox_status_created_at_idx');
  }
  const repo = flagIntakeRepo(db, systemClock);
  const card = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { body: Array.from({ length: 30 }, (_, i) => ({ type: 'TextBlock', text: 'Some text of the card number ' + i + ' with more words', wrap: true })) } }] };
  const ref = { serviceUrl: 'http://x/', conversationId: '19:mods@thread.tacv2', channelId: 'msteams', tenantId: 't', botId: '28:b' };
  const n = 2000;
  const t = performance.now();
  for (let i = 0; i < n; i++) {
    const s = { conversationId: '19:w@thread.tacv2', messageId: String(1e12 + i), channelId: '19:w@thread.tacv2', teamId: '19:t', posterId: 'p' + (i % 200), flagged: true, at: new Date() };
    if (variant === 'count') await db.query('SELECT count(*)::int AS n FROM flags WHERE poster_id = $1 AND created_at >= $2', [s.posterId, new Date(Date.now() - 90 * 864e5)]);
    await repo.recordFlaggedPost({ deliveryKey: 'post:f' + i, scan: s, flag: { source: 'scan', conversationId: s.conversationId, messageId: s.messageId, channelId: s.channelId, teamId: s.teamId, posterId: s.posterId, posterName: 'Officer', channelName: 'General', deepLink: 'https://teams.microsoft.com/l/message/x/' + i, findings: [{ type: 'phone_number', maskedValue: '07*** ***123', severity: 'high', confidence: 0.9, rule: 'uk-mobile', policyTopic: 'personal_information' }] as never, detectionTypes: ['phone_number'] }, actionReason: 'phone_number', content: { text: 'Ring me on 07700 900123 please about the thing', fileNames: [] }, posterRef: variant === 'noref' ? undefined : { key: 'user:' + s.posterId, ref: { ...ref, conversationId: '' } }, card: { conversationRef: ref, render: () => card } });
  }
  console.log(variant, 'recordFlaggedPost ms', ((performance.now() - t) / n).toFixed(3));
  await db.close();
}
main();
