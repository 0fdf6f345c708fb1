/**
 * Messenger port: how the domain (and the outbox dispatcher) talks to Teams.
 * Domain-only: no driver imports here. The Bot Framework implementation lives in
 * src/connector/connector-messenger.ts.
 */

/**
 * Where to deliver an activity. A flat, stable subset of Bot Framework's
 * ConversationReference: stored as JSON in `conversation_refs`, `watched_channels`
 * and `outbox`, so keep changes additive (old rows must still parse).
 */
export interface ConversationRef {
  /** Bot Framework service URL for the tenant, e.g. https://smba.trafficmanager.net/uk/ */
  serviceUrl: string;
  /** Bot Framework conversation id (a channel thread, a channel, or a 1:1 chat). */
  conversationId: string;
  /** Always 'msteams' in production; 'emulator'/'webchat' etc. in local tools. */
  channelId: string;
  tenantId?: string;
  /** The bot's id in the conversation ("28:<appId>"), if known. */
  botId?: string;
  botName?: string;
  /** For 1:1 chats: the user's Bot Framework id ("29:...") and AAD object id. */
  userId?: string;
  userAadObjectId?: string;
  /** 'personal' | 'channel' | 'groupChat' (Teams conversationType). */
  conversationType?: string;
}

/**
 * What rate limits and ordering are keyed on. A poster notice may be queued before the 1:1
 * chat exists (empty conversationId, opened on first delivery): key those by user so all
 * such notices do not share one "conversation" budget.
 */
export function conversationKeyOf(ref: ConversationRef): string {
  if (ref.conversationId) return ref.conversationId;
  const user = ref.userAadObjectId || ref.userId;
  return user ? `personal:${user}` : '';
}

/** A Bot Framework activity (message, Adaptive Card attachment, ...). Plain JSON. */
export type BotActivity = Record<string, unknown>;

export interface Messenger {
  /** Posts a new activity. Resolves with the id Teams gave it (needed to update a card later). */
  send(ref: ConversationRef, activity: BotActivity): Promise<{ activityId: string }>;
  /** Replaces a previously sent activity (e.g. refreshes a moderator card). */
  update(ref: ConversationRef, activityId: string, activity: BotActivity): Promise<void>;
  /**
   * Opens (or reopens: Teams returns the same id) a 1:1 chat between the bot and a user,
   * so a poster can be notified privately. userId is the user's "29:..." id or AAD object id.
   */
  createPersonalConversation(
    serviceUrl: string,
    tenantId: string,
    botId: string,
    userId: string,
  ): Promise<ConversationRef>;
}

/**
 * Thrown by every Messenger method on failure. `permanent` tells the dispatcher to stop
 * retrying (400/401/403/404...); everything else, including timeouts and network errors,
 * is transient. `retryAfterMs` comes from a Retry-After header when Teams sent one.
 */
export class DeliveryError extends Error {
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly permanent: boolean;

  constructor(message: string, opts: { status?: number; retryAfterMs?: number; permanent: boolean; cause?: unknown }) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'DeliveryError';
    this.status = opts.status;
    this.retryAfterMs = opts.retryAfterMs;
    this.permanent = opts.permanent;
  }
}

export function isDeliveryError(e: unknown): e is DeliveryError {
  return e instanceof DeliveryError;
}
