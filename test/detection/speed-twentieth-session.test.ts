import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { learntKeys, learntScore, type LearntWeights } from '../../src/detection/detectors/operational-use-learnt-features';
import { intWeights, learntCertainlyBelow } from '../../src/detection/detectors/operational-use-learnt-bound';
import { readTable } from '../../src/detection/detectors/operational-use-learnt';
import { LEARNT_BIAS, LEARNT_KEYS, LEARNT_THRESHOLD, LEARNT_WEIGHTS } from '../../src/detection/detectors/operational-use-weights.generated';

/**
 * Twentieth session (speed): the learnt operational_use scorer is skipped when an exact integer score says the post is
 * under its threshold (operational-use-learnt-bound.ts). The gate must read the same keys as learntKeys and never skip
 * a post learntScore would put at or over the line.
 */
const FIXTURES = join(__dirname, '../fixtures');
const devTexts = (): string[] =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(FIXTURES, f), 'utf8').split('\n'))
    .filter((l) => l.trim())
    .map((l) => {
      try {
        return String((JSON.parse(l) as { text?: unknown }).text ?? '');
      } catch {
        return '';
      }
    })
    .filter((t) => t.length > 0);

const MINE = [
  "can anyone on lates take over the scene at the retail park? need another pair of hands asap",
  'who’s the on-call inspector tonight, control can’t get hold of them',
  'reminder: the team meeting is moved to thursday at 10, bring your own mugs',
  'the 2 vans and 3 officers at 14 oak road, still waiting on backup',
  "x".repeat(5000),
  "a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 ".repeat(80),
];

describe('learnt operational_use: the exact integer gate', () => {
  const model = readTable(LEARNT_BIAS, LEARNT_KEYS, LEARNT_WEIGHTS);
  const table = intWeights(model);
  const zLine = Math.log(LEARNT_THRESHOLD / (1 - LEARNT_THRESHOLD));

  it('never skips a post the scorer puts at or over its line (every dev corpus and hand-written posts)', () => {
    let skipped = 0;
    for (const text of [...devTexts(), ...MINE]) {
      const lower = text.toLowerCase();
      if (!learntCertainlyBelow(lower, table, zLine)) continue;
      skipped++;
      expect(learntScore(learntKeys(lower), model), text.slice(0, 60)).toBeLessThan(LEARNT_THRESHOLD);
    }
    expect(skipped).toBeGreaterThan(1000);
  });

  it('reads the same distinct keys and sum as learntKeys: a made-up table of the post’s own keys, the line moved across the score', () => {
    for (const text of MINE) {
      const lower = text.toLowerCase();
      const keys = learntKeys(lower);
      // Weights of whole thousandths on every other key of the post, and one key the post lacks.
      const weights = new Map<number, number>(keys.filter((_, i) => i % 2 === 0).map((k, i) => [k, ((i % 7) - 3) / 1000 + (i % 3)] as [number, number]));
      weights.set(((keys[0] ?? 0) + 1) & 0xfffff, 9);
      const m: LearntWeights = { bias: -0.25, weights };
      const t = intWeights(m);
      const z = Math.log(learntScore(keys, m) / (1 - learntScore(keys, m)));
      expect(learntCertainlyBelow(lower, t, z + 1e-4 + 1e-6), text.slice(0, 40)).toBe(true);
      expect(learntCertainlyBelow(lower, t, z + 1e-4 - 1e-6), text.slice(0, 40)).toBe(false);
    }
  });

  it('refuses a weight table not in whole thousandths', () => {
    expect(() => intWeights({ bias: 0, weights: new Map([[1, 0.0005]]) })).toThrow();
  });
});
