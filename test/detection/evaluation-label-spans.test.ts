/**
 * Nineteenth session (branch core19): where the scorer places a label's value (src/detection/evaluation.ts, labelSpans).
 */
import { describe, expect, it } from 'vitest';
import { labelSpans } from '../../src/detection/evaluation';

describe('a label value that also occurs inside a longer token', () => {
  it('is placed where it stands on its own', () => {
    const text = 'IBAN GB29NWBK60161331926819, sort code 601613 and account 31926819';
    const spans = labelSpans({ text, expect: [{ type: 'bank_account', value: '601613' }, { type: 'bank_account', value: '31926819' }] });
    expect(spans.map((s) => text.slice(s.start - 5, s.end))).toEqual(['code 601613', 'ount 31926819']);
  });

  it('falls back to the occurrence inside a token when there is no other', () => {
    const text = 'typed it as passport678401253 by mistake';
    const [span] = labelSpans({ text, expect: [{ type: 'passport', value: '678401253' }] });
    expect(text.slice(span.start, span.end)).toBe('678401253');
    expect(span.start).toBe(text.indexOf('678401253'));
  });

  it('still gives a repeated value its next occurrence', () => {
    const text = 'call 07700 900123 or 07700 900123';
    const spans = labelSpans({ text, expect: [{ type: 'phone', value: '07700 900123' }, { type: 'phone', value: '07700 900123' }] });
    expect(spans.map((s) => s.start)).toEqual([5, 21]);
  });
});
