/**
 * Vitest global setup: builds the migrated PGlite template once for the whole run and hands its path to every test
 * file (`inject('pgliteTemplatePath')`, read by test-store.ts). Without it, each test file paid PGlite's initdb (2 s
 * alone, 10 s and more on a loaded two-core CI machine) before its first store, which pushed the bot start-up hooks
 * of the HTTP suites towards the hook timeout.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { silentLogger } from '../../src/ports/logger';
import { migrate } from '../../src/storage/migrate';
import { openPgliteDatabase } from '../../src/storage/pglite-database';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-bot-pglite-template-'));
  const db = await openPgliteDatabase({});
  await migrate(db, { logger: silentLogger });
  const dump = await db.dump();
  await db.close();
  const file = join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', file);
  return () => rm(dir, { recursive: true, force: true });
}
