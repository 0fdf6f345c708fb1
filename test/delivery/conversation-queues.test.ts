/**
 * The dispatcher's per-conversation queues on their own: ordering, parallelism, what a claim
 * must skip, and the rate limit they carry (times are plain epoch ms: the queues never read a clock).
 */
import { describe, expect, it } from 'vitest';
import { ConversationQueues, type ConversationQueuesOptions } from '../../src/delivery/conversation-queues';
import type { ClaimedOutboxItem } from '../../src/ports/outbox-repo';

const T0 = Date.parse('2026-01-05T09:00:00.000Z');

function claimed(id: number, conversationId: string): ClaimedOutboxItem {
  return {
    id, conversationRef: { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId, channelId: 'msteams' },
    kind: 'send', message: null, activity: { text: `m${id}` }, updateOf: null, purpose: 'reply', flagId: null, status: 'pending', attempts: 0,
    nextAttemptAt: new Date(T0), leaseOwner: 'me', leaseUntil: new Date(T0 + 60_000), lastError: null, sentActivityId: null,
    createdAt: new Date(T0), sentAt: null, dedupeKey: null, lastAttemptAt: null, targetActivityId: null, targetStatus: null,
  };
}

/** A deliver function whose calls stay open until the test lets each one finish. */
function gatedDelivery() {
  const started: number[] = [];
  const gates = new Map<number, () => void>();
  const deliver = (item: ClaimedOutboxItem) =>
    new Promise<void>((resolve) => {
      started.push(item.id);
      gates.set(item.id, resolve);
    });
  const finish = async (id: number) => {
    gates.get(id)!();
    await new Promise((r) => setImmediate(r));
  };
  return { started, deliver, finish };
}

function queuesWith(over: Partial<ConversationQueuesOptions> = {}) {
  const events: string[] = [];
  const queues: ConversationQueues = new ConversationQueues({
    limits: [{ max: 3, windowMs: 1_000 }, { max: 10, windowMs: 30_000 }],
    maxInlineWaitMs: 200,
    deliver: async () => undefined,
    onFinished: () => events.push(`finished, ${queues.inFlight} in flight`),
    onWorkerError: (item, e) => events.push(`error on ${item.id}: ${(e as Error).message}`),
    ...over,
  });
  return { queues, events };
}

describe('ConversationQueues', () => {
  it('delivers one conversation in order, one at a time, while other conversations go in parallel', async () => {
    const gate = gatedDelivery();
    const { queues } = queuesWith({ deliver: gate.deliver });
    queues.accept([claimed(1, 'a'), claimed(2, 'a'), claimed(3, 'b')]);
    queues.accept([claimed(4, 'a')]);
    await new Promise((r) => setImmediate(r));
    expect(gate.started).toEqual([1, 3]); // a's first item holds a's queue, not b's
    await gate.finish(3);
    expect(gate.started).toEqual([1, 3]);
    await gate.finish(1);
    await gate.finish(2);
    expect(gate.started).toEqual([1, 3, 2, 4]);
    await gate.finish(4);
    await queues.settled();
    expect(queues).toMatchObject({ inFlight: 0, finished: 4 });
  });

  it('never queues an item twice (re-claimed after its lease ran out while it waited)', async () => {
    const gate = gatedDelivery();
    const { queues } = queuesWith({ deliver: gate.deliver });
    queues.accept([claimed(1, 'a'), claimed(2, 'a')]);
    queues.accept([claimed(2, 'a'), claimed(1, 'a')]);
    expect(queues.inFlight).toBe(2);
    await gate.finish(1);
    await gate.finish(2);
    await queues.settled();
    expect(gate.started).toEqual([1, 2]);
  });

  it('tells a claim to skip conversations whose queue is full (the shortest window\'s allowance) or that are on hold', () => {
    const gate = gatedDelivery();
    const { queues } = queuesWith({ deliver: gate.deliver });
    expect(queues.perConversation).toBe(3);
    queues.accept([claimed(1, 'full'), claimed(2, 'full'), claimed(3, 'full'), claimed(4, 'room'), claimed(5, 'room')]);
    queues.hold('closed', T0 + 500);
    expect(queues.skipConversations(T0).sort()).toEqual(['closed', 'full']);
    expect([queues.isSaturated('full', T0), queues.isSaturated('room', T0), queues.isSaturated('closed', T0)]).toEqual([true, false, true]);
    // A hold ends at its time, and is forgotten.
    expect(queues.heldUntil('closed')).toBe(T0 + 500);
    expect(queues.skipConversations(T0 + 500)).toEqual(['full']);
    expect(queues.heldUntil('closed')).toBeUndefined();
    expect(queues.isSaturated('closed', T0 + 500)).toBe(false);
  });

  it('a hold only ever extends', () => {
    const { queues } = queuesWith();
    queues.hold('c', T0 + 900);
    queues.hold('c', T0 + 300);
    expect(queues.heldUntil('c')).toBe(T0 + 900);
    expect(queues.heldConversations(T0 + 899)).toEqual(['c']);
  });

  it('reserves rate-limit slots no further away than maxInlineWaitMs, and honours a Retry-After pause', () => {
    const { queues } = queuesWith();
    const slots = [0, 0, 0, 0].map(() => queues.reserve('c', T0));
    expect(slots.map((s) => [s.reserved, s.at - T0])).toEqual([[true, 0], [true, 0], [true, 0], [false, 1_000]]);
    expect(queues.reserve('other', T0)).toEqual({ reserved: true, at: T0 });
    queues.pause('other', T0 + 150);
    expect(queues.reserve('other', T0)).toEqual({ reserved: true, at: T0 + 150 }); // within 200 ms: wait in line
    queues.pause('other', T0 + 5_000);
    expect(queues.reserve('other', T0)).toEqual({ reserved: false, at: T0 + 5_000 });
  });

  it('a slot is re-measured from when Teams answered, so a slow reply cannot squeeze the window', () => {
    const nextThree = (settleFirstAt?: number) => {
      const { queues } = queuesWith({ maxInlineWaitMs: 10_000 });
      const first = queues.reserve('c', T0);
      queues.reserve('c', T0 + 10);
      queues.reserve('c', T0 + 20);
      if (settleFirstAt !== undefined) queues.settle('c', first.at, settleFirstAt);
      return [0, 0, 0].map(() => queues.reserve('c', T0 + 100).at - T0);
    };
    expect(nextThree()).toEqual([1_000, 1_010, 1_020]);
    expect(nextThree(T0 + 400)).toEqual([1_010, 1_020, 1_400]); // the first send took 400 ms: its slot moves with it
  });

  it('reports each finished item (after inFlight drops), wakes progress waiters, and survives a throwing delivery', async () => {
    let calls = 0;
    const { queues, events } = queuesWith({
      deliver: async () => {
        if (++calls === 1) throw new Error('bug');
      },
    });
    const progress = queues.nextProgress();
    queues.accept([claimed(1, 'a'), claimed(2, 'a')]);
    await progress;
    await queues.settled();
    expect(events).toEqual(['error on 1: bug', 'finished, 1 in flight', 'finished, 0 in flight']);
    expect(queues).toMatchObject({ inFlight: 0, finished: 2 });
    // The conversation's queue is gone, so a later item starts a fresh worker.
    queues.accept([claimed(3, 'a')]);
    await queues.settled();
    expect(queues.finished).toBe(3);
  });
});
