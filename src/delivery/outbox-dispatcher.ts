/**
 * Delivers outbox items through the Messenger: claims due items with a lease (safe with
 * several instances), keeps to Teams' per-conversation limits, retries transient failures
 * with backoff + Retry-After, gives up on permanent ones, and records the delivered
 * activity id so cards can be updated later. At-least-once: a crash between a successful
 * send and markSent can repeat that one message after the lease expires (see docs).
 *
 * This file is the claim loop. The pieces it drives:
 *   conversation-queues.ts  one FIFO worker per conversation, its rate limiter and holds
 *   deliver-item.ts         one item: checks, the HTTP call, recording the outcome
 *   failure-policy.ts       pure: retry when, give up, or hold the conversation
 */
import { type Clock, systemClock } from '../ports/clock';
import { type Logger, silentLogger } from '../ports/logger';
import type { Messenger } from '../ports/messenger';
import type { MessageRenderer } from '../ports/outbox-message';
import type { OutboxHealth } from '../ports/outbox-repo';
import type { Store } from '../ports/store';
import { type BackoffOptions, DEFAULT_BACKOFF } from './backoff';
import { ConversationQueues } from './conversation-queues';
import { createItemDelivery, type DeliveryStats, noteError } from './deliver-item';
import { type RateLimit, TEAMS_CONVERSATION_LIMITS } from './rate-limiter';
import type { Sleep } from './sleep';

export type { Sleep } from './sleep';

export interface OutboxDispatcherOptions {
  store: Store;
  messenger: Messenger;
  /** Unique per instance (e.g. hostname:pid:random); written as lease_owner. */
  owner: string;
  clock?: Clock;
  logger?: Logger;
  /** Idle poll when nothing is due (kick() wakes it early). Default 1000. */
  pollIntervalMs?: number;
  /** Most items held (claimed, not finished) at once. Default 100. */
  batchSize?: number;
  /** Lease per claim; must exceed the longest send (timeout) plus maxInlineWaitMs. Default 60 s. */
  leaseMs?: number;
  /** Skip conversations another instance sent to within this long (its limiter owns them). Default: longest rate window. */
  affinityMs?: number;
  /** Give up after this many failed attempts. Default 25. */
  maxAttempts?: number;
  /** Give up on transient failures once the item is this old. Default 24 h. */
  maxAgeMs?: number;
  backoff?: Partial<BackoffOptions>;
  limits?: readonly RateLimit[];
  /** Wait in-line for a rate-limit slot up to this long; longer waits put the item back. Default 2000. */
  maxInlineWaitMs?: number;
  /** Injected so tests can run on virtual time; production passes runtime/real-sleep.ts. */
  sleep: Sleep;
  /**
   * Renders an item's message (a flag card, a notice...) when it is sent. The composition root
   * passes src/app/outbox-renderer.ts; delivery itself knows no card. Without it, only items that
   * carry a ready-made activity can go (a message is recorded as failed, with the reason).
   */
  render?: MessageRenderer;
}

export interface DispatcherHealth extends OutboxHealth {
  running: boolean;
  lastError: DeliveryStats['lastError'];
  /** Since this dispatcher started. */
  delivered: number;
}

export interface OutboxDispatcher {
  start(): void;
  /** Stops claiming, lets in-flight sends finish (their results are recorded), then resolves. */
  stop(): Promise<void>;
  /** Processes everything due now (including retries that fall due while draining); returns messages delivered. */
  drainOnce(): Promise<number>;
  /**
   * Wake the loop now (call after committing an enqueue). With `conversationKey`, the wake is
   * skipped when that conversation's queue here is already full or its rate limit is closed: a
   * claim could not take the new item yet, and it is claimed as the queue drains or the limit opens.
   */
  kick(conversationKey?: string): void;
  health(): Promise<DispatcherHealth>;
}

