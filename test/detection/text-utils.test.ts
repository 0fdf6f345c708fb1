import { describe, expect, it } from 'vitest';
import { eachMatchNear, listHeader } from '../../src/detection/text-utils';

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

describe('listHeader (ninth session)', () => {
  const text = 'intro line\nheader here:\n- one 111\n- two 222\n* three 333\nafter the list 444';
  it('returns the line above the first item of the list holding the position', () => {
    expect(listHeader(text, text.indexOf('333'))).toBe('header here:');
    expect(listHeader(text, text.indexOf('111'))).toBe('header here:');
  });
  it('is empty off a list, for a list opening the text, and beyond its reach', () => {
    expect(listHeader(text, text.indexOf('444'))).toBe('');
    expect(listHeader('- a 1\n- b 2', 9)).toBe('');
    expect(listHeader(text, text.indexOf('333'), 2)).toBe('');
  });
});
