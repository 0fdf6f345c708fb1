import { describe, expect, it } from 'vitest';
import { findNumberRuns } from '../../src/detection/number-runs';

describe('findNumberRuns', () => {
  it('joins digit groups with single separators and records their shape', () => {
    const text = 'ring +44 (0)7700 900215 or 40-47-84 now';
    const runs = findNumberRuns(text);
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual(['+44 (0)7700 900215', '40-47-84']);
    expect(runs[0]).toMatchObject({ plus: true, digits: '4407700900215', digitCount: 13 });
    expect(runs[1].groups).toEqual([2, 2, 2]);
  });

  it('ignores short runs (times, counts, collar numbers)', () => {
    expect(findNumberRuns('PC 1234 at 09:30 in room 1.07, 3 cars')).toEqual([]);
  });

  it('does not join across a sentence break', () => {
    const runs = findNumberRuns('Ref 123456. 789012 next');
    expect(runs.map((r) => r.digitCount)).toEqual([6, 6]);
  });

  it('caps the digits it keeps for an over-long run but counts them all', () => {
    const [run] = findNumberRuns('9'.repeat(100_000));
    expect(run.digitCount).toBe(100_000);
    expect(run.digits.length).toBeLessThanOrEqual(24);
  });
});
