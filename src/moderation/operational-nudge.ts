import { conversationKeyOf, type ConversationRef } from '../ports/messenger';
import { userRefKey } from '../ports/conversation-refs-repo';
import type { ModerationDeps } from './moderation-deps';
import { DEFAULT_OPERATIONAL_HANDLING, OPERATIONAL_HANDLING_KEY, type OperationalHandling } from './operational-settings';

export interface NudgeTarget {
  conversationId: string;
  messageId: string;
  channelId: string;
  channelName?: string;
  poster: { aadObjectId: string; personalRef?: ConversationRef };
}

/** The admins' choice, or the default (nudge only). Read through the settings cache. */
export async function operationalHandling(deps: Pick<ModerationDeps, 'store'>): Promise<OperationalHandling> {
  return (await deps.store.settings.get<OperationalHandling>(OPERATIONAL_HANDLING_KEY)) ?? DEFAULT_OPERATIONAL_HANDLING;
}

/**
 * Queues the private nudge for a live-incident / on-call post, once per post (a redelivery finds
 * the nudge recorded and sends nothing). Returns the conversation to wake the dispatcher for, or
 * undefined when nothing was queued (already nudged, or no way to reach the poster).
 */
export async function nudgeOperationalPost(deps: ModerationDeps, post: NudgeTarget, handling: OperationalHandling): Promise<{ outcome: 'nudged' | 'duplicate' | 'unreachable'; conversation?: string }> {
  const withCard = handling.mode === 'nudge_and_card';
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const key = userRefKey(post.poster.aadObjectId);
    const ref = (await tx.conversationRefs.get(key)) ?? post.poster.personalRef;
    if (!ref) return { outcome: 'unreachable' as const };
    if (!(await tx.operationalNudges.record({ conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, posterId: post.poster.aadObjectId, withCard, at: now }))) {
      return { outcome: 'duplicate' as const };
    }
    if (ref === post.poster.personalRef) await tx.conversationRefs.upsert(key, ref);
    // The clause is looked up when the nudge is rendered; the admins' guidance is kept as it was when the post was seen.
    const message = { kind: 'operational_nudge' as const, channelName: post.channelName ?? null, guidance: handling.guidance, moderatorsTold: withCard };
    await tx.outbox.enqueue({ conversationRef: ref, message, purpose: 'poster_notice', dedupeKey: `operational-nudge:${post.conversationId}:${post.messageId}` });
    return { outcome: 'nudged' as const, conversation: conversationKeyOf(ref) };
  });
}
