/**
 * Virtual time for the dispatcher's background loop (start()/kick()/stop()), which runs on its
 * own instead of being stepped by the test like drainOnce().
 *
 * A discrete-event simulation: `sleep` waits until the test moves time on, and time moves
 * only once every tracked real operation (a store query, an HTTP call through nock) has
 * finished and promise chains have run. So what the dispatcher decides depends on virtual
 * time alone, never on how loaded the machine is, and a test of "what happens within one
 * rate window" gives the same answer on every run.
 */
import type { Clock } from '../../src/ports/clock';
import type { Messenger } from '../../src/ports/messenger';
import type { OutboxRepo } from '../../src/ports/outbox-repo';
import type { Store } from '../../src/ports/store';

interface Timer {
  at: number;
  seq: number;
  fire: () => void;
}

export class VirtualTime implements Clock {
  private t: number;
  private seq = 0;
  private timers: Timer[] = [];
  private busy = 0;

  constructor(start: Date | string = '2026-01-05T09:00:00.000Z') {
    this.t = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.t);
  }

  ms(): number {
    return this.t;
  }

  /** The dispatcher's `sleep`: resolves when virtual time reaches the deadline, or at once on abort. */
  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const onAbort = () => {
        this.timers = this.timers.filter((x) => x !== timer);
        resolve();
      };
      const timer: Timer = {
        at: this.t + Math.max(0, ms),
        seq: this.seq++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
    });

  /** Runs real asynchronous work that time must wait for (see trackStore, trackMessenger). */
  track<T>(work: () => Promise<T>): Promise<T> {
    this.busy++;
    try {
      return work().finally(() => this.busy--);
    } catch (e) {
      this.busy--;
      throw e;
    }
  }

  /** Waits until no tracked work is running and the promise chains it woke have run. */
  async settle(): Promise<void> {
    for (let quietTurns = 0; quietTurns < 2; ) {
      await new Promise((resolve) => setImmediate(resolve));
      quietTurns = this.busy === 0 ? quietTurns + 1 : 0;
    }
  }

  /** Moves time forward by `ms`, waking sleepers in deadline order and settling after each. */
  async advance(ms: number): Promise<void> {
    const target = this.t + ms;
    for (;;) {
      await this.settle();
      const next = this.nextTimer();
      if (!next || next.at > target) break;
      this.fire(next);
    }
    this.t = target;
    await this.settle();
  }

  /** Moves time from one wake-up to the next until `done()` holds; fails if that takes more than `withinMs`. */
  async runUntil(done: () => boolean | Promise<boolean>, withinMs: number): Promise<void> {
    const limit = this.t + withinMs;
    for (;;) {
      await this.settle();
      if (await done()) return;
      const next = this.nextTimer();
      if (!next) throw new Error('virtual time: nothing left to wait for, and the condition never held');
      if (next.at > limit) throw new Error(`virtual time: condition still false after ${withinMs} ms`);
      this.fire(next);
    }
  }

  /** Keeps time moving until `promise` settles (e.g. dispatcher.stop() waiting for a rate slot). */
  async finish<T>(promise: Promise<T>, withinMs = 600_000): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => (settled = true));
    await this.runUntil(() => settled, withinMs);
    return watched;
  }

  private nextTimer(): Timer | undefined {
    let best: Timer | undefined;
    for (const timer of this.timers) if (!best || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq)) best = timer;
    return best;
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((x) => x !== timer);
    this.t = Math.max(this.t, timer.at);
    timer.fire();
  }
}

type OutboxMethod = keyof OutboxRepo;

export interface TrackOptions {
  /** Virtual delay before each call of these methods (a database busy with other work). */
  delayMs?: Partial<Record<OutboxMethod, number>>;
  /** Counts calls per method. */
  calls?: Partial<Record<OutboxMethod, number>>;
}

/** The same store, with every outbox call tracked by `time` (and optionally delayed in virtual time, and counted). */
export function trackStore(store: Store, time: VirtualTime, opts: TrackOptions = {}): Store {
  const outbox = new Proxy(store.outbox, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (typeof value !== 'function') return value;
      const method = prop as OutboxMethod;
      return async (...args: unknown[]) => {
        if (opts.calls) opts.calls[method] = (opts.calls[method] ?? 0) + 1;
        const delay = opts.delayMs?.[method];
        if (delay) await time.sleep(delay);
        return time.track(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      };
    },
  });
  return new Proxy(store, { get: (target, prop) => (prop === 'outbox' ? outbox : Reflect.get(target, prop)) });
}

/** The same messenger, with every call tracked by `time`. */
export function trackMessenger(messenger: Messenger, time: VirtualTime): Messenger {
  return {
    send: (...args) => time.track(() => messenger.send(...args)),
    update: (...args) => time.track(() => messenger.update(...args)),
    createPersonalConversation: (...args) => time.track(() => messenger.createPersonalConversation(...args)),
  };
}
