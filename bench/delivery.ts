/**
 * Delivery benchmark: fills the outbox with 5,000 messages across 50 conversations and
 * drains them through a local fake Bot Framework connector (127.0.0.1, random port) that
 * answers 429 + Retry-After to 20% of calls and 500 to 5%. Runs on the embedded store
 * (PGlite in a temp DATA_DIR) and on PostgreSQL (DATABASE_URL / TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test, in its own schema, dropped afterwards), the
 * latter also with two dispatcher instances. The per-conversation limiter is the real one.
 *
 *   npm run bench:delivery            (BENCH_MESSAGES, BENCH_CONVERSATIONS, BENCH_SKIP_PG=1)
 *
 * Reports messages/s, longest and p95 wait, duplicates (must be 0), and the busiest
 * per-conversation request rate the connector saw (must stay <= 7/1 s and <= 60/30 s).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { ConnectorMessenger } from '../src/connector/connector-messenger';
import { anonymousTokenProvider } from '../src/connector/token-provider';
import { createOutboxDispatcher } from '../src/delivery/outbox-dispatcher';
import { realSleep } from '../src/runtime/real-sleep';
import type { Store } from '../src/ports/store';
import { createStore } from '../src/storage/create-store';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 5000);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 50);
const RETRY_AFTER = process.env.BENCH_RETRY_AFTER ?? '1';
const PG_URL = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const TIME_LIMIT_MS = 8 * 60_000;

/** Deterministic "random" for the fake connector so runs are comparable. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

interface ConnectorStats {
  delivered: Map<string, number>;
  deliveredAt: Map<string, number>;
  requests: Map<string, number[]>;
  status: Record<string, number>;
}

async function startFakeConnector(seed: number) {
  const rnd = lcg(seed);
  const stats: ConnectorStats = { delivered: new Map(), deliveredAt: new Map(), requests: new Map(), status: {} };
  let n = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) return reply(res, 404, { error: { code: 'NotFound' } }, stats);
      const conv = decodeURIComponent(m[1]!);
      const times = stats.requests.get(conv) ?? [];
      times.push(Date.now());
      stats.requests.set(conv, times);
      const r = rnd();
      if (r < 0.2) return reply(res, 429, { error: { code: 'Throttled' } }, stats, { 'retry-after': RETRY_AFTER });
      if (r < 0.25) return reply(res, 500, { error: { code: 'ServiceError' } }, stats);
      const key = String((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { key: string }).key);
      stats.delivered.set(key, (stats.delivered.get(key) ?? 0) + 1);
      if (!stats.deliveredAt.has(key)) stats.deliveredAt.set(key, Date.now());
      reply(res, 201, { id: `act-${++n}` }, stats);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stats, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function reply(res: ServerResponse, status: number, body: unknown, stats: ConnectorStats, headers: Record<string, string> = {}) {
  stats.status[status] = (stats.status[status] ?? 0) + 1;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Most requests any conversation saw inside any window of `windowMs`. */
