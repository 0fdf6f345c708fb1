/** Outbox repository contract on every adapter: enqueue/dedupe, claims and leases, updates waiting for sends. */
import { describe, expect, it } from 'vitest';
import type { ConversationRef } from '../../src/ports/messenger';
import { FakeClock } from '../delivery/fake-time';
import { storageContractAdapters, useTestStore } from '../support/test-store';

const refA: ConversationRef = { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: 'conv-a', channelId: 'msteams' };
const refB: ConversationRef = { ...refA, conversationId: 'conv-b' };
const msg = (text: string) => ({ type: 'message', text });

describe.each(storageContractAdapters)('outbox contract (%s)', (adapter) => {
  const clock = new FakeClock('2026-03-01T12:00:00Z');
  const t = useTestStore(adapter, { clock });

  it('enqueue defaults, dedupe key makes a second enqueue a no-op', async () => {
    const { store } = t();
    const a = await store.outbox.enqueue({ conversationRef: refA, activity: msg('hi'), purpose: 'reply', dedupeKey: 'k1' });
    expect(a.created).toBe(true);
    expect(a.item).toMatchObject({
      kind: 'send', status: 'pending', attempts: 0, nextAttemptAt: clock.now(), createdAt: clock.now(),
      conversationRef: refA, activity: msg('hi'), leaseOwner: null, sentActivityId: null, updateOf: null,
    });
    const b = await store.outbox.enqueue({ conversationRef: refA, activity: msg('other'), purpose: 'reply', dedupeKey: 'k1' });
    expect(b).toEqual({ item: a.item, created: false });
    const c = await store.outbox.enqueue({ conversationRef: refA, activity: msg('x'), purpose: 'reply' });
    const d = await store.outbox.enqueue({ conversationRef: refA, activity: msg('y'), purpose: 'reply' });
    expect(c.created && d.created).toBe(true);
    await expect(store.outbox.enqueue({ conversationRef: refA, kind: 'update', activity: msg('u'), purpose: 'card_update' })).rejects.toThrow(/updateOf/);
    expect(await store.outbox.get(a.item.id)).toEqual(a.item);
  });

  it('claimDue leases due items once, respects notBefore, per-conversation cap and expired leases', async () => {
    const { store } = t();
    for (let i = 0; i < 5; i++) await store.outbox.enqueue({ conversationRef: refA, activity: msg(`a${i}`), purpose: 'reply' });
    await store.outbox.enqueue({ conversationRef: refB, activity: msg('b0'), purpose: 'reply' });
    await store.outbox.enqueue({ conversationRef: refB, activity: msg('later'), purpose: 'reply', notBefore: new Date(clock.ms() + 5000) });
    const first = await store.outbox.claimDue('i1', clock.now(), 100, { perConversation: 3, leaseMs: 30_000 });
    expect(first.map((i) => i.activity?.text)).toEqual(['a0', 'a1', 'a2', 'b0']);
    expect(first[0]).toMatchObject({ leaseOwner: 'i1', leaseUntil: new Date(clock.ms() + 30_000), targetActivityId: null });
    // i2 stays off conv-a and conv-b while i1 serves them (affinity); i1 itself gets the rest.
    expect(await store.outbox.claimDue('i2', clock.now(), 100)).toEqual([]);
    const second = await store.outbox.claimDue('i1', clock.now(), 100, { perConversation: 3, leaseMs: 30_000 });
    expect(second.map((i) => i.activity?.text)).toEqual(['a3', 'a4']); // leased ones are skipped
    expect(await store.outbox.claimDue('i1', clock.now(), 100)).toEqual([]);
    clock.advance(30_000); // i1 "crashed": its leases expire; 'later' is due too
    const third = await store.outbox.claimDue('i2', clock.now(), 2);
    expect(third.map((i) => i.activity?.text)).toEqual(['a0', 'b0']); // round-robin across conversations
    expect(third.every((i) => i.leaseOwner === 'i2')).toBe(true);
  });

  it('conversation affinity: another owner skips a conversation served elsewhere until the window passes', async () => {
    const { store } = t();
    const a1 = (await store.outbox.enqueue({ conversationRef: refA, activity: msg('a1'), purpose: 'reply' })).item;
    await store.outbox.enqueue({ conversationRef: refA, activity: msg('a2'), purpose: 'reply' });
    await store.outbox.enqueue({ conversationRef: refB, activity: msg('b1'), purpose: 'reply' });
    expect((await store.outbox.claimDue('i1', clock.now(), 1, { perConversation: 1 })).map((i) => i.id)).toEqual([a1.id]);
    // i1 holds a live lease on conv-a: i2 may only take conv-b.
    expect((await store.outbox.claimDue('i2', clock.now(), 10)).map((i) => i.activity?.text)).toEqual(['b1']);
    await store.outbox.markSent(a1.id, 'x');
    clock.advance(29_000); // i1 called Teams for conv-a 29 s ago
    expect(await store.outbox.claimDue('i2', clock.now(), 10, { affinityMs: 30_000 })).toEqual([]);
    const mine = await store.outbox.claimDue('i1', clock.now(), 10, { affinityMs: 30_000 });
    expect(mine.map((i) => i.activity?.text)).toEqual(['a2']); // the serving instance still can
    await store.outbox.release(mine[0]!.id, clock.now()); // given back without an attempt
    clock.advance(2_000); // i1's last call to conv-a is now 31 s old: anyone may take over
    expect((await store.outbox.claimDue('i2', clock.now(), 10, { affinityMs: 30_000 })).map((i) => i.activity?.text)).toEqual(['a2']);
  });

  it('notices queued before a 1:1 chat exists are keyed per user, not lumped into one conversation', async () => {
    const { store } = t();
    const notice = (user: string) => ({ ...refA, conversationId: '', userId: `29:${user}`, userAadObjectId: user });
    await store.outbox.enqueue({ conversationRef: notice('u1'), activity: msg('n1'), purpose: 'poster_notice' });
    await store.outbox.enqueue({ conversationRef: notice('u1'), activity: msg('n1b'), purpose: 'poster_notice' });
    await store.outbox.enqueue({ conversationRef: notice('u2'), activity: msg('n2'), purpose: 'poster_notice' });
    const claimed = await store.outbox.claimDue('i1', clock.now(), 10, { perConversation: 1 });
    expect(claimed.map((i) => i.activity?.text)).toEqual(['n1', 'n2']);
  });

  it('markSent / markRetry / markFailed / release / requeue and health', async () => {
    const { store } = t();
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await store.outbox.enqueue({ conversationRef: refA, activity: msg(`m${i}`), purpose: 'reply' })).item.id);
    await store.outbox.claimDue('i1', clock.now(), 10);
    clock.advance(1000);
    expect(await store.outbox.markSent(ids[0]!, 'act-0')).toBe(true);
    expect(await store.outbox.markSent(ids[0]!, 'act-again')).toBe(false); // already sent
    expect(await store.outbox.markRetry(ids[1]!, new Date(clock.ms() + 4000), 'HTTP 500')).toBe(true);
    expect(await store.outbox.markFailed(ids[2]!, 'HTTP 403: bot removed from team')).toBe(true);
    expect(await store.outbox.release(ids[3]!, new Date(clock.ms() + 2000))).toBe(true);
    // After an attempt the owner stays on the row (who called Teams), only the lease ends.
    expect(await store.outbox.get(ids[0]!)).toMatchObject({
      status: 'sent', sentActivityId: 'act-0', sentAt: clock.now(), attempts: 1, leaseOwner: 'i1', leaseUntil: null, lastAttemptAt: clock.now(),
    });
    expect(await store.outbox.get(ids[1]!)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500', leaseUntil: null, lastAttemptAt: clock.now() });
    expect(await store.outbox.get(ids[3]!)).toMatchObject({ status: 'pending', attempts: 0, leaseOwner: null, leaseUntil: null, lastAttemptAt: null });
    expect(await store.outbox.nextDueAt()).toEqual(new Date(clock.ms() + 2000));
    expect(await store.outbox.health(clock.now())).toEqual({ pending: 2, sent: 1, failed: 1, oldestPendingAgeMs: 1000 });
    const failed = await store.outbox.listFailed();
    expect(failed.map((f) => [f.id, f.lastError, f.attempts])).toEqual([[ids[2], 'HTTP 403: bot removed from team', 1]]);
    expect(await store.outbox.requeue(ids[2]!)).toBe(true);
    expect(await store.outbox.get(ids[2]!)).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await store.outbox.markRetry(ids[1]!, clock.now(), 'x'.repeat(2000))) && (await store.outbox.get(ids[1]!))?.lastError?.length).toBe(500);
  });

  it('an update is not claimable until its send is sent, then carries the delivered activity id', async () => {
    const { store } = t();
    const send = (await store.outbox.enqueue({ conversationRef: refA, activity: msg('card'), purpose: 'flag_card' })).item;
    const upd = (await store.outbox.enqueue({ conversationRef: refA, kind: 'update', updateOf: send.id, activity: msg('card v2'), purpose: 'card_update' })).item;
    await store.outbox.markRetry(send.id, new Date(clock.ms() + 60_000), 'HTTP 503'); // send delayed
    expect(await store.outbox.claimDue('i1', clock.now(), 10)).toEqual([]);
    expect(await store.outbox.nextDueAt()).toEqual(new Date(clock.ms() + 60_000)); // the blocked update is not "due"
    clock.advance(60_000);
    expect((await store.outbox.claimDue('i1', clock.now(), 10)).map((i) => i.id)).toEqual([send.id]);
    await store.outbox.markSent(send.id, 'act-card');
    const [claimed] = await store.outbox.claimDue('i1', clock.now(), 10);
    expect(claimed).toMatchObject({ id: upd.id, kind: 'update', targetActivityId: 'act-card', targetStatus: 'sent' });
  });

  it('a delivered flag card fills flags.card_activity_id without a version bump', async () => {
    const { store } = t();
    const { flag } = await store.flags.create({
      source: 'scan', conversationId: 'c1', messageId: 'm1', channelId: 'ch1', teamId: 't1', posterId: 'u1', findings: [],
    });
    const item = await store.transaction(async (tx) => {
      const { item } = await tx.outbox.enqueue({ conversationRef: refA, activity: msg('card'), purpose: 'flag_card', flagId: flag.id });
      await tx.flags.setCardOutboxId(flag.id, item.id);
      return item;
    });
    await store.outbox.markSent(item.id, 'act-9');
    expect(await store.flags.get(flag.id)).toMatchObject({ cardOutboxId: item.id, cardActivityId: 'act-9', version: 1 });
  });

  it('transactions commit state and outbox together, or neither; misuse of the outer store throws', async () => {
    const { store } = t();
    await expect(
      store.transaction(async (tx) => {
        await tx.settings.set('x', 1);
        await tx.outbox.enqueue({ conversationRef: refA, activity: msg('a'), purpose: 'reply' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.settings.get('x')).toBeUndefined();
    expect((await store.outbox.health(clock.now())).pending).toBe(0);
    await expect(store.transaction(async () => store.settings.get('x'))).rejects.toThrow(/inside its own transaction/);
    await expect(store.transaction(async () => store.transaction(async () => 1))).rejects.toThrow(/inside its own transaction/);
    const n = await store.transaction(async (tx) => {
      await tx.settings.set('x', 2);
      return (await tx.outbox.enqueue({ conversationRef: refA, activity: msg('a'), purpose: 'reply' })).item.id;
    });
    expect(await store.settings.get('x')).toBe(2);
    expect((await store.outbox.get(n))?.status).toBe('pending');
  });

  it('retention helper: purges activity JSON of old sent/failed items only', async () => {
    const { store } = t();
    const old = (await store.outbox.enqueue({ conversationRef: refA, activity: msg('old'), purpose: 'reply' })).item;
    const pending = (await store.outbox.enqueue({ conversationRef: refA, activity: msg('pending'), purpose: 'reply' })).item;
    await store.outbox.markSent(old.id, 'act');
    clock.advance(10_000);
    const fresh = (await store.outbox.enqueue({ conversationRef: refA, activity: msg('fresh'), purpose: 'reply' })).item;
    await store.outbox.markSent(fresh.id, 'act2');
    expect(await store.outbox.purgeContentOlderThan(new Date(clock.ms() - 1))).toBe(1);
    expect(await store.outbox.purgeContentOlderThan(new Date(clock.ms() - 1))).toBe(0);
    expect((await store.outbox.get(old.id))?.activity).toEqual({ purged: true });
    expect((await store.outbox.get(old.id))?.sentActivityId).toBe('act');
    expect((await store.outbox.get(pending.id))?.activity).toEqual(msg('pending'));
    expect((await store.outbox.get(fresh.id))?.activity).toEqual(msg('fresh'));
  });
});
