import { describe, expect, it } from 'vitest';
import { dipSamplingFigures, dipSamplingLines, wilsonInterval } from '../../src/reports/dip-sampling-figures';

describe('Wilson 95% interval', () => {
  // Reference values from Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I.
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i gives %f to %f', (found, n, low, high) => {
    const interval = wilsonInterval(found, n)!;
    expect(interval.low).toBeCloseTo(low, 3);
    expect(interval.high).toBeCloseTo(high, 3);
  });

  it('has no estimate without reviews, and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
  });

  it('turns store counts into the report figures and lines', () => {
    const figures = dipSamplingFigures({ sampled: 12, reviewed: 10, flagged: 1 });
    expect(figures).toMatchObject({ pending: 2, foundShare: 0.1 });
    expect(dipSamplingLines(figures).at(-1)![1]).toBe('10.0% (95% interval 1.8% to 40.4%, Wilson, n = 10)');
    expect(dipSamplingLines(dipSamplingFigures({ sampled: 3, reviewed: 0, flagged: 0 })).at(-1)![1]).toBe('No samples reviewed yet');
  });
});
