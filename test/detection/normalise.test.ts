import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { normaliseForScan, toOriginal } from '../../src/detection/normalise';

/** The finding of `type` in `text`, with the substring its offsets point at in the text as written. */
function found(text: string, type: string): string | undefined {
  const f = scan({ text }).find((x) => x.type === type);
  return f ? text.slice(f.start, f.end) : undefined;
}

describe('scanning what a reader sees (NFKC, hidden characters removed)', () => {
  it('leaves ASCII and already-normal text untouched (no offset map)', () => {
    expect(normaliseForScan('ring 07700 900215').starts).toBeUndefined();
    expect(normaliseForScan('café 😀 07700 900215').starts).toBeUndefined();
  });

  it('finds full-width digits and letters, with offsets into the original text', () => {
    expect(found('call me on ０７７００ ９００２１５ ta', 'phone')).toBe('０７７００ ９００２１５');
    expect(found('email ｊｏｅ.ｂｌｏｇｇｓ@ｇｍａｉｌ.ｃｏｍ please', 'email')).toBe('ｊｏｅ.ｂｌｏｇｇｓ@ｇｍａｉｌ.ｃｏｍ');
  });

  it('sees through zero-width characters and soft hyphens inside a value', () => {
    const text = 'ring 077\u200B00 900\u200D215 or 07700\u00AD900216';
    const phones = scan({ text }).filter((f) => f.type === 'phone').map((f) => text.slice(f.start, f.end));
    expect(phones).toEqual(['077\u200B00 900\u200D215', '07700\u00AD900216']);
  });

  it('reads a right-to-left override in display order', () => {
    // Displayed as "07700 900215": the override reverses the stored characters.
    const text = 'mob \u202E512009 00770\u202C ok';
    expect(found(text, 'phone')).toBe('512009 00770');
    const f = scan({ text }).find((x) => x.type === 'phone');
    expect(f?.masked).toBe('07700 9•••15');
  });

  it('ignores other bidi controls and keeps offsets right after them', () => {
    const text = '\u2067\u200E\u2069 nino QQ123456C and sort code 40-47-84';
    expect(found(text, 'nino')).toBe('QQ123456C');
    expect(found(text, 'bank_account')).toBe('40-47-84');
  });

  it('maps an expansion (ligature) to the whole source character', () => {
    const n = normaliseForScan('ﬁle 07700 900215');
    expect(n.text).toBe('file 07700 900215');
    expect(toOriginal(n, 0, 2)).toEqual([0, 1]);
    expect(toOriginal(n, 5, 17)).toEqual([4, 16]);
  });

  it('reads overrides in ASCII text with unit-by-unit offsets, a newline ending an override', () => {
    const n = normaliseForScan('a\u202Ebc d\u202Cx\u202Eyz\nw\u200Bv');
    // "bc d" is displayed reversed; the override after "x" ends at the newline; the zero-width space vanishes.
    expect(n.text).toBe('ad cbxzy\nwv');
    expect(Array.from(n.starts ?? [])).toEqual([0, 5, 4, 3, 2, 7, 10, 9, 11, 12, 14]);
    expect(Array.from(n.ends ?? [])).toEqual([1, 6, 5, 4, 3, 8, 11, 10, 12, 13, 15]);
    expect(toOriginal(n, 1, 5)).toEqual([2, 6]);
  });

  it('treats an override followed by a combining mark as one character that does nothing', () => {
    // U+034F is hidden and a combining mark: the override and the mark form one segment, dropped whole.
    expect(normaliseForScan('ab\u202E\u034Fcd').text).toBe('abcd');
    expect(normaliseForScan('ab\u202Ecd').text).toBe('abdc');
  });
});

describe('quotes and typed dashes in the scan view (fourteenth session, found by native scans)', () => {
  it('drops quotes around a value after apostrophes and unquoted phrases earlier in the post', () => {
    expect(normaliseForScan(`Sam's note: 'see file' then 'AB12345' and "77" done`).text).toBe(`Sam's note: 'see file' then AB12345 and 77 done`);
    expect(normaliseForScan(`it's 'ok' and it's '4471'`).text).toBe(`it's 'ok' and it's 4471`);
  });

  it('drops curly quotes only in text that has them, beside other non-ASCII characters', () => {
    const n = normaliseForScan('café order “88213” and ‘B7’, 12–03–1990');
    expect(n.text).toBe('café order 88213 and B7, 12-03-1990');
    expect(toOriginal(n, 11, 16)).toEqual([12, 17]);
    expect(normaliseForScan('café “quiet” night – no figures').text).toBe('café “quiet” night – no figures');
  });

  it('leaves text with no quote, mark or typed dash as it is', () => {
    expect(normaliseForScan('plain words only 12 3').starts).toBeUndefined();
    expect(normaliseForScan('naïve plain words 12 3').text).toBe('naïve plain words 12 3');
  });
});
