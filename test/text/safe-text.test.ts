import { describe, expect, it } from 'vitest';
import { cutGraphemes, sanitizeJson, sanitizeText, truncateGraphemes } from '../../src/text/safe-text';

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('safe text', () => {
  it('drops NUL and replaces lone surrogates, keeping paired ones', () => {
    expect(sanitizeText('a\u0000b')).toBe('ab');
    expect(sanitizeText('x\uD83Dy')).toBe('x\uFFFDy');
    expect(sanitizeText('x\uDE00y')).toBe('x\uFFFDy');
    expect(sanitizeText('ok 😀 \uD83D')).toBe('ok 😀 \uFFFD');
    expect(sanitizeJson({ from: { name: 'Sam\u0000 \uD800' }, list: ['\uDFFF'], ['k\u0000']: 1 })).toEqual({ from: { name: 'Sam \uFFFD' }, list: ['\uFFFD'], k: 1 });
  });

  it('cuts by grapheme, never through an emoji, a flag or a combining mark', () => {
    const text = `${'x'.repeat(39)}😀 and more`;
    expect(text.slice(0, 40)).toMatch(LONE); // what a UTF-16 cut does
    expect(cutGraphemes(text, 40)).toBe('x'.repeat(39));
    expect(cutGraphemes('🇬🇧🇬🇧', 7)).toBe('🇬🇧');
    expect(cutGraphemes('🇬🇧🇬🇧', 3)).toBe('');
    expect(cutGraphemes('e\u0301e\u0301', 3)).toBe('e\u0301');
    expect(cutGraphemes('short', 40)).toBe('short');
    const long = `07700 900123 ${'😀'.repeat(400)}`;
    const cut = truncateGraphemes(long, 400);
    expect(cut.length).toBeLessThanOrEqual(400);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(LONE);
  });
});
