import { describe, expect, it } from 'vitest';
import { contains } from '../../src/detection/char-presence';
import { mayHoldCapitalSurnameFirst } from '../../src/detection/detectors/name-surname-first';

/**
 * Twentieth session (speed20b): `contains(text, needle)` stands in for `text.indexOf(needle) >= 0` in front of the
 * whole-post searches, reading a per-text summary of the characters present. It must answer exactly as indexOf does,
 * whatever the text (ASCII, typed quotes, other scripts, characters whose codes share a hash bit) and however many
 * texts are asked in turn (the summaries of the last four are kept).
 */
describe('contains (char-presence.ts)', () => {
  const alphabet = ['a', 'b', 's', 'T', '2', '0', '9', ' ', '\n', ':', '(', ')', '-', '@', '*', '`', '~', "'", '"', '\u2018', '\u2019', '\u201c', 'é', 'ő', '\u0119', 'Ā', '\u0080', '😀'];
  const needles = ['', 'a', ' ', 'dot ', 'T20', '999', "'s ", '\u2019s ', '~~', ':\n', '\u2018', '\u201c', 'é', 'ő', '\u0119', 'Ā', '\u0080', '😀', 'sort', 'ab', 'z', '\u0198', '\u0218'];
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const randomText = (): string => Array.from({ length: next(40) }, () => alphabet[next(alphabet.length)]).join('');

  it('answers as indexOf for random texts and needles, texts asked in turn and again', () => {
    const texts = Array.from({ length: 400 }, randomText).concat(['', 'dot ', 'T20 999', 'the dot com', 'Ā\u0080']);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < texts.length; i++) {
        // Interleave up to six texts, more than the four summaries kept.
        for (const t of [texts[i], texts[(i * 7) % texts.length], texts[(i * 13) % texts.length].toLowerCase(), texts[i], texts[(i + 1) % texts.length], texts[(i * 3) % texts.length]]) {
          for (const n of needles) expect(contains(t, n), `${JSON.stringify(t)} ${JSON.stringify(n)}`).toBe(t.indexOf(n) >= 0);
        }
      }
    }
  });

  it('a character sharing a hash bit with one present is still searched, not assumed', () => {
    // 'Ā' (0x100) and '\u0080' share the hashed bit 128 + 0; '‘' (0x2018) and '’' (0x2019) do not.
    expect(contains('Ā only', '\u0080')).toBe(false);
    expect(contains('x\u0080y', 'Ā')).toBe(false);
    expect(contains('x\u0080y', '\u0080')).toBe(true);
    expect(contains('it\u2019s here', '\u2018')).toBe(false);
    expect(contains('it\u2019s here', '\u2019s ')).toBe(true);
    expect(contains('sort code', 'sort')).toBe(true);
    expect(contains('s o r t', 'sort')).toBe(false);
  });

  it('the same content in a different string object gets the same answer', () => {
    const a = ['call ', '999', ' now'].join('');
    const b = `call ${'9'.repeat(3)} now`;
    expect(contains(a, '999')).toBe(true);
    expect(contains(b, '999')).toBe(true);
    expect(contains(b.replace('999', '998'), '999')).toBe(false);
  });
});

describe('mayHoldCapitalSurnameFirst (a character loop since speed20b)', () => {
  it('finds a capitals word of four or more, a space, a capital and a lower-case letter', () => {
    expect(mayHoldCapitalSurnameFirst('served on DWYER Ryan today')).toBe(true);
    expect(mayHoldCapitalSurnameFirst("O'NEIL Sean")).toBe(true);
    expect(mayHoldCapitalSurnameFirst('KHAN Amir')).toBe(true);
  });
  it('not three capitals, nor a lower-case word after, nor at the very start', () => {
    expect(mayHoldCapitalSurnameFirst('the BBC Said so')).toBe(false);
    expect(mayHoldCapitalSurnameFirst('ANPR hit on the car')).toBe(false);
    expect(mayHoldCapitalSurnameFirst('AB Cd')).toBe(false);
    expect(mayHoldCapitalSurnameFirst('')).toBe(false);
    expect(mayHoldCapitalSurnameFirst('DWYER')).toBe(false);
  });
});
