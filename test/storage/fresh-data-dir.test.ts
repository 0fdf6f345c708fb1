/**
 * First start on a new volume: DATA_DIR does not exist yet and CACHE_DIR is left at its default
 * (<DATA_DIR>/cache). The language cache is built before the store opens, so it is what creates
 * DATA_DIR; it used to create it 0755, and the store then refused to start ("has mode 0755").
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app';
import { loadConfig } from '../../src/config/load-config';
import { createLogger } from '../../src/logging/create-logger';

describe('first start on a DATA_DIR that does not exist yet', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
  });

  it('starts, with DATA_DIR and its language cache created private (0700)', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'policy-bot-fresh-'));
    cleanup.push(() => rm(parent, { recursive: true, force: true }));
    const dataDir = join(parent, 'volume', 'policy-bot');
    const config = loadConfig({ PORT: '3978', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    expect(config.cacheDir).toBe(join(dataDir, 'cache'));
    const logger = createLogger('warn', new Writable({ write: (_chunk, _enc, done) => done() }));
    const app = await buildApp({ ...config, port: 0 } as typeof config, { logger });
    cleanup.push(() => app.stop());
    expect((await stat(dataDir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dataDir, 'cache'))).mode & 0o777).toBe(0o700);
  }, 300_000);
});
