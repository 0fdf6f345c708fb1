/**
 * Retry schedule for the outbox. A pure function on purpose: retry libraries such as
 * `exponential-backoff` wrap an in-memory loop around one call, but an outbox retry must
 * survive restarts and move between instances, so the schedule is persisted as
 * outbox.next_attempt_at and computed here.
 */
export interface BackoffOptions {
  /** First retry's ceiling (ms). */
  baseMs: number;
  /** Longest ceiling (ms). */
  capMs: number;
  /** [0, 1): injectable so tests are deterministic. */
  random: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 5 * 60_000, random: Math.random };

/**
 * "Full jitter" (AWS architecture blog): uniform in [0, min(cap, base * 2^(attempt-1))).
 * Spreads retries from many items/instances so they do not hit Teams in lock-step.
 * `attempt` is the number of failed attempts so far (1 after the first failure).
 */
export function backoffMs(attempt: number, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  const exp = Math.min(opts.capMs, opts.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(opts.random() * exp);
}

/** Never retry before the server asked us to: max(backoff, Retry-After). */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  return Math.max(backoffMs(attempt, opts), retryAfterMs ?? 0);
}
