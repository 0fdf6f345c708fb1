/**
 * The engine the detection bench measures. By default the tsc-compiled build in dist/, which
 * is what ships (`policy-bot` runs dist/src/cli/main.js): under tsx the sources go through
 * esbuild, which wraps every named closure in a `__name` call, so timing src/ times code that
 * never ships. `npm run bench:detect` builds first; BENCH_ENGINE=src measures the sources
 * through tsx instead (to compare the two, or to bench without building).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as Detection from '../../src/detection';
import type * as Evaluation from '../../src/detection/evaluation';
import type * as JsonLines from '../../src/cli/json-lines';

const ROOT = join(__dirname, '../..');
export const ENGINE_FROM: 'dist' | 'src' = process.env.BENCH_ENGINE === 'src' ? 'src' : 'dist';
const DIST = join(ROOT, 'dist/src');

function load<T>(relative: string): T {
  const compiled = join(DIST, `${relative}.js`);
  if (ENGINE_FROM === 'dist' && !existsSync(compiled)) throw new Error(`${compiled} is missing: run \`npm run build\` (or BENCH_ENGINE=src)`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(ENGINE_FROM === 'dist' ? compiled : join(ROOT, 'src', relative)) as T;
}

export const detection = load<typeof Detection>('detection/index');
export const evaluation = load<typeof Evaluation>('detection/evaluation');
export const jsonLines = load<typeof JsonLines>('cli/json-lines');

/** The shipped CLI entry point and how node runs it (plain node for the build; tsx for the sources). */
export const CLI_ENTRY: { nodeArgs: string[]; script: string } =
  ENGINE_FROM === 'dist' ? { nodeArgs: [], script: join(DIST, 'cli/main.js') } : { nodeArgs: ['--import', 'tsx'], script: join(ROOT, 'src/cli/main.ts') };

/**
 * Another build to measure side by side with this one (a before/after in one run):
 * BENCH_BASELINE=<a dist/ folder>, e.g. the build of the base commit. Absent by default.
 */
export const BASELINE_DIST = process.env.BENCH_BASELINE ? join(process.env.BENCH_BASELINE) : undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const baseline = BASELINE_DIST ? (require(join(BASELINE_DIST, 'src/detection/index.js')) as typeof Detection) : undefined;

/**
 * The sources through tsx, to measure next to the build in one run (what the esbuild transform
 * costs): loaded only when asked (BENCH_TSX=1), as a second copy of the engine.
 */
export function sourceEngine(): typeof Detection | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return ENGINE_FROM === 'dist' && process.env.BENCH_TSX ? (require(join(ROOT, 'src/detection')) as typeof Detection) : undefined;
}
