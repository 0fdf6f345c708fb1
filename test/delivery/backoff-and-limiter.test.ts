import { describe, expect, it } from 'vitest';
import { backoffMs, retryDelayMs } from '../../src/delivery/backoff';
import { ConversationRateLimiter } from '../../src/delivery/rate-limiter';

describe('backoff (full jitter)', () => {
  const opts = (r: number) => ({ baseMs: 1000, capMs: 8000, random: () => r });
  it('doubles the ceiling per attempt up to the cap, scaled by random', () => {
    expect([1, 2, 3, 4, 5, 9].map((a) => backoffMs(a, opts(0.999999)))).toEqual([999, 1999, 3999, 7999, 7999, 7999]);
    expect(backoffMs(3, opts(0.5))).toBe(2000);
    expect(backoffMs(3, opts(0))).toBe(0);
  });
  it('never earlier than Retry-After', () => {
    expect(retryDelayMs(1, 2000, opts(0.5))).toBe(2000);
    expect(retryDelayMs(4, 2000, opts(0.5))).toBe(4000);
    expect(retryDelayMs(1, undefined, opts(0.5))).toBe(500);
  });
});

describe('ConversationRateLimiter', () => {
  it('hands out slots honouring every window, FIFO per conversation', () => {
    const l = new ConversationRateLimiter([{ max: 2, windowMs: 1000 }, { max: 3, windowMs: 10_000 }]);
    const at = [0, 0, 0, 0].map(() => l.reserve('c', 0).at);
    expect(at).toEqual([0, 0, 1000, 10_000]);
    expect(l.reserve('other', 0).at).toBe(0); // independent conversations
  });
  it('refuses (without reserving) a slot further away than maxWait; pause() holds a conversation', () => {
    const l = new ConversationRateLimiter([{ max: 1, windowMs: 1000 }]);
    expect(l.reserve('c', 0, 100)).toEqual({ reserved: true, at: 0 });
    expect(l.reserve('c', 10, 100)).toEqual({ reserved: false, at: 1000 });
    expect(l.reserve('c', 1000, 100)).toEqual({ reserved: true, at: 1000 });
    l.pause('c', 5000);
    expect(l.earliest('c', 2500)).toBe(5000);
  });
});
