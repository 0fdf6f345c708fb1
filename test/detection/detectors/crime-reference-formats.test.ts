import { describe, it } from 'vitest';
import { finds } from './finds';

/** Eighth session: crime references in the formats writers paste, in new words, each with cases that must stay clean. */

describe("Niche's year and serial with an asterisk", () => {
  it('counts with any word or none before it: a subject line, a table cell, a list, the start or end of a post', () => {
    finds('Pasted from the system: 25*004417 (shoplifting, Boots)', [['crime_reference', '25*004417']]);
    finds('23*556120 - any CCTV from the bus station?', [['crime_reference', '23*556120']]);
    finds('Subject: FW: 23*441902\n\nStatement attached.', [['crime_reference', '23*441902']]);
    finds('Week so far:\n- latest one 23*556120 🙄', [['crime_reference', '23*556120']]);
    finds('the new log for it: 23*556120', [['crime_reference', '23*556120']]);
    finds('ref=23*556120', [['crime_reference', '23*556120']]);
  });
  it('not a product in a sum or a formula, a round figure, or hours a week', () => {
    finds('=12*45000', [], ['crime_reference']);
    finds('budget: 12*15000 + 3000 for the summer', [], ['crime_reference']);
    finds('overtime 30*12500 = 375000', [], ['crime_reference']);
    finds('cost (12*45000) this year', [], ['crime_reference']);
    finds('12*10000 leaflets ordered', [], ['crime_reference']);
    finds('24*7 cover in the control room', [], ['crime_reference']);
    finds('IT ticket 23*556120 for the printer', [], ['crime_reference']);
  });
});

describe('a reference word, then "is" or "was", or "="', () => {
  it('governs a reference-shaped token as the word alone does', () => {
    finds('the crime ref is 4417/23 if anyone asks', [['crime_reference', '4417/23']]);
    finds('Occurrence number was 2300441902.', [['crime_reference', '2300441902']]);
    finds('ref=4417/23', [['crime_reference', '4417/23']]);
  });
  it('not a short plain number, a date or hours after it', () => {
    finds('my collar for the log is 4471', [], ['crime_reference']);
    finds('the ref was 12/06/24', [], ['crime_reference']);
    finds('the incident was 1400-2200 on the lates', [], ['crime_reference']);
  });
});

describe('a table cell under a reference header', () => {
  it('reads the header as its label', () => {
    finds('| Date | Occurrence |\n| 03/02 | 230004417 |', [['crime_reference', '230004417']]);
  });
  it('not a cell of another column', () => {
    finds('| Date | Overtime |\n| 03/02 | 230004417 |', [], ['crime_reference']);
  });
});

describe('abbreviations, case and punctuation around the reference', () => {
  it('"inc ref", markdown underscores, brackets and emoji', () => {
    finds('inc ref: kl/55120/23', [['crime_reference', 'kl/55120/23']]);
    finds('Crime ref: _KL-55120-23_', [['crime_reference', 'KL-55120-23']]);
    finds('OCC NO. (2300441902) 👍', [['crime_reference', '2300441902']]);
  });
  it('not a file name, dates written year first, or shift hours after a reference word', () => {
    finds('crime_stats_2023.xlsx attached', [], ['crime_reference']);
    finds('occurrence 2023-11-04 at the lido', [], ['crime_reference']);
    finds('incident 2023-11-04T09:15 per the log', [], ['crime_reference']);
    finds('log 2300-0700 nights all week', [], ['crime_reference']);
  });
});

describe('a job number in a sentence about a police case', () => {
  it('counts there', () => {
    finds('Job no. 7731/23 – suspect detained by store security', [['crime_reference', '7731/23']]);
  });
  it('not a trade job or a vacancy', () => {
    finds('job no. 7731 for the boiler in the front office', [], ['crime_reference']);
    finds('Job ref HR-2023-118 for the analyst post', [], ['crime_reference']);
  });
});

describe('bail, the OIC and the coroner name a police case; a prefix may carry the whole date', () => {
  it('a force code, serial and year, or a prefixed reference, in their sentence', () => {
    finds('Bail extended on 17/33820/23 until March', [['crime_reference', '17/33820/23']]);
    finds('Can the OIC on 17/33820/23 ring me back', [['crime_reference', '17/33820/23']]);
    finds('Coroner has it as SD/2023/0441', [['crime_reference', 'SD/2023/0441']]);
    finds('Sudden death at the allotments, SD-20231104-0072 on the system', [['crime_reference', 'SD-20231104-0072']]);
  });
  it('not a date, a count, or a prefixed number given to something else or with no case word', () => {
    finds('OIC training on 17/11/23 in room 4', [], ['crime_reference']);
    finds('bail hostel has 12 beds, 4471 calls last year', [], ['crime_reference']);
    finds('Invoice INV-20231104-0072 for the victim care leaflets', [], ['crime_reference']);
    finds('HR-20231104-0072 is the course code', [], ['crime_reference']);
  });
});
