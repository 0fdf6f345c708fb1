/**
 * Delivers one claimed outbox item: checks it may still go (update target, lease, rate
 * slot), makes the one HTTP call through the Messenger, and records the outcome in the
 * outbox. What to do with a failure is decided by failure-policy.ts; this file only carries
 * the decision out.
 */
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import { conversationKeyOf, type BotActivity, type Messenger } from '../ports/messenger';
import type { MessageRenderer } from '../ports/outbox-message';
import type { ClaimedOutboxItem } from '../ports/outbox-repo';
import type { Store } from '../ports/store';
import type { ConversationQueues } from './conversation-queues';
import { decideAfterFailure, type FailurePolicy, undeliverableUpdate } from './failure-policy';
import type { Sleep } from './sleep';

export interface DeliveryStats {
  /** Messages delivered since the dispatcher started. */
  delivered: number;
  lastError: { at: Date; message: string; outboxId?: number } | null;
}

export interface ItemDeliveryDeps {
  store: Store;
  messenger: Messenger;
  clock: Clock;
  sleep: Sleep;
  log: Logger;
  queues: ConversationQueues;
  policy: FailurePolicy;
  /** An item is sent only while its lease has at least this long to run (rate wait plus a send's timeout). */
  leaseSafetyMs: number;
  /** True once stop() was called: nothing new is sent, items go back to the store. */
  isStopping: () => boolean;
  /** Shared with the dispatcher's health(). */
  stats: DeliveryStats;
  /** Turns an item's message into the activity to send, at the moment it is sent. */
  render?: MessageRenderer;
}

export function noteError(deps: Pick<ItemDeliveryDeps, 'clock' | 'stats'>, message: string, outboxId?: number): void {
  deps.stats.lastError = { at: deps.clock.now(), message, outboxId };
}

/** Returns a function that delivers one item; resolves true when it was delivered. */
export function createItemDelivery(deps: ItemDeliveryDeps): (item: ClaimedOutboxItem) => Promise<boolean> {
  const { store, messenger, clock, sleep, log, queues, stats } = deps;

  /** A DB write after a send must not be lost to a blip: retry briefly before giving up. */
  async function persist(what: string, id: number, fn: () => Promise<unknown>): Promise<void> {
    for (let i = 0; ; i++) {
      try {
        await fn();
        return;
      } catch (e) {
        if (i >= 2) {
          log.error({ outboxId: id, err: (e as Error).message }, `outbox ${what} not recorded`);
          noteError(deps, `could not record ${what}: ${(e as Error).message}`, id);
          return;
        }
        await sleep(100 * (i + 1));
      }
    }
  }

  async function deliver(item: ClaimedOutboxItem): Promise<boolean> {
    const nothingToUpdate = undeliverableUpdate(item);
    if (nothingToUpdate) {
      await persist('failure', item.id, () => store.outbox.markFailed(item.id, nothingToUpdate, { countAttempt: false }));
      return false;
    }
    const key = conversationKeyOf(item.conversationRef);
    const now = clock.now().getTime();
    // A lease that ran out while the item waited in our queue may already be another claimer's:
    // sending now could send it twice. Drop it; whoever holds it (maybe us, next claim) sends it.
    if (item.leaseUntil && item.leaseUntil.getTime() - now < deps.leaseSafetyMs) {
      log.warn({ outboxId: item.id }, 'outbox lease too close to expiry; left for the next claim');
      return false;
    }
    const slot = queues.reserve(key, now);
    if (!slot.reserved || deps.isStopping()) {
      // Not our turn for a while (or shutting down): hand it back without counting an attempt,
      // and stop claiming for this conversation until then (claiming only to release is churn).
      if (!deps.isStopping()) queues.hold(key, slot.at);
      await persist('release', item.id, () => store.outbox.release(item.id, new Date(deps.isStopping() ? now : slot.at)));
      return false;
    }
    if (slot.at > now) await sleep(slot.at - now);

    return attempt(item, () => queues.settle(key, slot.at, clock.now().getTime()));
  }

  /**
   * What to send: an item's message rendered now, from current state (so a queued card is never
   * stale), or the activity an older deployment stored. A skip is a reason it can never go.
   * A renderer that throws (the database is down) is a transient failure, retried like a 5xx.
   */
  async function contentOf(item: ClaimedOutboxItem): Promise<{ activity: BotActivity } | { skip: string }> {
    if (item.message) {
      if (!deps.render) return { skip: `no renderer for ${item.message.kind} messages` };
      return deps.render(item.message);
    }
    if (item.activity) return { activity: item.activity };
    return { skip: 'nothing to deliver: the item has neither a message nor an activity' };
  }

  /** One HTTP call for one item; records the outcome. `answered` runs as soon as Teams has replied (or it was decided not to call). */
  async function attempt(item: ClaimedOutboxItem, answered: () => void): Promise<boolean> {
    try {
      const content = await contentOf(item);
      if ('skip' in content) {
        answered();
        log.warn({ outboxId: item.id, purpose: item.purpose, kind: item.kind, messageKind: item.message?.kind }, 'outbox item cannot be rendered; recorded as failed');
        noteError(deps, content.skip, item.id);
        await persist('failure', item.id, () => store.outbox.markFailed(item.id, content.skip, { countAttempt: false }));
        return false;
      }
      const { activity } = content;
      if (item.kind === 'send') {
        const { activityId } = await messenger.send(item.conversationRef, activity);
        answered();
        await persist('send', item.id, () => store.outbox.markSent(item.id, activityId, clock.now()));
      } else {
        await messenger.update(item.conversationRef, item.targetActivityId!, activity);
        answered();
        await persist('update', item.id, () => store.outbox.markSent(item.id, item.targetActivityId!, clock.now()));
      }
      stats.delivered++;
      log.debug({ outboxId: item.id, purpose: item.purpose, kind: item.kind }, 'outbox item delivered');
      return true;
    } catch (e) {
      answered();
      await recordFailure(item, e);
      return false;
    }
  }

  async function recordFailure(item: ClaimedOutboxItem, e: unknown): Promise<void> {
    const decision = decideAfterFailure(e, item, clock.now(), deps.policy);
    const meta = { outboxId: item.id, purpose: item.purpose, kind: item.kind, status: decision.status, attempts: decision.attempts };
    noteError(deps, decision.reason, item.id);
    if (decision.kind !== 'failed' && decision.holdConversationUntil !== undefined) {
      queues.pause(conversationKeyOf(item.conversationRef), decision.holdConversationUntil);
    }
    switch (decision.kind) {
      case 'failed':
        log.warn(meta, 'outbox item failed permanently');
        return persist('failure', item.id, () => store.outbox.markFailed(item.id, decision.lastError));
      case 'gave_up':
        log.warn(meta, 'outbox item gave up');
        return persist('failure', item.id, () => store.outbox.markFailed(item.id, decision.lastError));
      case 'retry':
        log.info({ ...meta, nextAt: decision.at }, 'outbox item will be retried');
        return persist('retry', item.id, () => store.outbox.markRetry(item.id, decision.at, decision.lastError));
    }
  }

  return deliver;
}
