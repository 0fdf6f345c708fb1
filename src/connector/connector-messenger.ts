/**
 * Messenger over the Bot Framework connector REST API (v3) with global fetch. Kept free of
 * botbuilder's ConnectorClient so retries, timeouts and Retry-After are ours (the outbox
 * dispatcher owns retrying; this class makes exactly one HTTP call per method).
 */
import { type Clock, systemClock } from '../ports/clock';
import { type BotActivity, type ConversationRef, DeliveryError, type Messenger } from '../ports/messenger';
import { parseRetryAfter } from './retry-after';
import type { TokenProvider } from './token-provider';

export interface ConnectorMessengerOptions {
  tokens: TokenProvider;
  /** Per request. Default 15 s. A timeout is a transient failure. */
  timeoutMs?: number;
  clock?: Clock;
  fetch?: typeof fetch;
}

/** Statuses worth retrying (plus network errors and timeouts). 401: token may be stale; refreshed next call. */
const TRANSIENT = new Set([401, 408, 412, 425, 429, 500, 502, 503, 504]);

export function isTransientStatus(status: number): boolean {
  return TRANSIENT.has(status) || status >= 500;
}

function url(serviceUrl: string, path: string): string {
  return new URL(path, serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`).toString();
}

const activitiesPath = (conversationId: string) => `v3/conversations/${encodeURIComponent(conversationId)}/activities`;

export class ConnectorMessenger implements Messenger {
  private readonly timeoutMs: number;
  private readonly clock: Clock;
  private readonly fetchFn: typeof fetch;
  /** Set after a 401 so the next call asks the credential provider for a fresh token. */
  private refreshToken = false;

  constructor(private readonly opts: ConnectorMessengerOptions) {
    this.timeoutMs = opts.timeoutMs ?? 15_000;
    this.clock = opts.clock ?? systemClock;
    this.fetchFn = opts.fetch ?? ((...args) => fetch(...args));
  }

  async send(ref: ConversationRef, activity: BotActivity): Promise<{ activityId: string }> {
    const body = await this.call('POST', ref.serviceUrl, activitiesPath(ref.conversationId), withDefaults(activity, ref));
    return { activityId: typeof body?.id === 'string' ? body.id : '' };
  }

  async update(ref: ConversationRef, activityId: string, activity: BotActivity): Promise<void> {
    const path = `${activitiesPath(ref.conversationId)}/${encodeURIComponent(activityId)}`;
    await this.call('PUT', ref.serviceUrl, path, { ...withDefaults(activity, ref), id: activityId });
  }

  async createPersonalConversation(serviceUrl: string, tenantId: string, botId: string, userId: string): Promise<ConversationRef> {
    const body = await this.call('POST', serviceUrl, 'v3/conversations', {
      isGroup: false,
      bot: { id: botId },
      members: [{ id: userId }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    });
    if (typeof body?.id !== 'string') throw new DeliveryError('createConversation returned no conversation id', { permanent: false });
    return { serviceUrl, conversationId: body.id, channelId: 'msteams', tenantId, botId, userId, conversationType: 'personal' };
  }

  private async call(method: 'POST' | 'PUT', serviceUrl: string, path: string, payload: unknown): Promise<Record<string, unknown> | undefined> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    let token: string | undefined;
    try {
      token = await this.opts.tokens.getToken(serviceUrl, { forceRefresh: this.refreshToken });
    } catch (e) {
      throw new DeliveryError(`could not get a Bot Framework token: ${(e as Error).message}`, { permanent: false, cause: e });
    }
    if (token) headers.authorization = `Bearer ${token}`;

    let res: Response;
    try {
      res = await this.fetchFn(url(serviceUrl, path), {
        method,
        headers,
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      const name = (e as Error)?.name;
      const what = name === 'TimeoutError' || name === 'AbortError' ? `timed out after ${this.timeoutMs} ms` : `network error: ${(e as Error).message}`;
      throw new DeliveryError(`${method} ${path.split('/')[1]}: ${what}`, { permanent: false, cause: e });
    }

    const text = await res.text().catch(() => '');
    if (res.ok) {
      this.refreshToken = false;
      if (!text) return undefined;
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch {
        return undefined;
      }
    }
    if (res.status === 401) this.refreshToken = true;
    throw new DeliveryError(`HTTP ${res.status}${describe(text)}`, {
      status: res.status,
      retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), this.clock.now().getTime()),
      permanent: !isTransientStatus(res.status),
    });
  }
}

/** Connector error bodies look like {"error":{"code":"BotNotInConversationRoster","message":"..."}}: keep code + message, short. */
function describe(text: string): string {
  if (!text) return '';
  try {
    const err = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
    if (err?.code || err?.message) return `: ${[err.code, err.message].filter(Boolean).join(' - ').slice(0, 300)}`;
  } catch {
    /* not JSON */
  }
  return `: ${text.replace(/\s+/g, ' ').slice(0, 200)}`;
}

/** Connector requires a type; proactive sends should name the conversation. */
function withDefaults(activity: BotActivity, ref: ConversationRef): BotActivity {
  return { type: 'message', ...activity, conversation: { id: ref.conversationId, ...(activity.conversation as object | undefined) } };
}
