/** Contract tests for the dip-samples repository (migration 007), on every adapter. */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../delivery/fake-time';
import { storageContractAdapters, useTestStore } from '../support/test-store';

const day = 86_400_000;
const sample = (messageId: string) => ({
  conversationId: 'ch1', messageId, channelId: 'ch1', channelName: 'General', teamId: 'team1', posterId: 'u1', posterName: 'Pat', deepLink: 'https://teams.microsoft.com/l/message/x', text: `post ${messageId}`,
});

describe.each(storageContractAdapters)('dip samples contract (%s)', (adapter) => {
  const clock = new FakeClock('2026-03-01T12:00:00Z');
  const t = useTestStore(adapter, { clock });
  const cap = (max = 100) => ({ max, since: new Date(clock.ms() - 7 * day) });

  it('the migration stores one random HMAC key', async () => {
    expect(await t().store.settings.get('sampling.key')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('records a post once: a second record of the same post writes nothing', async () => {
    const { store } = t();
    const first = await store.dipSamples.record(sample('m1'), cap());
    expect(first).toMatchObject({ id: expect.stringMatching(/^S-[0-9A-Z]{8}$/), state: 'pending', text: 'post m1', sampledAt: clock.now(), flagId: null });
    expect(await store.dipSamples.record(sample('m1'), cap())).toBeUndefined();
    expect(await store.dipSamples.get(first!.id)).toEqual(first);
    expect(await store.dipSamples.countSince(new Date(0))).toBe(1);
  });

  it('stops at the cap within the window and starts again once old samples leave it', async () => {
    const { store } = t();
    expect(await store.dipSamples.record(sample('a'), cap(2))).toBeDefined();
    expect(await store.dipSamples.record(sample('b'), cap(2))).toBeDefined();
    expect(await store.dipSamples.record(sample('c'), cap(2))).toBeUndefined();
    clock.advance(8 * day);
    expect(await store.dipSamples.record(sample('c'), cap(2))).toBeDefined();
  });

  it('reviews once, counts by period, and retention removes only the text', async () => {
    const { store } = t();
    const a = (await store.dipSamples.record(sample('a'), cap()))!;
    const b = (await store.dipSamples.record(sample('b'), cap()))!;
    await store.dipSamples.record(sample('c'), cap());
    expect(await store.dipSamples.review(a.id, { state: 'fine', by: 'm1', byName: 'Morgan' })).toBe(true);
    expect(await store.dipSamples.review(a.id, { state: 'flagged', by: 'm2', byName: 'Riley' })).toBe(false);
    expect(await store.dipSamples.review(b.id, { state: 'flagged', by: 'm2', byName: 'Riley' })).toBe(true);
    expect(await store.dipSamples.get(a.id)).toMatchObject({ state: 'fine', reviewedBy: 'm1', reviewedByName: 'Morgan', reviewedAt: clock.now() });
    await store.dipSamples.setCardOutboxId(a.id, 42);
    expect((await store.dipSamples.get(a.id))?.cardOutboxId).toBe(42);
    const period = { from: new Date(clock.ms() - day), to: new Date(clock.ms() + day) };
    expect(await store.dipSamples.counts(period)).toEqual({ sampled: 3, reviewed: 2, flagged: 1 });
    expect(await store.dipSamples.counts({ from: new Date(clock.ms() + day), to: new Date(clock.ms() + 2 * day) })).toEqual({ sampled: 0, reviewed: 0, flagged: 0 });
    clock.advance(day);
    expect(await store.dipSamples.purgeTextOlderThan(clock.now())).toBe(3);
    expect(await store.dipSamples.get(b.id)).toMatchObject({ text: null, state: 'flagged' });
    expect(await store.dipSamples.counts(period)).toEqual({ sampled: 3, reviewed: 2, flagged: 1 });
  });
});
