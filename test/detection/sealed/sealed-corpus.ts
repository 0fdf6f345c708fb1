import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPost } from '../../../src/detection/evaluation';

/**
 * The sealed corpus (detect-sealed.jsonl) was written blind by someone who never saw the
 * engine, and is copied here unread. Nothing in the engine is tuned against it: tests and
 * the benchmark report aggregate figures only, never its posts, values or misses.
 */
export const SEALED = join(__dirname, 'detect-sealed.jsonl');
/**
 * A second sealed corpus, written blind in the fifth session (other voices and formats) after the first had been
 * measured many times in aggregate; measured once before it was committed (docs/detection.md).
 */
export const SEALED2 = join(__dirname, 'detect-sealed2.jsonl');
/**
 * A third sealed corpus, written blind in the sixth session (fourteen voices: lower case, no spaces, emoji, two values,
 * values at either end, fraud, cyber, collision...), committed unread and measured once for the final report.
 */
export const SEALED3 = join(__dirname, 'detect-sealed3.jsonl');
/**
 * A fourth sealed corpus, written blind in the seventh session (sixteen new voices), committed unread and measured
 * for the final report.
 */
export const SEALED4 = join(__dirname, 'detect-sealed4.jsonl');
/** Every dev corpus the detectors were tuned on, including the operational_use detector's own. */
export const DEV_SETS = [
  join(__dirname, '../../fixtures/staff-posts.jsonl'),
  join(__dirname, '../../fixtures/detect-dev-blind.jsonl'),
  join(__dirname, '../../fixtures/detect-dev3-blind.jsonl'),
  join(__dirname, '../../fixtures/detect-dev5-blind.jsonl'),
  join(__dirname, '../../fixtures/detect-dev6-blind.jsonl'),
  ...[7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28, 29, 30, 31, 32, 34].map((n) => join(__dirname, `../../fixtures/detect-dev${n}-blind.jsonl`)).filter((f) => existsSync(f)),
  join(__dirname, '../../fixtures/detect-dev26-clean.jsonl'),
  join(__dirname, '../../fixtures/detect-dev27-core.jsonl'),
  join(__dirname, '../../fixtures/detect-dev27-names.jsonl'),
  join(__dirname, '../../fixtures/detect-dev27-health.jsonl'),
  join(__dirname, '../../fixtures/detect-dev28-core.jsonl'),
  join(__dirname, '../../fixtures/detect-dev28-opuse.jsonl'),
  join(__dirname, '../../fixtures/detect-dev28-opuse2.jsonl'),
  join(__dirname, '../../fixtures/detect-dev28-opuse3.jsonl'),
  join(__dirname, '../../fixtures/detect-dev28-opuse4.jsonl'),
  join(__dirname, '../../fixtures/detect-dev29-core-check.jsonl'),
  join(__dirname, '../../fixtures/detect-dev29-nh-check.jsonl'),
  join(__dirname, '../../fixtures/detect-dev29-review-clean.jsonl'),
  join(__dirname, '../../fixtures/detect-dev30-core-learnt-check.jsonl'),
  join(__dirname, '../../fixtures/detect-dev30-names-learnt-check.jsonl'),
  join(__dirname, '../../fixtures/detect-dev30-health-learnt-check.jsonl'),
  join(__dirname, '../../fixtures/detect-dev31-core-check.jsonl'),
  join(__dirname, '../../fixtures/detect-dev31-health-check.jsonl'),
  join(__dirname, '../../fixtures/detect-dev33-core.jsonl'),
  join(__dirname, '../../fixtures/detect-dev33-review-clean.jsonl'),
  join(__dirname, '../../fixtures/detect-dev35-review-clean.jsonl'),
  join(__dirname, '../../fixtures/detect-dev37-review-clean.jsonl'),
  join(__dirname, '../operational/dev.jsonl'),
  join(__dirname, '../operational/dev3.jsonl'),
  join(__dirname, '../operational/dev4.jsonl'),
];

export function loadPosts(file: string): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPost);
}

export function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, ext) : full.endsWith(ext) ? [full] : [];
  });
}

/** Core types: everything but person_name and health, which have their own floors. */
export const NOT_CORE = new Set(['person_name', 'health']);
