import { describe, it } from 'vitest';
import { finds } from './finds';

/** Core rules of the dev set 16 round, in new words, each with cases that must stay clean. */

describe('an IBAN opens with a country code', () => {
  it('a code that is no country is no IBAN, so the NI number it overlapped is read', () => {
    finds('Payroll hold it as JT482761D on the contract, she says otherwise', [['nino', 'JT482761D']], ['iban']);
  });
  it('real IBANs, registered or not, still count', () => {
    finds('Refund to GB75 BARC 6017 1134 2443 42 please', [['iban', 'GB75 BARC 6017 1134 2443 42']]);
    finds('paid from DE89 3704 0044 0532 0130 00 last week', [['iban', 'DE89 3704 0044 0532 0130 00']]);
  });
});

describe("a force code, serial and year after the case's file", () => {
  it('with no reference word before it', () => {
    finds('Statement added to the file for 42/318846/24 this morning.', [['crime_reference', '42/318846/24']]);
    finds('Can someone send the case files on 7/5512034/2025 to the CPS?', [['crime_reference', '7/5512034/2025']]);
  });
  it('not without the file, not a date, a round quantity, or a reference the sentence gives to something else', () => {
    // Thirteenth session: work done "for" the number now names its case (crime-reference-year-serial.ts, WORK_FOR_BEFORE;
    // every force-code, serial and year shape in the dev sets, 97 of 97, is labelled a crime reference); a figure stays clean.
    finds('The bundle total came to 42/318846/24 this morning.', [], ['crime_reference']);
    finds('Invoice for the file 42/318846/24 is still unpaid.', [], ['crime_reference']);
    finds('Meeting moved to 14/03/24 in the small room.', [], ['crime_reference']);
    finds('Ratio was 1/10000/20 in the sample.', [], ['crime_reference']);
  });
});

describe('a date with the month in words later in the birth word\'s sentence', () => {
  it('a full date, day or month first', () => {
    finds('DOB for the driver on Niche shows 3rd March 1987, licence says otherwise.', [['date_of_birth', '3rd March 1987']]);
    finds('Date of birth on his custody record is October 12, 1990 apparently.', [['date_of_birth', 'October 12, 1990']]);
  });
  it('not a date after "on", nor one in the next sentence', () => {
    finds('DOB was amended on 3rd March 2026 by the bureau.', [], ['date_of_birth']);
    finds('DOB fixed. Next review is 3rd March 2027.', [], ['date_of_birth']);
  });
});
