import { describe, it } from 'vitest';
import { finds } from './finds';

/** Core rules of the dev set 13 round, in new words, each with cases that must stay clean. */

describe('a two-digit year and a five-to-seven-digit serial', () => {
  it('is a force reference with or without a reference word', () => {
    finds('Harassment file 23/1180456 is with the OIC now', [['crime_reference', '23/1180456']]);
    finds('has anyone sent 22/34517 to the CPS yet', [['crime_reference', '22/34517']]);
  });
  it('not a score, a fraction, a date, or a reference given to something else', () => {
    finds('she scored 18/20 in the driving theory test', [], ['crime_reference']);
    finds('Canteen invoice 24/100234 has been paid', [], ['crime_reference']);
    finds('Meeting moved to 14/06/2025 in the main hall', [], ['crime_reference']);
  });
});

describe('a four-digit number after CAD beyond the years people write of', () => {
  it('is an incident number', () => {
    finds('Please pick up CAD 3187 when you clear, caller waiting', [['crime_reference', '3187']]);
  });
  it('a year is still a year', () => {
    finds('The new CAD 2025 upgrade goes live next month', [], ['crime_reference']);
  });
});

describe('a birth date with a two-digit year later in the birth word’s sentence', () => {
  it('is a date of birth', () => {
    finds('DOB for the lad in cell 2 is 30/11/01 according to PNC', [['date_of_birth', '30/11/01']]);
  });
  it('a date after "on" is when something happened', () => {
    finds('DOB audit finished on 03/02/25 for the whole team', [], ['date_of_birth']);
  });
});

describe('a person placed at a house number and a street with no street type', () => {
  it('is at their home', () => {
    finds('Neighbours at 9 Bank Top have complained about the dog again, crime logged', [['address', '9 Bank Top']]);
    finds('Statement taken from the elderly resident from 41 Mount Zion about the rogue traders', [['address', '41 Mount Zion']]);
  });
  it('a time, a count or a shop with no person before it is no home', () => {
    finds('The victim from 4 pm onwards was at the station', [], ['address']);
    finds('Meeting at 2 Costa Coffee tables by the window', [], ['address']);
  });
});

describe('a lower-case unspaced postcode right after a street', () => {
  it('ends an address as on an envelope', () => {
    finds('can some1 visit the victim at 7 hazel grove st47ln asap', [['postcode', 'st47ln'], ['address', '7 hazel grove']]);
  });
  it('alone after "at" it stays unsure', () => {
    finds('meet at st103lx for the briefing', [], ['postcode']);
  });
});

describe('an intelligence grade given to a record or said by intelligence', () => {
  it('is a grade', () => {
    finds('Intelligence research on the nominal turned up a C3 log linking him to the lock-ups', [['intelligence_grading', 'C3']]);
    finds('source reporting in, intel reads c2 that the van is used for the runs', [['intelligence_grading', 'c2']]);
  });
  it('a room, a paper size or a post with no intelligence word is not', () => {
    finds('Intel team moving to room B2, log in details on the wiki', [], ['intelligence_grading']);
    finds('Printer by the kitchen keeps jamming, D4 log shows the error', [], ['intelligence_grading']);
  });
});

describe('shapes near the new core rules that are no personal data', () => {
  it('stock codes, round ratios, and a named thing after a placed person', () => {
    finds('Stock code 12/34567 for the new body armour is on the order', [], ['crime_reference']);
    finds('Victim said the reading was 20/10000 on the meter', [], ['crime_reference']);
    finds('Victims at 3 Costa Coffee tables gave statements', [], ['address']);
  });
});
