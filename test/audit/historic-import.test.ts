import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODERATORS_CHANNEL_KEY } from '../../src/moderation/channel-settings';
import { importHistoricFlags } from '../../src/moderation/historic-import';
import type { Clock } from '../../src/ports/clock';
import type { AuditRun } from '../../src/cli/audit/run-audit';
import { storeAdapters, useTestStore } from '../support/test-store';
import { createOutboxRenderer } from '../../src/app/outbox-renderer';
import type { OutboxMessage } from '../../src/ports/outbox-message';
import { audit, FIXTURES } from './helpers';

const clock: Clock = { now: () => new Date('2026-11-29T12:00:00Z') };
const moderators = { channelId: '19:mods@thread.tacv2', teamId: 'team-1', name: 'Moderators', conversationRef: { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: '19:mods@thread.tacv2', channelId: 'msteams' } };

// Worker threads start through tsx here, and the machine is shared: a generous bound, not a timing.
describe.each(storeAdapters)('policy-bot audit --import on %s', { timeout: 120_000 }, (adapter) => {
  const t = useTestStore(adapter, { clock });

  const importer = (cardsPerMinute: number) => (run: AuditRun) =>
    importHistoricFlags({ store: t().store, clock, clausesFor: () => [], maskText: () => '' }, run.tally.flaggedMessages(), { sourceKind: run.kind, sourceLabel: 'export.zip', cardsPerMinute, batchSize: 2, actorId: 'cli:test' });

  it('stores each flagged message once as a historic flag with a moderator card, spread over time, and adds nothing on re-import', async () => {
    await t().store.settings.set(MODERATORS_CHANNEL_KEY, moderators);
    const first = await audit(path.join(FIXTURES, 'engage'), { importFlags: importer(2) });
    expect(first.imported).toMatchObject({ created: 5, alreadyImported: 0, cardsQueued: 5 });
    const flags = await t().rawQuery(`SELECT id, source, conversation_id, message_id, poster_id, card_outbox_id FROM flags ORDER BY message_id`);
    expect(flags.map((f) => [f.source, f.conversation_id, f.message_id])).toEqual([
      ['historic', 'engage:501', '1002'], ['historic', 'engage:501', '1003'], ['historic', 'engage:502', '1006'], ['historic', 'engage:502', '1007'], ['historic', 'engage:private', '1009'],
    ]);
    expect(flags.every((f) => f.card_outbox_id !== null)).toBe(true);
    const cards = await t().rawQuery(`SELECT next_attempt_at, message FROM outbox WHERE purpose = 'flag_card' ORDER BY next_attempt_at, id`);
    // Two cards a minute: 12:00, 12:00, 12:01, 12:01, 12:02.
    expect(cards.map((c) => new Date(c.next_attempt_at as string).toISOString().slice(11, 16))).toEqual(['12:00', '12:00', '12:01', '12:01', '12:02']);
    // The outbox names the flag; the card is rendered when it is sent (here, as the dispatcher would).
    const render = createOutboxRenderer({ moderation: { store: t().store, clock, clausesFor: () => [], maskText: () => '' } });
    const rendered = await Promise.all(cards.map((c) => render(c.message as OutboxMessage)));
    expect(JSON.stringify(rendered[0])).toContain('Historic post (network audit)');
    expect(JSON.stringify(rendered)).not.toContain('07700 900123');

    const again = await audit(path.join(FIXTURES, 'engage'), { importFlags: importer(2) });
    expect(again.imported).toMatchObject({ created: 0, alreadyImported: 5, cardsQueued: 0 });
    expect(await t().rawQuery('SELECT count(*)::int AS n FROM flags')).toEqual([{ n: 5 }]);
    expect(await t().rawQuery(`SELECT count(*)::int AS n FROM outbox`)).toEqual([{ n: 5 }]);
    const log = await t().rawQuery(`SELECT action, details FROM audit_log WHERE action = 'audit.import' ORDER BY id`);
    expect(log.map((l) => (l.details as { created: number }).created)).toEqual([5, 0]);
  });

  it('without a moderators channel, stores the flags and queues no card yet', async () => {
    const run = await audit(path.join(FIXTURES, 'graph'), { importFlags: importer(30) });
    expect(run.imported).toMatchObject({ created: 3, cardsQueued: 0, lastCardDueAt: null });
    expect(await t().rawQuery(`SELECT count(*)::int AS n FROM outbox`)).toEqual([{ n: 0 }]);
  });
});
