import { describe, expect, it } from 'vitest';
import { removePersonalInfo } from '../../src/status';

/** A finding for the first occurrence of `value` (so these tests don't depend on detector coverage). */
function at(text: string, value: string, type = 'person_name') {
  const start = text.indexOf(value);
  if (start < 0) throw new Error(`"${value}" not in "${text}"`);
  return { type, start, end: start + value.length, masked: '•••' };
}

function rewrite(text: string, ...values: Array<[string, string?]>): string {
  return removePersonalInfo(text, values.map(([value, type]) => at(text, value, type)));
}

describe('removePersonalInfo', () => {
  it('returns the text unchanged when there is nothing to remove', () => {
    expect(removePersonalInfo('Working on the ASB plan', [])).toBe('Working on the ASB plan');
  });

  it.each([
    ['Working on the ASB plan, ring me on 07700 900123', '07700 900123', 'Working on the ASB plan.'],
    ['Working on the ASB plan, call me on 07700 900123 for details', '07700 900123', 'Working on the ASB plan.'],
    ['Working on the ASB plan; my mobile is 07700 900123', '07700 900123', 'Working on the ASB plan.'],
    ['Working on the ASB plan and whatsapp me on 07700 900123', '07700 900123', 'Working on the ASB plan.'],
    ['email me at jo@example.com about the custody audit', 'jo@example.com', ''],
    ['Custody audit - contact me via jo@example.com', 'jo@example.com', 'Custody audit.'],
    ['Planning the awards, I live at 12 High Street', '12 High Street', 'Planning the awards.'],
    ['Born on 01/02/1980 and working on the rota', '01/02/1980', 'Working on the rota.'],
  ])('contact phrases: %s', (text, value, expected) => {
    expect(rewrite(text, [value, 'phone'])).toBe(expected);
  });

  it('takes a bare name with its preposition', () => {
    expect(rewrite('Reviewing the rota with Sarah Jones this week', ['Sarah Jones'])).toBe('Reviewing the rota this week.');
    expect(rewrite('Meeting at 12 High Street about the ASB plan', ['12 High Street', 'address'])).toBe('Meeting about the ASB plan.');
  });

  it('takes a label with its value', () => {
    expect(rewrite('Working on crime ref 12345/22 with CID', ['12345/22', 'crime_reference'])).toBe('Working with CID.');
    expect(rewrite('Reg: AB12 CDE parked at HQ', ['AB12 CDE', 'vehicle_registration'])).toBe('Parked at HQ.');
  });

  it('handles several findings and tidies the joins', () => {
    const text = 'Rota review, ring me on 07700 900123 or email jo@example.com, thanks';
    expect(rewrite(text, ['07700 900123', 'phone'], ['jo@example.com', 'email'])).toBe('Rota review, thanks.');
  });

  it('keeps a question mark and capitalises each sentence', () => {
    expect(rewrite('anyone done the PACE update? text me 07700 900123. then the rota', ['07700 900123', 'phone'])).toBe('Anyone done the PACE update? Then the rota.');
  });

  it('ignores findings whose offsets are out of range', () => {
    expect(removePersonalInfo('Short', [{ type: 'phone', start: 10, end: 20, masked: '•' }])).toBe('Short.');
  });
});
