/**
 * What the dispatcher does after a delivery attempt fails, as a pure decision: no clock, no
 * store, no logging, so every branch (429 + Retry-After, 412/5xx, timeouts, permanent 4xx,
 * giving up) can be tested on plain values. The connector decides which statuses are
 * permanent (DeliveryError.permanent); this file decides when, and whether, to try again.
 */
import { isDeliveryError } from '../ports/messenger';
import type { ClaimedOutboxItem } from '../ports/outbox-repo';
import { type BackoffOptions, retryDelayMs } from './backoff';

export interface FailurePolicy {
  /** Give up after this many failed attempts. */
  maxAttempts: number;
  /** Give up on transient failures once the item is this old. */
  maxAgeMs: number;
  backoff: BackoffOptions;
}

interface DecisionFacts {
  /** Admin-readable description of this failure (also the dispatcher's lastError). */
  reason: string;
  /** HTTP status, when Teams answered at all. */
  status?: number;
  /** Failed attempts including this one. */
  attempts: number;
}

export type FailureDecision = DecisionFacts &
  (
    | /** Teams refused for good (403 not in roster, 404...): record it, never retry. */ { kind: 'failed'; lastError: string }
    | {
        /** Transient, but out of attempts or too old. */
        kind: 'gave_up';
        lastError: string;
        holdConversationUntil?: number;
      }
    | {
        kind: 'retry';
        /** When the item falls due again: never before Teams' Retry-After. */
        at: Date;
        lastError: string;
        /** 429 with Retry-After: Teams throttles the whole conversation, so hold every item to it until then (epoch ms). */
        holdConversationUntil?: number;
      }
  );

export function decideAfterFailure(
  error: unknown,
  item: Pick<ClaimedOutboxItem, 'attempts' | 'createdAt'>,
  now: Date,
  policy: FailurePolicy,
): FailureDecision {
  const de = isDeliveryError(error) ? error : undefined;
  const status = de?.status;
  const reason = de ? de.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
  const attempts = item.attempts + 1;
  if (de?.permanent) return { kind: 'failed', reason, status, attempts, lastError: reason };

  const holdConversationUntil = status === 429 && de?.retryAfterMs ? now.getTime() + de.retryAfterMs : undefined;
  const age = now.getTime() - item.createdAt.getTime();
  if (attempts >= policy.maxAttempts || age >= policy.maxAgeMs) {
    const why = attempts >= policy.maxAttempts ? `${attempts} attempts` : `${Math.round(age / 60_000)} min`;
    return { kind: 'gave_up', reason, status, attempts, lastError: `gave up after ${why}; last error: ${reason}`, holdConversationUntil };
  }
  const at = new Date(now.getTime() + retryDelayMs(attempts, de?.retryAfterMs, policy.backoff));
  return { kind: 'retry', reason, status, attempts, lastError: reason, at, holdConversationUntil };
}

/**
 * An update can only replace a message that was delivered. The store claims an update once
 * its send is sent or failed; if it failed, there is nothing to update and never will be.
 * Returns the reason to record (without counting an attempt), or undefined when it may go.
 */
export function undeliverableUpdate(item: Pick<ClaimedOutboxItem, 'kind' | 'targetStatus' | 'targetActivityId' | 'updateOf'>): string | undefined {
  if (item.kind !== 'update' || (item.targetStatus === 'sent' && item.targetActivityId)) return undefined;
  return `original message (outbox #${item.updateOf}) was never delivered; nothing to update`;
}
