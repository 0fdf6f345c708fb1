/**
 * The production `Sleep` (delivery/sleep.ts): a real timer. Lives in the runtime adapter so the
 * delivery domain holds no timers; tests pass a virtual-time sleep instead.
 */
import type { Sleep } from '../delivery/sleep';

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
