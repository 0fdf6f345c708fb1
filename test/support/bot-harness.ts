/**
 * Builds the real app (config, store, policy index, scanner, bot, restify server) and listens on
 * an ephemeral port, so tests drive it through POST /api/messages exactly as Teams would.
 * Only the network is stubbed: nock blocks everything except this loopback server.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp, type BuiltApp } from '../../src/app/build-app';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/create-logger';
import type { Clock } from '../../src/ports/clock';
import type { Store } from '../../src/ports/store';
import { captureConnector, type ConnectorCapture } from './connector-capture';
import { createTestStore, type TestStoreContext } from './test-store';

export interface BotHarness {
  app: BuiltApp;
  store: TestStoreContext['store'];
  baseUrl: string;
  /** Every log line the app wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  post(activity: unknown, init?: { headers?: Record<string, string>; rawBody?: string }): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

/** Word-vector table and clause vectors are built once per machine, not once per test's temp DATA_DIR. */
const sharedCacheDir = join(__dirname, '..', '..', 'node_modules', '.cache', 'policy-bot');

export async function startBot(options: { env?: Record<string, string>; clock?: Clock; adapter?: 'pglite' | 'postgres'; store?: Store } = {}): Promise<BotHarness> {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
  const dataDir = await mkdtemp(join(tmpdir(), 'policy-bot-test-'));
  const config = loadConfig({ PORT: '3978', HOST: '127.0.0.1', DATA_DIR: dataDir, CACHE_DIR: sharedCacheDir, LOG_LEVEL: 'debug', OUTBOX_POLL_MS: '50', SENTENCE_ENCODER: 'off', ...options.env });
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger('debug', sink);
  // A store passed in (fault injection) belongs to the test, which closes it.
  const storeCtx: Pick<TestStoreContext, 'store' | 'cleanup'> = options.store
    ? { store: options.store, cleanup: async () => undefined }
    : await createTestStore(options.adapter ?? 'pglite', { clock: options.clock });
  const app = await buildApp({ ...config, port: 0 } as typeof config, { logger, store: storeCtx.store, clock: options.clock });
  const { port } = await app.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    store: storeCtx.store,
    baseUrl,
    logs,
    async post(activity, init = {}) {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...init.headers },
        body: init.rawBody ?? JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* plain text body */
      }
      return { status: response.status, body };
    },
    async stop() {
      await app.stop();
      await storeCtx.cleanup();
      nock.cleanAll();
      nock.enableNetConnect();
    },
  };
}

/**
 * The usual set-up for an HTTP test file: one bot for the file, and a fresh connector capture
 * (with earlier nock interceptors cleared) before each test.
 */
export function useBot(options: Parameters<typeof startBot>[0] = {}): { readonly bot: BotHarness; readonly connector: ConnectorCapture } {
  let bot: BotHarness | undefined;
  let connector: ConnectorCapture | undefined;
  beforeAll(async () => {
    bot = await startBot(options);
  });
  afterAll(async () => {
    await bot?.stop();
  });
  beforeEach(() => {
    nock.cleanAll();
    connector = captureConnector();
  });
  return {
    get bot() {
      if (!bot) throw new Error('the bot starts in beforeAll');
      return bot;
    },
    get connector() {
      if (!connector) throw new Error('the connector capture starts in beforeEach');
      return connector;
    },
  };
}
