/**
 * Per-conversation sliding-window limiter (Teams allows about 7 messages/s and 60 per 30 s
 * per bot per conversation). It never drops: it hands out the earliest allowed time, and
 * the dispatcher either waits for it (short) or puts the item back until then (long).
 * In-memory and per instance: two instances sending to one conversation can exceed it, in
 * which case Teams answers 429 and Retry-After takes over.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

export const TEAMS_CONVERSATION_LIMITS: readonly RateLimit[] = [
  { max: 7, windowMs: 1_000 },
  { max: 60, windowMs: 30_000 },
];

export interface Reservation {
  reserved: boolean;
  /** Epoch ms at which the send may go (reserved) or the earliest time to come back (not reserved). */
  at: number;
}

export class ConversationRateLimiter {
  private readonly sends = new Map<string, number[]>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly longest: number;
  private lastSweep = 0;

  constructor(private readonly limits: readonly RateLimit[] = TEAMS_CONVERSATION_LIMITS) {
    this.longest = Math.max(0, ...limits.map((l) => l.windowMs));
  }

  /** Earliest time >= now a send to `key` is allowed (keeps per-conversation FIFO: never before the last reservation). */
  earliest(key: string, now: number): number {
    const times = this.prune(key, now);
    let t = Math.max(now, times.length ? times[times.length - 1]! : now, this.pausedUntil.get(key) ?? now);
    for (const { max, windowMs } of this.limits) {
      // Times are sorted and all <= t: at most max-1 of them may lie in (t - window, t].
      if (times.length >= max) t = Math.max(t, times[times.length - max]! + windowMs);
    }
    return t;
  }

  /** Takes a slot if it is no more than `maxWaitMs` away. */
  reserve(key: string, now: number, maxWaitMs = Number.POSITIVE_INFINITY): Reservation {
    const at = this.earliest(key, now);
    if (at - now > maxWaitMs) return { reserved: false, at };
    const times = this.sends.get(key) ?? [];
    times.push(at);
    this.sends.set(key, times);
    this.sweep(now);
    return { reserved: true, at };
  }

  /**
   * Moves a reservation to when the request actually finished. Teams counts arrivals; network
   * jitter can bunch requests that left on schedule, so later slots are measured from the
   * (later) completion time instead: arrival <= completion, which keeps every window honest.
   */
  settle(key: string, reservedAt: number, doneAt: number): void {
    const times = this.sends.get(key);
    if (!times || doneAt <= reservedAt) return;
    const i = times.lastIndexOf(reservedAt);
    if (i < 0) return;
    times[i] = doneAt;
    times.sort((a, b) => a - b);
  }

  /** Teams said 429 + Retry-After for this conversation: hold everything to it until then. */
  pause(key: string, until: number): void {
    this.pausedUntil.set(key, Math.max(until, this.pausedUntil.get(key) ?? 0));
  }

  private prune(key: string, now: number): number[] {
    const times = this.sends.get(key);
    if (!times) return [];
    let drop = 0;
    while (drop < times.length && times[drop]! <= now - this.longest) drop++;
    if (drop) times.splice(0, drop);
    return times;
  }

  /** Forget idle conversations so memory stays bounded. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.longest) return;
    this.lastSweep = now;
    for (const [key, times] of this.sends) {
      if (!times.length || times[times.length - 1]! <= now - this.longest) this.sends.delete(key);
    }
    for (const [key, until] of this.pausedUntil) if (until <= now) this.pausedUntil.delete(key);
  }
}
