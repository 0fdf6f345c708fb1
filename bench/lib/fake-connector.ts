/**
 * A local stand-in for the Bot Framework connector (the Teams service URL) for benchmarks:
 * records every activity posted or updated, and can throttle a share of calls with 429 +
 * Retry-After like Teams does. Loopback only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface ConnectorEvent {
  at: number;
  method: string;
  conversationId: string;
  body: Record<string, unknown>;
}

export interface FakeConnector {
  url: string;
  events: ConnectorEvent[];
  stats: { calls: number; throttled: number; ok: number };
  setThrottle(rate: number): void;
  /** Share of calls answered 500, and share accepted (recorded) but never answered, like a hung Teams call. */
  setFaults(faults: { errorRate?: number; hangRate?: number }): void;
  /** Calls answered 500, and calls accepted but left hanging. */
  faultStats: { errors: number; hangs: number };
  close(): Promise<void>;
}

export async function startFakeConnector(options: { throttleRate?: number; retryAfterSeconds?: number; random?: () => number } = {}): Promise<FakeConnector> {
  let throttleRate = options.throttleRate ?? 0;
  const random = options.random ?? Math.random;
  const events: ConnectorEvent[] = [];
  const stats = { calls: 0, throttled: 0, ok: 0 };
  const faultStats = { errors: 0, hangs: 0 };
  let errorRate = 0;
  let hangRate = 0;
  const hanging = new Set<ServerResponse>();
  let ids = 1;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      stats.calls += 1;
      const url = req.url ?? '';
      const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (throttleRate > 0 && random() < throttleRate) {
        stats.throttled += 1;
        return reply(429, { error: { code: 'Throttled', message: 'Too many requests' } }, { 'retry-after': String(options.retryAfterSeconds ?? 1) });
      }
      if (errorRate > 0 && random() < errorRate) {
        faultStats.errors += 1;
        return reply(500, { error: { code: 'ServiceError', message: 'Internal error' } });
      }
      let body: Record<string, unknown> = {};
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        return reply(400, { error: { code: 'BadSyntax' } });
      }
      const match = /\/v3\/conversations(?:\/([^/]+))?(?:\/activities(?:\/([^/?]+))?)?/.exec(url);
      const conversationId = match?.[1] ? decodeURIComponent(match[1]) : '';
      stats.ok += 1;
      if (req.method === 'POST' && !match?.[1]) return reply(200, { id: `a:bench-${ids++}` });
      events.push({ at: Date.now(), method: req.method ?? 'POST', conversationId, body });
      if (hangRate > 0 && random() < hangRate) {
        // Accepted and recorded, never answered: the bot times out and retries (a possible duplicate).
        faultStats.hangs += 1;
        hanging.add(res);
        return;
      }
      return reply(200, { id: `bench-activity-${ids++}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    events,
    stats,
    setThrottle: (rate) => {
      throttleRate = rate;
    },
    setFaults: (faults) => {
      errorRate = faults.errorRate ?? 0;
      hangRate = faults.hangRate ?? 0;
    },
    faultStats,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
