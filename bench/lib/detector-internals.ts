import { join } from 'node:path';

/** A detector as the scanner drives it: `needs` (its gate) then `run`. */
export type BenchDetector = { id: string; needs(c: unknown): boolean; run(c: unknown, o: unknown[]): void };

/**
 * The detectors of one build (a `src/detection` or `dist/src/detection` folder) and a scan context per post, made the
 * way the scanner makes them, for the benches that time detectors one by one. Loaded with require so a bench can point
 * at another build's folder without loading this one's.
 */
export function detectorInternals(detectionDir: string): { detectors: BenchDetector[]; context: (text: string) => unknown } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (m: string): any => require(join(detectionDir, m));
  const { DETECTORS, SCAN_TABLES } = load('detectors/registry') as { DETECTORS: BenchDetector[]; SCAN_TABLES: unknown };
  const { ScanContext } = load('scan-context');
  const config = load('config').parseDetectionConfig({});
  const { normaliseForScan } = load('normalise');
  return { detectors: DETECTORS, context: (text: string) => new ScanContext(normaliseForScan(text).text, config, SCAN_TABLES, true) };
}
