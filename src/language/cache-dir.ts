import { join } from 'node:path';

/**
 * Where derived language data (the quantised word-vector table, clause vectors) is cached.
 * The bot passes `<DATA_DIR>/cache`; tools without a config use the package's
 * `node_modules/.cache/policy-bot`, which survives between runs and is never committed.
 */
export function defaultCacheDir(packageRoot: string): string {
  return join(packageRoot, 'node_modules', '.cache', 'policy-bot');
}
