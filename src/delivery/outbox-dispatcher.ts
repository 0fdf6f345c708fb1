/**
 * Delivers outbox items through the Messenger: claims due items with a lease (safe with
 * several instances), keeps to Teams' per-conversation limits, retries transient failures
 * with backoff + Retry-After, gives up on permanent ones, and records the delivered
 * activity id so cards can be updated later. At-least-once: a crash between a successful
 * send and markSent can repeat that one message after the lease expires (see docs).
 */
import { type Clock, systemClock } from '../ports/clock';
import { type Logger, silentLogger } from '../ports/logger';
import { conversationKeyOf, isDeliveryError, type Messenger } from '../ports/messenger';
import type { ClaimedOutboxItem, OutboxHealth, Store } from '../ports/store';
import { type BackoffOptions, DEFAULT_BACKOFF, retryDelayMs } from './backoff';
import { ConversationRateLimiter, type RateLimit, TEAMS_CONVERSATION_LIMITS } from './rate-limiter';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Resolves after `ms`, or early (never rejects) when `signal` aborts. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

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
  /** Injected so tests can run on virtual time. */
  sleep?: Sleep;
}

export interface DispatcherHealth extends OutboxHealth {
  running: boolean;
  lastError: { at: Date; message: string; outboxId?: number } | null;
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
  const sleep = opts.sleep ?? realSleep;
  const pollIntervalMs = opts.pollIntervalMs ?? 1_000;
  const batchSize = opts.batchSize ?? 100;
  const leaseMs = opts.leaseMs ?? 60_000;
  const maxAttempts = opts.maxAttempts ?? 25;
  const maxAgeMs = opts.maxAgeMs ?? 24 * 3_600_000;
  const maxInlineWaitMs = opts.maxInlineWaitMs ?? 2_000;
  /** An item is sent only while its lease has at least this long to run: the wait for a rate slot plus a send's timeout. */
  const leaseSafetyMs = Math.min(leaseMs / 2, maxInlineWaitMs + 20_000);
  const backoff: BackoffOptions = { ...DEFAULT_BACKOFF, ...opts.backoff };
  const limits = opts.limits ?? TEAMS_CONVERSATION_LIMITS;
  const perConversation = Math.max(1, Math.min(...limits.map((l) => l.max)));
  const limiter = new ConversationRateLimiter(limits);
  const affinityMs = opts.affinityMs ?? Math.max(...limits.map((l) => l.windowMs));

  let running = false;
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let kicked = false;
  let delivered = 0;
  let lastError: DispatcherHealth['lastError'] = null;

  const noteError = (message: string, outboxId?: number) => {
    lastError = { at: clock.now(), message, outboxId };
  };

