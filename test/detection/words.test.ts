import { describe, expect, it } from 'vitest';
import { END, FIELDS, FIRST_LOWER, FIRST_UPPER, START, TAIL, readWords, type Words } from '../../src/detection/words';
import { ScanContext } from '../../src/detection/scan-context';
import { SCAN_TABLES } from '../../src/detection/detectors/registry';

/** Each word's fields as a tuple: [start, end, first upper, tail, first lower]. */
function fields(words: Words): number[][] {
  const out: number[][] = [];
  for (let w = 0; w < words.count; w++) {
    const at = w * FIELDS;
    out.push([words.data[at + START], words.data[at + END], words.data[at + FIRST_UPPER], words.data[at + TAIL], words.data[at + FIRST_LOWER]]);
  }
  return out;
}

describe('the words of a post (words.ts)', () => {
  it('reads runs of letters, apostrophes and hyphens with where their case changes', () => {
    expect(fields(readWords("McDonald o'neil, ABC 12 x-Y"))).toEqual([
      [0, 8, 0, 3, 1], // McDonald: first capital 0, its lower-case tail opens after the D
      [9, 15, 15, 9, 9], // o'neil: no capital
      [17, 20, 17, 20, 20], // ABC: no lower-case letter
      [24, 27, 26, 27, 24], // x-Y
    ]);
    expect(readWords('12, 34 é').count).toBe(0);
  });
  it('grows past its first guess on a wall of one-letter words', () => {
    const text = 'a '.repeat(5000);
    const words = readWords(text);
    expect(words.count).toBe(5000);
    expect(words.data[(words.count - 1) * FIELDS + START]).toBe(9998);
  });
  it("a post reads its words again when another post's words replaced them in the shared buffer", () => {
    const a = new ScanContext('kyle brannigan spotted', { allowedEmailDomains: [] }, SCAN_TABLES);
    const b = new ScanContext('Some Other Longer Post Here With Words', { allowedEmailDomains: [] }, SCAN_TABLES);
    const first = fields(a.words);
    expect(fields(b.words)).toEqual(fields(readWords(b.text)));
    expect(fields(a.words)).toEqual(first);
    expect(first).toEqual(fields(readWords(a.text)));
  });
});
