import { describe, it } from 'vitest';
import { finds } from './finds';

/** Core rules of the dev set 12 round, in new words: each with positives and negatives that must not fire. */

describe('streets named Mount, Garth, Flats, Cottages ...', () => {
  it('are addresses with a house number', () => {
    finds('Burglary overnight at 17 Beech Mount, entry via the back door', [['address', '17 Beech Mount']]);
    finds('Concern for welfare, 6 Station Cottages, neighbour has a key', [['address', '6 Station Cottages']]);
    finds('she lives at 4 moor garth with her nan', [['address', '4 moor garth']]);
  });
  it('an incident word then "at" vouches for a lower-case street', () => {
    finds('who took the job at 31 elm mount yesterday?', [['address', '31 elm mount']]);
    finds('I got a new job at 3 in the morning lol', [], ['address']);
  });
});

describe('addresses in capitals, as systems print them', () => {
  it('are addresses', () => {
    finds('Loc: 42 WILLOW CRESCENT, HANLEY | Type: ASB', [['address', '42 WILLOW CRESCENT']]);
    finds('Addr: FLAT 3, 8 MARKET STREET, LEEK', [['address', '8 MARKET STREET']]);
    finds('seen at 9 ORCHARD RD earlier', [['address', '9 ORCHARD RD']]);
  });
  it('not a shouted sentence that ends on a street type', () => {
    finds('WE HAVE 3 UNITS ON THE WAY AND 2 MORE AT THE PARK', [], ['address']);
  });
});

describe('a crime number of digits only: force, serial, year', () => {
  it('with a crime word earlier in the sentence', () => {
    finds('whats the crime no for the shed break, is it 16/88231/24?', [['crime_reference', '16/88231/24']]);
  });
  it('not without one, and not a date', () => {
    finds('the figures were 16/88231/24 across the three years', [], ['crime_reference']);
    finds('crime stats for 12/03/2024 are out', [], ['crime_reference']);
  });
  it('"it" the pronoun is no IT ticket; IT the department still vetoes', () => {
    finds('crime ref 7712345, is it right?', [['crime_reference', '7712345']]);
    finds('Crime recording system is down again, IT say the fault ref is 7712345', [], ['crime_reference']);
  });
});

describe('an unspaced lower-case postcode where someone lives', () => {
  it('after a word for where someone lives', () => {
    finds('the misper lives at st47ln with her nan', [['postcode', 'st47ln']]);
    finds('new addy is st47ln', [['postcode', 'st47ln']]);
  });
  it('not on its own, nor after "meet at"', () => {
    finds('st47ln was the code on the form', [], ['postcode']);
    finds('meet at st47ln after briefing', [], ['postcode']);
  });
});

describe('dateless plates (pre-1963 GB, Northern Ireland)', () => {
  it('after a plate word, or named a plate later in the sentence', () => {
    finds('Classic Jaguar stolen, reg KDH 88, from a lock-up in Leek', [['vehicle_registration', 'KDH 88']]);
    finds('VRM: BIZ 4821 - Northern Irish van seen at the depot', [['vehicle_registration', 'BIZ 4821']]);
    finds('Anyone know who owns PXT 212? the plate looks cherished', [['vehicle_registration', 'PXT 212']]);
  });
  it('not a code with no plate word, nor in lower case', () => {
    finds('Meet in RM 101 at ten, bring the PPE 2024 forms', [], ['vehicle_registration']);
    finds('reg kdh 88 is what he said', [], ['vehicle_registration']);
  });
});

describe('a post shouted in capitals', () => {
  it('gives no street or record name its own case', () => {
    finds('2 LORRIES OFF ROAD FOR SERVICE, 3 MORE BACK TOMORROW', [], ['address']);
    finds('CCTV GOING UP ON PICCADILLY, HANLEY THIS WEEK', [], ['person_name']);
  });
  it('a record in capitals inside an ordinary post is still read', () => {
    finds('Record pasted: LOC 14 PRIMROSE BANK | PER OKONJO, PATRICK', [['address', '14 PRIMROSE BANK'], ['person_name', 'OKONJO, PATRICK']]);
  });
});

describe('a sort code run together', () => {
  it('after "sort" alone, or with its account number named right after', () => {
    finds('refund to the victim: sort 401276 a/c 31548790', [['bank_account', '401276']]);
    finds('pay into 401276 acc no 31548790 by Friday', [['bank_account', '401276']]);
  });
  it('not six digits with no bank name, nor before an unnamed number', () => {
    finds('job 401276 and job 31548790 are both closed', [], ['bank_account']);
    finds('sort out 401276 forms by Friday', [], ['bank_account']);
  });
});