  /** A DB write after a send must not be lost to a blip: retry briefly before giving up. */
  async function persist(what: string, id: number, fn: () => Promise<unknown>): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        await fn();
        return;
      } catch (e) {
        if (i >= 2) {
          log.error({ outboxId: id, err: (e as Error).message }, `outbox ${what} not recorded`);
          noteError(`could not record ${what}: ${(e as Error).message}`, id);
          return;
        }
        await sleep(100 * (i + 1));
      }
    }
  }

  async function deliver(item: ClaimedOutboxItem): Promise<boolean> {
    if (item.kind === 'update' && (item.targetStatus !== 'sent' || !item.targetActivityId)) {
      await persist('failure', item.id, () =>
        store.outbox.markFailed(item.id, `original message (outbox #${item.updateOf}) was never delivered; nothing to update`, { countAttempt: false }),
      );
      return false;
    }
    const key = conversationKeyOf(item.conversationRef);
    const now = clock.now().getTime();
    // A lease that ran out while the item waited in our queue may already be another claimer's:
    // sending now could send it twice. Drop it; whoever holds it (maybe us, next claim) sends it.
    if (item.leaseUntil && item.leaseUntil.getTime() - now < leaseSafetyMs) {
      log.warn({ outboxId: item.id }, 'outbox lease too close to expiry; left for the next claim');
      return false;
    }
    const slot = limiter.reserve(key, now, maxInlineWaitMs);
    if (!slot.reserved || stopping) {
      // Not our turn for a while (or shutting down): hand it back without counting an attempt,
      // and stop claiming for this conversation until then (claiming only to release is churn).
      if (!stopping) holds.set(key, Math.max(slot.at, holds.get(key) ?? 0));
      await persist('release', item.id, () => store.outbox.release(item.id, new Date(stopping ? now : slot.at)));
      return false;
    }
    if (slot.at > now) await sleep(slot.at - now);

    return attempt(item, () => limiter.settle(key, slot.at, clock.now().getTime()));
  }

  /** One HTTP call for one item; records the outcome. `answered` runs as soon as Teams has replied. */
  async function attempt(item: ClaimedOutboxItem, answered: () => void): Promise<boolean> {
    try {
      if (item.kind === 'send') {
        const { activityId } = await messenger.send(item.conversationRef, item.activity);
        answered();
        await persist('send', item.id, () => store.outbox.markSent(item.id, activityId, clock.now()));
      } else {
        await messenger.update(item.conversationRef, item.targetActivityId!, item.activity);
        answered();
        await persist('update', item.id, () => store.outbox.markSent(item.id, item.targetActivityId!, clock.now()));
      }
      delivered++;
      log.debug({ outboxId: item.id, purpose: item.purpose, kind: item.kind }, 'outbox item delivered');
      return true;
    } catch (e) {
      answered();
      await handleFailure(item, e);
      return false;
    }
  }

  async function handleFailure(item: ClaimedOutboxItem, e: unknown): Promise<void> {
    const de = isDeliveryError(e) ? e : undefined;
    const status = de?.status;
    const reason = de ? de.message : `unexpected error: ${(e as Error)?.message ?? String(e)}`;
    const attempts = item.attempts + 1;
    const now = clock.now();
    const meta = { outboxId: item.id, purpose: item.purpose, kind: item.kind, status, attempts };
    noteError(reason, item.id);

    if (de?.permanent) {
      log.warn(meta, 'outbox item failed permanently');
      await persist('failure', item.id, () => store.outbox.markFailed(item.id, reason));
      return;
    }
    if (status === 429 && de?.retryAfterMs) limiter.pause(conversationKeyOf(item.conversationRef), now.getTime() + de.retryAfterMs);
    const age = now.getTime() - item.createdAt.getTime();
    if (attempts >= maxAttempts || age >= maxAgeMs) {
      const why = attempts >= maxAttempts ? `${attempts} attempts` : `${Math.round(age / 60_000)} min`;
      log.warn(meta, 'outbox item gave up');
      await persist('failure', item.id, () => store.outbox.markFailed(item.id, `gave up after ${why}; last error: ${reason}`));
      return;
    }
    const nextAt = new Date(now.getTime() + retryDelayMs(attempts, de?.retryAfterMs, backoff));
    log.info({ ...meta, nextAt }, 'outbox item will be retried');
    await persist('retry', item.id, () => store.outbox.markRetry(item.id, nextAt, reason));
  }

  // ---- pipeline: one worker per conversation (items in id order), conversations in parallel.
  // New claims top up the pipeline as items finish, so a conversation waiting for its rate
  // limit or Retry-After never holds up the others.
  const queues = new Map<string, ClaimedOutboxItem[]>();
  /** Conversations the rate limiter has closed until a time (epoch ms): not claimed for until then. */
  const holds = new Map<string, number>();
  const heldConversations = (now: number): string[] => {
    for (const [key, until] of holds) if (until <= now) holds.delete(key);
    return [...holds.keys()];
  };
  const queuedIds = new Set<number>();
  const workers = new Set<Promise<void>>();
  let inFlight = 0;
  /** Items finished so far: lets a loop notice progress made while it was awaiting a claim. */
  let finished = 0;
  let progressWaiters: Array<() => void> = [];
  const lowWater = Math.max(1, Math.floor(batchSize / 2));

  function notifyProgress(): void {
    const waiters = progressWaiters;
    progressWaiters = [];
    waiters.forEach((w) => w());
    if (inFlight <= lowWater) wake?.(); // room for another claim
  }
  const nextProgress = () => new Promise<void>((resolve) => progressWaiters.push(resolve));

  function accept(items: ClaimedOutboxItem[]): void {
    for (const item of items) {
      // Never queue an item twice (a re-claim after its lease ran out while it was queued).
      if (queuedIds.has(item.id)) continue;
      queuedIds.add(item.id);
      inFlight += 1;
      const key = conversationKeyOf(item.conversationRef);
      const queue = queues.get(key);
      if (queue) {
        queue.push(item);
        continue;
      }
      const fresh = [item];
      queues.set(key, fresh);
      const worker = work(key, fresh).finally(() => workers.delete(worker));
      workers.add(worker);
    }
  }

  async function work(key: string, queue: ClaimedOutboxItem[]): Promise<void> {
    while (queue.length) {
      try {
        await deliver(queue[0]!);
      } catch (e) {
        // deliver records its own outcomes; this is a bug guard so the worker never dies silently.
        log.error({ outboxId: queue[0]!.id, err: (e as Error).message }, 'outbox worker error');
        noteError((e as Error).message, queue[0]!.id);
      }
      queuedIds.delete(queue.shift()!.id);
      inFlight--;
      finished++;
      notifyProgress();
    }
    queues.delete(key); // synchronous after the last shift: no item can slip in between
  }

  /** Claims as many due items as there is room for; returns how many. */
  async function topUp(): Promise<number> {
    const room = batchSize - inFlight;
    if (room <= 0 || stopping) return 0;
    // Conversations whose queue already holds a full batch are skipped: over-claiming one busy
    // conversation would let leases run out while items wait for its rate limit.
    const full = [...queues].filter(([, queue]) => queue.length >= perConversation).map(([key]) => key);
    const skipConversations = [...new Set([...full, ...heldConversations(clock.now().getTime())])];
    const items = await store.outbox.claimDue(owner, clock.now(), room, { leaseMs, perConversation, affinityMs, skipConversations });
    accept(items);
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

  async function run(): Promise<void> {
    while (!stopping) {
      try {
        const seen = finished;
        const claimed = await topUp();
        if (claimed > 0 && inFlight <= lowWater) continue;
        if (finished !== seen && inFlight <= lowWater) continue; // an item finished mid-claim: look again
        let wait = pollIntervalMs;
        // With nothing queued here, sleep only until the next item falls due. With items queued,
        // what is due is most likely theirs (a full conversation is skipped when claiming), so
        // wait for one to finish (progress wakes us) instead of re-running the claim query
        // every few milliseconds, which on PGlite starves the sends themselves.
        if (inFlight === 0) {
          const now = clock.now().getTime();
          const held = heldConversations(now);
          const next = await store.outbox.nextDueAt({ skipConversations: held });
          const dueTimes = [...(next ? [next.getTime()] : []), ...held.map((key) => holds.get(key)!)];
          if (dueTimes.length) wait = Math.min(...dueTimes) - now;
        }
        // Floor: an item due "now" that we could not claim (another instance serves it) must not spin us.
        await idle(Math.min(pollIntervalMs, Math.max(20, wait)));
      } catch (e) {
        log.error({ err: (e as Error).message }, 'outbox claim failed');
        noteError((e as Error).message);
        await idle(pollIntervalMs);
      }
    }
    await Promise.all([...workers]); // in-flight sends finish and are recorded
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
      log.info({ delivered }, 'outbox dispatcher stopped');
    },
    async drainOnce() {
      const before = delivered;
      for (;;) {
        const seen = finished;
        const claimed = await topUp();
        if (claimed > 0 && inFlight < batchSize) continue;
        // An item that finished while we were claiming may have made more due (an update after
        // its send) that the claim's snapshot could not see yet: claim again before deciding.
        if (finished !== seen) continue;
        if (inFlight === 0) return delivered - before;
        await nextProgress();
      }
    },
    kick(conversationKey) {
      if (conversationKey !== undefined && ((queues.get(conversationKey)?.length ?? 0) >= perConversation || (holds.get(conversationKey) ?? 0) > clock.now().getTime())) return;
      kicked = true;
      wake?.();
    },
    async health() {
      return { ...(await store.outbox.health(clock.now())), running, lastError, delivered };
    },
  };
}
