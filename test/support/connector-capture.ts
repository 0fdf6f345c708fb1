/**
 * The Bot Framework connector, stubbed at the network edge with nock. Every request the bot makes
 * to the service URL is recorded so tests assert on what was actually sent.
 */
import nock from 'nock';
import { SERVICE_URL } from './activities';

export interface SentRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

export interface ConnectorCapture {
  sent: SentRequest[];
  /** Activities posted (replies and proactive sends), newest last. */
  posted(): Array<{ path: string; activity: Record<string, unknown> }>;
  /** Adaptive Card contents from posted or updated activities. */
  cards(): Array<{ method: string; path: string; card: Record<string, unknown> }>;
  waitFor(predicate: (sent: SentRequest[]) => boolean, timeoutMs?: number): Promise<void>;
  /** Extra handlers (e.g. roster lookups) can be registered on this scope. */
  scope: nock.Scope;
}

let idCounter = 1;

export function captureConnector(options: { status?: (req: SentRequest) => number | undefined } = {}): ConnectorCapture {
  const url = new URL(SERVICE_URL);
  const sent: SentRequest[] = [];
  const scope = nock(url.origin)
    .persist()
    .post(/\/v3\/conversations(\/.*)?$/)
    .reply(function (path, body) {
      const request = { method: 'POST', path, body: (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown> };
      sent.push(request);
      const status = options.status?.(request) ?? 200;
      if (/\/v3\/conversations$/.test(path)) return [status, { id: `a:1created-${idCounter++}` }];
      return [status, { id: `activity-${idCounter++}` }];
    })
    .put(/\/v3\/conversations\/.*\/activities\/.*/)
    .reply(function (path, body) {
      const request = { method: 'PUT', path, body: (typeof body === 'string' ? JSON.parse(body) : body) as Record<string, unknown> };
      sent.push(request);
      return [options.status?.(request) ?? 200, { id: path.split('/').pop() }];
    });
  const cardOf = (body: Record<string, unknown>) => {
    const attachments = (body.attachments ?? []) as Array<{ contentType?: string; content?: Record<string, unknown> }>;
    return attachments.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  };
  return {
    sent,
    scope,
    posted: () => sent.filter((r) => r.method === 'POST' && r.path.includes('/activities')).map((r) => ({ path: r.path, activity: r.body })),
    cards: () => sent.flatMap((r) => {
      const card = cardOf(r.body);
      return card ? [{ method: r.method, path: r.path, card }] : [];
    }),
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(sent)) {
        if (Date.now() > deadline) throw new Error(`connector did not receive the expected requests in ${timeoutMs} ms (got ${sent.length}: ${sent.map((s) => `${s.method} ${s.path}`).join(', ')})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
