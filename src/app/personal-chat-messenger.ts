import type { ConversationRef, Messenger } from '../ports/messenger';
import { type ConversationRefsRepo, userRefKey } from '../ports/conversation-refs-repo';

/**
 * Poster notices are queued before the bot has a 1:1 chat with the poster (the ref has an empty
 * conversationId). This decorator opens the chat on first delivery and remembers it, so the
 * outbox never needs the network inside a transaction.
 */
export function withPersonalChatResolution(inner: Messenger, refs: ConversationRefsRepo): Messenger {
  async function resolve(ref: ConversationRef): Promise<ConversationRef> {
    if (ref.conversationId || !ref.userId || !ref.tenantId || !ref.botId) return ref;
    const key = ref.userAadObjectId ? userRefKey(ref.userAadObjectId) : undefined;
    const known = key ? await refs.get(key) : undefined;
    if (known?.conversationId) return known;
    const opened = await inner.createPersonalConversation(ref.serviceUrl, ref.tenantId, ref.botId, ref.userId);
    const resolved = { ...ref, ...opened, userAadObjectId: ref.userAadObjectId };
    if (key) await refs.upsert(key, resolved);
    return resolved;
  }
  return {
    send: async (ref, activity) => inner.send(await resolve(ref), activity),
    update: async (ref, activityId, activity) => inner.update(await resolve(ref), activityId, activity),
    createPersonalConversation: (...args) => inner.createPersonalConversation(...args),
  };
}
