/**
 * A local stand-in for the Bot Framework connector (the Teams service URL) for benchmarks:
 * records every activity posted or updated, and can throttle a share of calls with 429 +
 * Retry-After like Teams does. It also answers the Teams names API the bot calls on `watch`,
 * `set ...` and a watched channel's first post (GET /v3/teams/{id}/conversations and
 * GET /v3/teams/{id}) with the shapes Teams sends; those calls are counted in `namesCalls`, not
 * recorded as events and not faulted (the names API's own faults are covered by
 * test/teams/place-names-faults-http.test.ts). Loopback only.
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
  /**
   * Share of calls answered 500, and share accepted (recorded) but never answered, like a hung
   * Teams call; `forceHangs` makes the next that many recorded calls hang whatever the draw, so a
   * run is sure to contain the fault it claims.
   */
  setFaults(faults: { errorRate?: number; hangRate?: number; forceHangs?: number }): void;
  /** Calls to the Teams names API (channel list, team details). */
  namesCalls: { channels: number; team: number };
  /** Calls answered 500, and calls accepted but left hanging. */
  faultStats: { errors: number; hangs: number };
  close(): Promise<void>;
}

export interface FakeTeam {
  name: string;
  /** The team's channels as Teams lists them (General, whose id is the team's, comes without a name). */
  channels: Array<{ id: string; name?: string }>;
}

export async function startFakeConnector(options: { throttleRate?: number; retryAfterSeconds?: number; random?: () => number; teams?: Record<string, FakeTeam> } = {}): Promise<FakeConnector> {
  let throttleRate = options.throttleRate ?? 0;
  const random = options.random ?? Math.random;
  const events: ConnectorEvent[] = [];
  const stats = { calls: 0, throttled: 0, ok: 0 };
  const faultStats = { errors: 0, hangs: 0 };
  let errorRate = 0;
  let hangRate = 0;
  let forceHangs = 0;
  const namesCalls = { channels: 0, team: 0 };
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
      const names = /^\/+v3\/teams\/([^/?]+)(\/conversations)?\/?(?:\?|$)/.exec(url);
      if (req.method === 'GET' && names) {
        const teamId = decodeURIComponent(names[1]!);
        const team = options.teams?.[teamId];
        if (!team) return reply(404, { error: { code: 'NotFound', message: 'Team not found' } });
        if (names[2]) {
          namesCalls.channels += 1;
          return reply(200, { conversations: team.channels });
        }
        namesCalls.team += 1;
        return reply(200, { id: teamId, name: team.name, aadGroupId: '7ea40000-0000-4000-8000-000000000001' });
      }
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
      if (forceHangs > 0 || (hangRate > 0 && random() < hangRate)) {
        forceHangs = Math.max(0, forceHangs - 1);
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
      forceHangs = faults.forceHangs ?? 0;
    },
    namesCalls,
    faultStats,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
