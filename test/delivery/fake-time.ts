/**
 * Virtual time for delivery tests: `now()` only moves when a test (or the code under test,
 * through `sleep`) advances it, so backoff and rate-limit timings can be asserted exactly.
 */
import type { Clock } from '../../src/ports/clock';

export class FakeClock implements Clock {
  private t: number;
  constructor(start: Date | string = '2026-01-05T09:00:00.000Z') {
    this.t = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.t);
  }
  ms(): number {
    return this.t;
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(at: Date): void {
    this.t = at.getTime();
  }
  /** A `sleep` for the dispatcher that advances virtual time instead of waiting. */
  readonly sleep = async (ms: number): Promise<void> => {
    this.t += Math.max(0, ms);
  };
}