function busiest(requests: Map<string, number[]>, windowMs: number): number {
  let best = 0;
  for (const times of requests.values()) {
    let j = 0;
    for (let i = 0; i < times.length; i++) {
      while (times[i]! - times[j]! >= windowMs) j++;
      best = Math.max(best, i - j + 1);
    }
  }
  return best;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function runOnce(label: string, stores: Store[], seed: number) {
  const connector = await startFakeConnector(seed);
  const [store] = stores;
  const ref = (i: number) => ({ serviceUrl: connector.url, conversationId: `19:bench-${i % CONVERSATIONS}@thread.tacv2`, channelId: 'msteams' });
  const fillStart = Date.now();
  for (let i = 0; i < MESSAGES; i += 500) {
    await store!.transaction(async (tx) => {
      for (let k = i; k < Math.min(MESSAGES, i + 500); k++) {
        await tx.outbox.enqueue({ conversationRef: ref(k), activity: { type: 'message', key: `m${k}`, text: `bench ${k}` }, purpose: 'report' });
      }
    });
  }
  const fillMs = Date.now() - fillStart;
  const t0 = Date.now();
  const dispatchers = stores.map((s, i) =>
    createOutboxDispatcher({
      // batchSize below the conversation count so a second instance gets conversations too
      // (each conversation sticks to one instance; see claimDue).
      store: s, owner: `bench-${i}`, pollIntervalMs: 100, batchSize: 25, maxAttempts: 1000, sleep: realSleep,
      messenger: new ConnectorMessenger({ tokens: anonymousTokenProvider }),
    }),
  );
  dispatchers.forEach((d) => d.start());
  let health = await dispatchers[0]!.health();
  while (health.sent + health.failed < MESSAGES && Date.now() - t0 < TIME_LIMIT_MS) {
    await new Promise((r) => setTimeout(r, 200));
    health = await dispatchers[0]!.health();
  }
  const elapsedMs = Date.now() - t0;
  await Promise.all(dispatchers.map((d) => d.stop()));
  const perInstance = await Promise.all(dispatchers.map(async (d) => (await d.health()).delivered));
  await connector.close();

  const waits = [...connector.stats.deliveredAt.values()].map((t) => t - t0).sort((a, b) => a - b);
  const duplicates = [...connector.stats.delivered.values()].reduce((a, v) => a + (v - 1), 0);
  const result = {
    store: label,
    instances: stores.length,
    deliveredPerInstance: perInstance,
    messages: MESSAGES,
    conversations: CONVERSATIONS,
    fillMs,
    drainSeconds: +(elapsedMs / 1000).toFixed(1),
    messagesPerSecond: +(connector.stats.delivered.size / (elapsedMs / 1000)).toFixed(1),
    delivered: connector.stats.delivered.size,
    duplicatesSent: duplicates,
    failed: health.failed,
    longestWaitSeconds: +((waits[waits.length - 1] ?? 0) / 1000).toFixed(1),
    p50WaitSeconds: +(pct(waits, 50) / 1000).toFixed(1),
    p95WaitSeconds: +(pct(waits, 95) / 1000).toFixed(1),
    connectorResponses: connector.stats.status,
    busiestConversationPer1s: busiest(connector.stats.requests, 1000),
    busiestConversationPer30s: busiest(connector.stats.requests, 30_000),
  };
  console.log(JSON.stringify(result));
  return result;
}

async function main() {
  const results = [];
  const dir = await mkdtemp(join(tmpdir(), 'bench-delivery-'));
  try {
    const store = await createStore({ dataDir: dir });
    results.push(await runOnce('pglite (embedded, DATA_DIR on disk)', [store], 1));
    await store.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  if (process.env.BENCH_SKIP_PG !== '1') {
    for (const instances of [1, 2]) {
      const schema = `bench_${randomBytes(4).toString('hex')}`;
      const stores: Store[] = [];
      try {
        for (let i = 0; i < instances; i++) stores.push(await createStore({ databaseUrl: PG_URL, dataDir: '', schema }));
        results.push(await runOnce(`postgres (${PG_URL.replace(/\/\/[^@]*@/, '//')})`, stores, 1 + instances));
      } catch (e) {
        console.error(`postgres run skipped: ${(e as Error).message}`);
      } finally {
        for (const s of stores) await s.close();
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect().then(() => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).catch(() => undefined);
        await c.end().catch(() => undefined);
      }
    }
  }

  await mkdir('bench/out', { recursive: true });
  await writeFile('bench/out/delivery.json', JSON.stringify(results, null, 2));
  const bad = results.filter((r) => r.duplicatesSent > 0 || r.delivered !== MESSAGES || r.busiestConversationPer1s > 7 || r.busiestConversationPer30s > 60);
  if (bad.length) {
    console.error('FAILED: duplicates, undelivered messages or rate limit exceeded', bad.map((b) => b.store));
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
