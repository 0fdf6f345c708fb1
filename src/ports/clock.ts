/** Time is injected so tests (and the dispatcher's backoff) can run under a fake clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
