import { describe, expect, it } from 'vitest';
import { runRetention } from '../../src/delivery/retention';
import { FakeClock } from './fake-time';
import { storeAdapters, useTestStore } from '../support/test-store';

const ref = { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: 'mods', channelId: 'msteams' };
const DAY = 86_400_000;

describe.each(storeAdapters)('retention (%s)', (adapter) => {
  const clock = new FakeClock('2026-01-01T00:00:00Z');
  const t = useTestStore(adapter, { clock });

  it('purges text and card content past the cutoff, keeps counts and audit, audits the purge', async () => {
    const { store } = t();
    const make = async (messageId: string) => {
      await store.posts.recordScan({ conversationId: 'c', messageId, channelId: 'ch', teamId: 'tm', posterId: 'u1', flagged: true });
      const { flag } = await store.flags.create({
        source: 'scan', conversationId: 'c', messageId, channelId: 'ch', teamId: 'tm', posterId: 'u1',
        findings: [{ type: 'phone', maskedValue: '07*** ***123', severity: 'high', confidence: 0.9, rule: 'r' }],
      });
      await store.postContent.put(flag.id, { text: `raw text ${messageId} 07700 900123` });
      await store.flagActions.append({ flagId: flag.id, action: 'flagged' });
      await store.audit.append({ actorId: 'bot', action: 'flag.create', target: flag.id });
      const { item } = await store.outbox.enqueue({ conversationRef: ref, activity: { text: `card ${messageId}` }, purpose: 'flag_card', flagId: flag.id });
      await store.outbox.markSent(item.id, `act-${messageId}`);
      return { flag, item };
    };
    const old = await make('old');
    clock.advance(60 * DAY);
    const recent = await make('recent');
    const pending = (await store.outbox.enqueue({ conversationRef: ref, activity: { text: 'pending' }, purpose: 'reply' })).item;
    clock.advance(31 * DAY); // 'old' is now 91 days old, 'recent' 31

    const result = await runRetention(store, { retentionDays: 90, clock });
    expect(result).toMatchObject({ postContentPurged: 1, outboxPurged: 1 });
    expect(await store.postContent.get(old.flag.id)).toBeUndefined();
    expect((await store.postContent.get(recent.flag.id))?.text).toContain('raw text recent');
    expect((await store.outbox.get(old.item.id))?.activity).toEqual({ purged: true });
    expect((await store.outbox.get(recent.item.id))?.activity).toEqual({ text: 'card recent' });
    expect((await store.outbox.get(pending.id))?.activity).toEqual({ text: 'pending' });
    // Counts, flags (masked findings), history and audit survive.
    const all = { from: new Date(0), to: new Date(clock.ms() + 1) };
    expect(await store.posts.counts(all)).toMatchObject({ scanned: 2, flagged: 2 });
    expect(await store.flags.get(old.flag.id)).toMatchObject({ findings: [{ maskedValue: '07*** ***123' }] });
    expect(await store.flagActions.listForFlag(old.flag.id)).toHaveLength(1);
    expect(await store.audit.listForTarget(old.flag.id)).toHaveLength(1);
    const purges = await store.audit.list(all, { action: 'retention.purge' });
    expect(purges).toHaveLength(1);
    expect(purges[0]!.details).toMatchObject({ retentionDays: 90, postContentPurged: 1, outboxPurged: 1 });
    expect(JSON.stringify(purges[0])).not.toContain('raw text');

    const again = await runRetention(store, { retentionDays: 90, clock });
    expect(again).toMatchObject({ postContentPurged: 0, outboxPurged: 0 });
    expect(await store.audit.list(all, { action: 'retention.purge' })).toHaveLength(2);
  });
});
