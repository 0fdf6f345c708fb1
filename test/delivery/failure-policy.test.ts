/**
 * The dispatcher's failure policy on plain values. The errors are the real ones: each comes
 * from the Bot Framework connector client answering a Teams reply (HTTP injected at the
 * network edge), so "what happens on a 412" is checked end to end, classification included.
 */
import { describe, expect, it } from 'vitest';
import { ConnectorMessenger } from '../../src/connector/connector-messenger';
import { anonymousTokenProvider } from '../../src/connector/token-provider';
import { decideAfterFailure, type FailurePolicy, undeliverableUpdate } from '../../src/delivery/failure-policy';
import type { ConversationRef } from '../../src/ports/messenger';

const NOW = new Date('2026-01-05T09:00:00.000Z');
const ref: ConversationRef = { serviceUrl: 'https://smba.trafficmanager.net/uk/', conversationId: 'mods', channelId: 'msteams' };
/** backoff(attempt) = 0.5 * 1000 * 2^(attempt-1), capped at 60 s. */
const policy: FailurePolicy = { maxAttempts: 5, maxAgeMs: 3_600_000, backoff: { baseMs: 1_000, capMs: 60_000, random: () => 0.5 } };
const fresh = { attempts: 0, createdAt: new Date(NOW.getTime() - 1_000) };

/** The error ConnectorMessenger throws when Teams answers `status` (or when the request times out). */
async function teamsError(answer: { status: number; body?: string; headers?: Record<string, string> } | 'timeout'): Promise<unknown> {
  const fetch: typeof globalThis.fetch = async () => {
    if (answer === 'timeout') throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    return new Response(answer.body ?? '', { status: answer.status, headers: answer.headers });
  };
  const messenger = new ConnectorMessenger({ tokens: anonymousTokenProvider, clock: { now: () => NOW }, fetch, timeoutMs: 15_000 });
  return messenger.send(ref, { text: 'card' }).then(
    () => expect.fail('expected the send to fail'),
    (e: unknown) => e,
  );
}

describe('failure policy', () => {
  it('429 with Retry-After: retry no earlier than Teams asked, and hold the whole conversation until then', async () => {
    const decision = decideAfterFailure(await teamsError({ status: 429, headers: { 'Retry-After': '7' } }), fresh, NOW, policy);
    expect(decision).toEqual({
      kind: 'retry', status: 429, attempts: 1, reason: 'HTTP 429', lastError: 'HTTP 429',
      at: new Date(NOW.getTime() + 7_000), // Retry-After 7 s beats backoff(1) = 500 ms
      holdConversationUntil: NOW.getTime() + 7_000,
    });
  });

  it('429 without Retry-After: back off, no hold', async () => {
    const decision = decideAfterFailure(await teamsError({ status: 429 }), { ...fresh, attempts: 2 }, NOW, policy);
    expect(decision).toMatchObject({ kind: 'retry', attempts: 3, at: new Date(NOW.getTime() + 2_000) });
    expect(decision).not.toHaveProperty('holdConversationUntil', expect.anything());
  });

  it.each([412, 500, 502, 503, 504])('%i is transient: retried after the backoff', async (status) => {
    const decision = decideAfterFailure(await teamsError({ status }), fresh, NOW, policy);
    expect(decision).toMatchObject({ kind: 'retry', status, attempts: 1, at: new Date(NOW.getTime() + 500) });
    expect(decision).not.toHaveProperty('holdConversationUntil', expect.anything());
  });

  it('a timeout is transient: retried, with a reason that says so', async () => {
    const decision = decideAfterFailure(await teamsError('timeout'), { ...fresh, attempts: 1 }, NOW, policy);
    expect(decision).toMatchObject({ kind: 'retry', attempts: 2, at: new Date(NOW.getTime() + 1_000), lastError: 'POST conversations: timed out after 15000 ms' });
    expect(decision.status).toBeUndefined();
  });

  it.each([400, 403, 404])('%i is permanent: failed at once with the connector\'s reason, never retried', async (status) => {
    const body = JSON.stringify({ error: { code: 'BotNotInConversationRoster', message: 'The bot is not part of the conversation roster.' } });
    const decision = decideAfterFailure(await teamsError({ status, body }), fresh, NOW, policy);
    expect(decision).toEqual({
      kind: 'failed', status, attempts: 1,
      reason: `HTTP ${status}: BotNotInConversationRoster - The bot is not part of the conversation roster.`,
      lastError: `HTTP ${status}: BotNotInConversationRoster - The bot is not part of the conversation roster.`,
    });
  });

  it('gives up on a transient failure at maxAttempts, saying how many and what the last error was', async () => {
    const decision = decideAfterFailure(await teamsError({ status: 502 }), { ...fresh, attempts: 4 }, NOW, policy);
    expect(decision).toMatchObject({ kind: 'gave_up', attempts: 5, lastError: 'gave up after 5 attempts; last error: HTTP 502' });
  });

  it('gives up on a transient failure once the item is older than maxAgeMs, and still honours a 429 hold', async () => {
    const old = { attempts: 1, createdAt: new Date(NOW.getTime() - 3_600_000) };
    const decision = decideAfterFailure(await teamsError({ status: 429, headers: { 'Retry-After': '3' } }), old, NOW, policy);
    expect(decision).toMatchObject({ kind: 'gave_up', lastError: 'gave up after 60 min; last error: HTTP 429', holdConversationUntil: NOW.getTime() + 3_000 });
  });

  it('an error that is not a delivery error (a bug, a driver) is retried and named as unexpected', () => {
    const decision = decideAfterFailure(new TypeError('cannot read properties of undefined'), fresh, NOW, policy);
    expect(decision).toMatchObject({ kind: 'retry', reason: 'unexpected error: cannot read properties of undefined', at: new Date(NOW.getTime() + 500) });
  });

  it('the retry delay grows with attempts up to the cap', async () => {
    const error = await teamsError({ status: 503 });
    const delays = [0, 1, 2, 3].map((attempts) => {
      const d = decideAfterFailure(error, { ...fresh, attempts }, NOW, { ...policy, maxAttempts: 99, backoff: { ...policy.backoff, capMs: 4_000 } });
      return d.kind === 'retry' ? d.at.getTime() - NOW.getTime() : -1;
    });
    expect(delays).toEqual([500, 1_000, 2_000, 2_000]);
  });
});

describe('updates whose original was never delivered', () => {
  const update = { kind: 'update' as const, updateOf: 41, targetActivityId: null, targetStatus: null };
  it('are refused with a reason naming the original', () => {
    expect(undeliverableUpdate({ ...update, targetStatus: 'failed' })).toBe('original message (outbox #41) was never delivered; nothing to update');
    expect(undeliverableUpdate({ ...update, targetStatus: 'sent', targetActivityId: null })).toMatch(/never delivered/);
  });
  it('go ahead once the original was sent; sends are never refused', () => {
    expect(undeliverableUpdate({ ...update, targetStatus: 'sent', targetActivityId: 'act-9' })).toBeUndefined();
    expect(undeliverableUpdate({ kind: 'send', updateOf: null, targetActivityId: null, targetStatus: null })).toBeUndefined();
  });
});
