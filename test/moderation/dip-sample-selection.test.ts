import { describe, expect, it } from 'vitest';
import { samplePosition } from '../../src/app/sample-selector';
import { isSelected } from '../../src/moderation/dip-sample-intake';
import { parseSamplingChange } from '../../src/moderation/dip-sample-settings';

const KEY = 'a'.repeat(64);

describe('dip-sample selection by keyed hash', () => {
  it('gives the same answer for the same id every time (redelivery, another instance)', () => {
    const ids = Array.from({ length: 50 }, (_, i) => String(1732398112345 + i));
    expect(ids.map((id) => samplePosition(KEY, id))).toEqual(ids.map((id) => samplePosition(`${KEY}`, id)));
  });

  it('depends on the key, so nobody can predict which posts are picked without it', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `msg-${i}`);
    const a = ids.filter((id) => isSelected(samplePosition(KEY, id), 10));
    const b = ids.filter((id) => isSelected(samplePosition('b'.repeat(64), id), 10));
    expect(a).not.toEqual(b);
  });

  it('is uniform: the share selected tracks the rate (10,000 ids)', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => String(1_700_000_000_000 + i * 7));
    for (const rate of [1, 2, 10, 50]) {
      const share = ids.filter((id) => isSelected(samplePosition(KEY, id), rate)).length / ids.length;
      // Four standard errors either side.
      const se = Math.sqrt((rate / 100) * (1 - rate / 100) / ids.length);
      expect(Math.abs(share - rate / 100)).toBeLessThan(4 * se);
    }
    expect(ids.some((id) => isSelected(samplePosition(KEY, id), 0))).toBe(false);
  });
});

describe('the "sample" command text', () => {
  it.each([
    ['2%', { ratePercent: 2 }],
    ['0.5 %', { ratePercent: 0.5 }],
    ['off', { ratePercent: 0 }],
    ['2% cap 40', { ratePercent: 2, weeklyCap: 40 }],
    ['cap 40', { weeklyCap: 40 }],
    ['5% 30 a week', { ratePercent: 5, weeklyCap: 30 }],
  ])('"%s"', (text, expected) => {
    expect(parseSamplingChange(text)).toEqual(expected);
  });

  it.each(['lots', '', '2', '80%', 'cap 0', '2% cap'])('rejects "%s" with the syntax', (text) => {
    expect(parseSamplingChange(text)).toHaveProperty('problem');
  });
});
