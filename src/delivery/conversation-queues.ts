/**
 * The dispatcher's in-memory pipeline: one FIFO queue and one worker per conversation
 * (Teams orders and throttles per conversation), conversations in parallel, so a
 * conversation waiting for its rate limit or a Retry-After never holds up the others.
 * It also owns that conversation's rate limiter and "hold" (a time before which claiming
 * more of its items is pointless), because both answer the same question: how much more
 * of this conversation can this instance take on now?
 */
import { conversationKeyOf } from '../ports/messenger';
import type { ClaimedOutboxItem } from '../ports/outbox-repo';
import { ConversationRateLimiter, type RateLimit, type Reservation } from './rate-limiter';

export interface ConversationQueuesOptions {
  limits: readonly RateLimit[];
  /** A rate-limit slot further away than this is not waited for in-line (see reserve). */
  maxInlineWaitMs: number;
  /** Delivers one item and records its outcome; a throw is reported to onWorkerError. */
  deliver: (item: ClaimedOutboxItem) => Promise<unknown>;
  /** Runs after every finished item (delivered or not), once inFlight has dropped. */
  onFinished: () => void;
  onWorkerError: (item: ClaimedOutboxItem, error: unknown) => void;
}

export class ConversationQueues {
  /**
   * Most items of one conversation worth holding at once: the shortest rate window's
   * allowance. Claiming more would let leases run out while items wait for the limit.
   */
  readonly perConversation: number;
  private readonly limiter: ConversationRateLimiter;
  private readonly queues = new Map<string, ClaimedOutboxItem[]>();
  /** Conversations the rate limiter has closed until a time (epoch ms): not claimed for until then. */
  private readonly holds = new Map<string, number>();
  private readonly queuedIds = new Set<number>();
  private readonly workers = new Set<Promise<void>>();
  private progressWaiters: Array<() => void> = [];
  private inFlightCount = 0;
  private finishedCount = 0;

  constructor(private readonly opts: ConversationQueuesOptions) {
    this.perConversation = Math.max(1, Math.min(...opts.limits.map((l) => l.max)));
    this.limiter = new ConversationRateLimiter(opts.limits);
  }

  /** Items accepted and not yet finished. */
  get inFlight(): number {
    return this.inFlightCount;
  }

  /** Items finished so far: lets the claim loop notice progress made while it awaited a claim. */
  get finished(): number {
    return this.finishedCount;
  }

  /** Queues claimed items behind their conversation's earlier ones; starts a worker for a new conversation. */
  accept(items: readonly ClaimedOutboxItem[]): void {
    for (const item of items) {
      // Never queue an item twice (a re-claim after its lease ran out while it was queued).
      if (this.queuedIds.has(item.id)) continue;
      this.queuedIds.add(item.id);
      this.inFlightCount += 1;
      const key = conversationKeyOf(item.conversationRef);
      const queue = this.queues.get(key);
      if (queue) {
        queue.push(item);
        continue;
      }
      const fresh = [item];
      this.queues.set(key, fresh);
      const worker = this.work(key, fresh).finally(() => this.workers.delete(worker));
      this.workers.add(worker);
    }
  }

  /**
   * Conversations a claim should leave alone now: those whose queue already holds a full
   * batch, and those whose rate limit is closed (claiming only to release is churn).
   */
  skipConversations(now: number): string[] {
    const full = [...this.queues].filter(([, queue]) => queue.length >= this.perConversation).map(([key]) => key);
    return [...new Set([...full, ...this.heldConversations(now)])];
  }

  /** Conversations on hold at `now` (expired holds are dropped). */
  heldConversations(now: number): string[] {
    for (const [key, until] of this.holds) if (until <= now) this.holds.delete(key);
    return [...this.holds.keys()];
  }

  /** When a held conversation reopens (epoch ms), or undefined if it is not held. */
  heldUntil(key: string): number | undefined {
    return this.holds.get(key);
  }

  /** True when this conversation could not take one more item now: its queue is full or it is on hold. */
  isSaturated(key: string, now: number): boolean {
    return (this.queues.get(key)?.length ?? 0) >= this.perConversation || (this.holds.get(key) ?? 0) > now;
  }

  /** A rate-limit slot for one send, if it is no more than maxInlineWaitMs away. */
  reserve(key: string, now: number): Reservation {
    return this.limiter.reserve(key, now, this.opts.maxInlineWaitMs);
  }

  /** Stop claiming for this conversation until `until` (its limit is closed that long). */
  hold(key: string, until: number): void {
    this.holds.set(key, Math.max(until, this.holds.get(key) ?? 0));
  }

  /** Teams has answered the send reserved at `reservedAt` (see ConversationRateLimiter.settle). */
  settle(key: string, reservedAt: number, doneAt: number): void {
    this.limiter.settle(key, reservedAt, doneAt);
  }

  /** Teams said 429 + Retry-After: no send to this conversation before `until`. */
  pause(key: string, until: number): void {
    this.limiter.pause(key, until);
  }

  /** Resolves when the next item finishes. */
  nextProgress(): Promise<void> {
    return new Promise<void>((resolve) => this.progressWaiters.push(resolve));
  }

  /** Resolves when every worker has finished its queue (in-flight sends are recorded). */
  async settled(): Promise<void> {
    await Promise.all([...this.workers]);
  }

  private async work(key: string, queue: ClaimedOutboxItem[]): Promise<void> {
    while (queue.length) {
      try {
        await this.opts.deliver(queue[0]!);
      } catch (e) {
        // deliver records its own outcomes; this is a bug guard so the worker never dies silently.
        this.opts.onWorkerError(queue[0]!, e);
      }
      this.queuedIds.delete(queue.shift()!.id);
      this.inFlightCount--;
      this.finishedCount++;
      const waiters = this.progressWaiters;
      this.progressWaiters = [];
      waiters.forEach((w) => w());
      this.opts.onFinished();
    }
    this.queues.delete(key); // synchronous after the last shift: no item can slip in between
  }
}