export function createOutboxDispatcher(opts: OutboxDispatcherOptions): OutboxDispatcher {
  const { store, messenger, owner } = opts;
  const clock = opts.clock ?? systemClock;
  const log = (opts.logger ?? silentLogger).child({ component: 'outbox-dispatcher', owner });
  const sleep = opts.sleep;
  const pollIntervalMs = opts.pollIntervalMs ?? 1_000;
  const batchSize = opts.batchSize ?? 100;
  const leaseMs = opts.leaseMs ?? 60_000;
  const maxInlineWaitMs = opts.maxInlineWaitMs ?? 2_000;
  const limits = opts.limits ?? TEAMS_CONVERSATION_LIMITS;
  const affinityMs = opts.affinityMs ?? Math.max(...limits.map((l) => l.windowMs));
  /** Below this many items in flight, the loop claims more. */
  const lowWater = Math.max(1, Math.floor(batchSize / 2));

  let running = false;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let kicked = false;
  const stats: DeliveryStats = { delivered: 0, lastError: null };

  const queues: ConversationQueues = new ConversationQueues({
    limits,
    maxInlineWaitMs,
    deliver: (item) => deliver(item),
    onFinished: () => {
      if (queues.inFlight <= lowWater) wake?.(); // room for another claim
    },
    onWorkerError: (item, e) => {
      log.error({ outboxId: item.id, err: (e as Error).message }, 'outbox worker error');
      noteError({ clock, stats }, (e as Error).message, item.id);
    },
  });
  const deliver = createItemDelivery({
    store,
    messenger,
    clock,
    sleep,
    log,
    queues,
    policy: { maxAttempts: opts.maxAttempts ?? 25, maxAgeMs: opts.maxAgeMs ?? 24 * 3_600_000, backoff: { ...DEFAULT_BACKOFF, ...opts.backoff } },
    // The wait for a rate slot plus a send's timeout.
    leaseSafetyMs: Math.min(leaseMs / 2, maxInlineWaitMs + 20_000),
    isStopping: () => stopping,
    stats,
    render: opts.render,
  });

  /** Claims as many due items as there is room for; returns how many. */
  async function topUp(): Promise<number> {
    const room = batchSize - queues.inFlight;
    if (room <= 0 || stopping) return 0;
    const skipConversations = queues.skipConversations(clock.now().getTime());
    const { perConversation } = queues;
    const items = await store.outbox.claimDue(owner, clock.now(), room, { leaseMs, perConversation, affinityMs, skipConversations });
    queues.accept(items);
    return items.length;
  }

  async function idle(ms: number): Promise<void> {
    if (kicked || stopping) {
      kicked = false;
      return;
    }
    const ac = new AbortController();
    wake = () => ac.abort();
    try {
      await sleep(ms, ac.signal);
    } finally {
      wake = undefined;
      kicked = false;
    }
  }

  /** How long to idle: until the next item falls due here, at most one poll interval. */
  async function idleFor(): Promise<number> {
    // With items queued, what is due is most likely theirs (a full conversation is skipped when
    // claiming), so wait for one to finish (progress wakes us) instead of re-running the claim
    // query every few milliseconds, which on PGlite starves the sends themselves.
    if (queues.inFlight !== 0) return pollIntervalMs;
    const now = clock.now().getTime();
    const held = queues.heldConversations(now);
    const next = await store.outbox.nextDueAt({ skipConversations: held });
    const dueTimes = [...(next ? [next.getTime()] : []), ...held.map((key) => queues.heldUntil(key)!)];
    return dueTimes.length ? Math.min(...dueTimes) - now : pollIntervalMs;
  }

  async function run(): Promise<void> {
    while (!stopping) {
      try {
        const seen = queues.finished;
        const claimed = await topUp();
        if (claimed > 0 && queues.inFlight <= lowWater) continue;
        if (queues.finished !== seen && queues.inFlight <= lowWater) continue; // an item finished mid-claim: look again
        const wait = await idleFor();
        // Floor: an item due "now" that we could not claim (another instance serves it) must not spin us.
        await idle(Math.min(pollIntervalMs, Math.max(20, wait)));
      } catch (e) {
        log.error({ err: (e as Error).message }, 'outbox claim failed');
        noteError({ clock, stats }, (e as Error).message);
        await idle(pollIntervalMs);
      }
    }
    await queues.settled(); // in-flight sends finish and are recorded
  }

  return {
    start() {
      if (running) return;
      running = true;
      stopping = false;
      loop = run();
      log.info({ pollIntervalMs, batchSize }, 'outbox dispatcher started');
    },
    async stop() {
      if (!running) return;
      stopping = true;
      wake?.();
      await loop;
      running = false;
      stopping = false;
      log.info({ delivered: stats.delivered }, 'outbox dispatcher stopped');
    },
    async drainOnce() {
      const before = stats.delivered;
      for (;;) {
        const seen = queues.finished;
        const claimed = await topUp();
        if (claimed > 0 && queues.inFlight < batchSize) continue;
        // An item that finished while we were claiming may have made more due (an update after
        // its send) that the claim's snapshot could not see yet: claim again before deciding.
        if (queues.finished !== seen) continue;
        if (queues.inFlight === 0) return stats.delivered - before;
        await queues.nextProgress();
      }
    },
    kick(conversationKey) {
      if (conversationKey !== undefined && queues.isSaturated(conversationKey, clock.now().getTime())) return;
      kicked = true;
      wake?.();
    },
    async health() {
      return { ...(await store.outbox.health(clock.now())), running, lastError: stats.lastError, delivered: stats.delivered };
    },
  };
}
