import { describe, expect, it } from 'vitest';
import { eachMatchNear } from '../../src/detection/text-utils';

describe('eachMatchNear', () => {
  it('finds matches only in windows around the given offsets, with absolute offsets', () => {
    const text = 'B2 far away ........................................ graded B2 here';
    const found: Array<[number, string]> = [];
    eachMatchNear(/\b[A-E][1-5]\b/g, text, [text.indexOf('graded')], 5, 20, (m) => found.push([m.index, m[0]]));
    expect(found).toEqual([[text.lastIndexOf('B2'), 'B2']]);
  });

  it('widens windows to word edges so \\b behaves as on the whole text', () => {
    const text = 'XXXXB2 graded';
    const found: string[] = [];
    eachMatchNear(/\b[A-E][1-5]\b/g, text, [text.indexOf('graded')], 3, 10, (m) => found.push(m[0]));
    expect(found).toEqual([]);
  });
});
