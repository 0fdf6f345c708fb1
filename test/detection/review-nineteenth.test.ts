/**
 * Review of the nineteenth session (branch rev19): the narrowings of core19's rules after a precision review
 * (docs/detection.md, "Nineteenth session: precision review of core19"). Sentences of our own: each negative was flagged
 * by integration after core19, each positive is still read.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a passport series with another thing\'s label right before it', () => {
  it('leaves codes, tags, parts, bookings and "logged as" in a passport sentence', () => {
    expect(found('passport photo machine broken, asset tag WX 118204 on the side', 'passport')).toEqual([]);
    expect(found('passport awareness is module PF 330912 on the portal', 'passport')).toEqual([]);
    expect(found('taxi to the passport office booked, booking JT 920331', 'passport')).toEqual([]);
    expect(found('passport scanner fault logged under GD 441290 yesterday', 'passport')).toEqual([]);
  });
  it('still reads the series after the passport word', () => {
    expect(found('his passport is RT 558102, seized at the port', 'passport')).toEqual(['RT 558102']);
    expect(found('Ukrainian passport: ks330219 for the mother', 'passport')).toEqual(['ks330219']);
  });
});

describe('passport digit groups that are hours, years or amounts', () => {
  it('leaves every group a clock time or a year, and a unit after', () => {
    expect(found('passport 0900 1700 weekdays at the local office', 'passport')).toEqual([]);
    expect(found('passport 2023 2024 comparison attached', 'passport')).toEqual([]);
    expect(found('passport 120 150 180 days before expiry, depending on the country', 'passport')).toEqual([]);
  });
  it('still reads a number printed in groups', () => {
    expect(found('passport 612 774 903 for the driver', 'passport')).toEqual(['612 774 903']);
    expect(found('passport no: 7741 20938 found in the car', 'passport')).toEqual(['7741 20938']);
  });
});

describe('"cr" and a serial and year that are a change request or a credit note', () => {
  it('leaves IT change words and finance words in its sentence', () => {
    expect(found('the cab signed off cr0041287/25 for the radio patch', 'crime_reference')).toEqual([]);
    expect(found('servers patched tonight as per the change request, cr 0052291/25', 'crime_reference')).toEqual([]);
    expect(found('stores got a credit note cr 0019283/24 for the torches', 'crime_reference')).toEqual([]);
  });
  it('still reads it in a police sentence', () => {
    expect(found('suspect charged on cr 0062210/25 last night', 'crime_reference')).toEqual(['0062210/25']);
    expect(found('victim wants an update on cr0041288/25', 'crime_reference')).toEqual(['cr0041288/25']);
  });
});

describe('a plural record word or "job" earlier, and another thing\'s label right before the number', () => {
  it('leaves documents and forms named right before it', () => {
    expect(found('crimes summary attached, report pack 44/11203/25 is the final one', 'crime_reference')).toEqual([]);
    expect(found('the jobs at the old station: builder quote 31/20192/25 came back', 'crime_reference')).toEqual([]);
    expect(found('job share approved, HR form 13/44101/25 signed', 'crime_reference')).toEqual([]);
  });
  it('still reads it as the list\'s reference', () => {
    expect(found('9 crimes on nights. The burglary is 13/60213/25', 'crime_reference')).toEqual(['13/60213/25']);
    expect(found('two jobs outstanding, the worst is 13/60988/25', 'crime_reference')).toEqual(['13/60988/25']);
  });
});

describe('a police-coded serial in two groups after a ticket or fault word', () => {
  it('leaves it', () => {
    expect(found('fault ticket for the police garage door is INC-25-1112-0044', 'crime_reference')).toEqual([]);
  });
});

describe('two unlabelled ten-digit numbers that both pass the check', () => {
  it('leaves them in a post with no word of care', () => {
    // Both pass mod 11 (as any two ISBN-10s do).
    expect(found('new radios 1917268475 and 1049795342 issued to the van', 'nhs_number')).toEqual([]);
    expect(found('exhibit seals 4073825550 and 4052105397 used on the bags', 'nhs_number')).toEqual([]);
  });
  it('still reads them with a word of care in the post', () => {
    expect(found('the ward needs 4073825550 and 4052105397 confirmed today', 'nhs_number')).toEqual(['4073825550', '4052105397']);
  });
});

describe('loose bank details', () => {
  it('leaves a self-certificate\'s date after s/c, and bank holiday dates', () => {
    expect(found('s/c 03/11/25 for one day, in the tray', 'bank_account')).toEqual([]);
    expect(found('bank hols 26-12-25/01012026 both on double time', 'bank_account')).toEqual([]);
  });
  it('still reads a sort code after s/c, and after sort code even when it reads as a date', () => {
    expect(found('victim s/c 40/72/19 acc 55102938', 'bank_account')).toEqual(['40/72/19', '55102938']);
    expect(found('sort code 03 / 11 / 25 on the fraud form', 'bank_account')).toEqual(['03 / 11 / 25']);
    expect(found('bank details 20-44-19/71193822 from the victim', 'bank_account')).toEqual(['20-44-19', '71193822']);
  });
});

describe('a postcode with two spaces', () => {
  it('leaves an ordinal, and capitals or mixed case with no address before', () => {
    expect(found('stores are in room D2  1st floor', 'postcode')).toEqual([]);
    expect(found('interview suite c3  2nd door', 'postcode')).toEqual([]);
    expect(found('gloves L9  2PR in the order', 'postcode')).toEqual([]);
  });
  it('still reads it in lower case, or after a street in capitals', () => {
    expect(found('van seen at hx3  6ar last night', 'postcode')).toEqual(['hx3  6ar']);
    expect(found('he lives at 3 mill lane BD7  2PQ', 'postcode')).toEqual(['BD7  2PQ']);
  });
});
