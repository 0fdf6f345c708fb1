/**
 * Twentieth session (branch prec20): precision narrowings after a review set written before reading the code
 * (test/fixtures/detect-dev35-review-clean.jsonl; docs/detection.md, "Twentieth session: precision on clean near misses").
 * Sentences of our own, none copied from a set: each negative was flagged before the change, each positive is still read.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('MS and TB after a number are units', () => {
  it('leaves milliseconds and terabytes', () => {
    expect(found('Sam Ward, 12 ms latency on the new link, well happy', 'health')).toEqual([]);
    expect(found('Dave Lowe has 2 TB of footage to review before court', 'health')).toEqual([]);
    expect(found('Kate Hind, 4 TB of phone downloads still queued', 'health')).toEqual([]);
  });
  it('still reads the conditions', () => {
    expect(found('Gary Holt, aged 52, ms and diabetes', 'health')).toEqual(['ms', 'diabetes']);
    expect(found('her mum was diagnosed with MS last year', 'health').length).toBe(1);
  });
});

describe('a tier as a threshold, or in a rule about marked kinds of material', () => {
  it('leaves the guidance', () => {
    expect(found('Reports marked SECRET and above are kept in the strongroom', 'protective_marking')).toEqual([]);
    expect(found('Emails marked SECRET or higher cannot leave the secure network', 'protective_marking')).toEqual([]);
    expect(found('Anything marked RESTRICTED must be shredded, not binned', 'protective_marking')).toEqual([]);
    expect(found('printouts marked secret should never be left on the printer', 'protective_marking')).toEqual([]);
  });
  it('still reads a marking on material in hand', () => {
    expect(found('The file marked SECRET was found in his car', 'protective_marking')).toEqual(['SECRET']);
    expect(found('These printouts marked SECRET should be returned to me today', 'protective_marking')).toEqual(['SECRET']);
    expect(found('Statements marked RESTRICTED were left in the van', 'protective_marking')).toEqual(['RESTRICTED']);
    expect(found('OFFICIAL-SENSITIVE: do not forward', 'protective_marking')).toEqual(['OFFICIAL-SENSITIVE']);
  });
});

describe('"born" said of a body or a scheme', () => {
  it('leaves the founding date', () => {
    expect(found('The constabulary was born on 1 April 1974 out of three borough forces', 'date_of_birth')).toEqual([]);
    expect(found('Our cadet scheme was officially born on 12 March 2009 with six members', 'date_of_birth')).toEqual([]);
  });
  it('still reads a person born on a date', () => {
    expect(found('Our son was born on 3 March 2024, 7lb 2oz', 'date_of_birth')).toEqual(['3 March 2024']);
    expect(found('the suspect, born 12/03/1988, was charged', 'date_of_birth')).toEqual(['12/03/1988']);
  });
});

describe('personifications with a parent\'s word', () => {
  it('leaves Father Christmas and Mother Nature', () => {
    expect(found('Father Christmas lands at 3pm by the dog van, then presents in the gym', 'person_name')).toEqual([]);
    expect(found('Mother Nature flooded the car park again', 'person_name')).toEqual([]);
  });
  it('still reads a parent named by role', () => {
    expect(found('mother Tina Hollis reported him missing at 2am', 'person_name')).toEqual(['Tina Hollis']);
  });
});

describe('a name apposed to a public office', () => {
  it('leaves the office holder', () => {
    expect(found('Visit from the Mayor, Ruth Akers, to launch the burglary campaign after 40 arrests', 'person_name')).toEqual([]);
    expect(found('Cllr Dean Hart raised the ASB at the flats, arrests made', 'person_name')).toEqual([]);
  });
  it('still reads a name after an arrest', () => {
    expect(found('arrested Ruth Akers at the mayor\'s office', 'person_name')).toEqual(['Ruth Akers']);
  });
});

describe('people the sentence calls invented', () => {
  it('leaves an exercise\'s characters', () => {
    expect(found('The exercise pack has a fictional suspect called Lee Marsh and a victim called Ann Pryce. Use no real names.', 'person_name')).toEqual([]);
  });
  it('still reads the real person', () => {
    expect(found('Suspect gave a made-up name, real name is Dean Price', 'person_name')).toEqual(['Dean Price']);
    expect(found('The victim is Ann Pryce, burglary overnight', 'person_name')).toEqual(['Ann Pryce']);
  });
});

describe('bookkeeping accounts and bank holiday dates', () => {
  it('leaves a supplier\'s or a ledger\'s account and a list of holiday dates', () => {
    expect(found('the trade account 5521 0093 with the tyre firm is closed', 'bank_account')).toEqual([]);
    expect(found('post it to account number 6610 3321, the training budget ledger', 'bank_account')).toEqual([]);
    expect(found('bank holidays this winter: 26-12-26 | 28-12-2026 | 01-01-2027', 'bank_account')).toEqual([]);
  });
  it('still reads a person\'s bank details', () => {
    expect(found('victim\'s account number 6610 3321 at Lloyds, sort code 30-94-57', 'bank_account')).toEqual(['6610 3321', '30-94-57']);
    expect(found('sort code 20-45-77 account 43917265', 'bank_account')).toEqual(['20-45-77', '43917265']);
  });
});

describe('a public process\'s reference in a force\'s shape', () => {
  it('leaves planning, vacancy and tender references', () => {
    expect(found('planning ref 25/03318/24 for the new station has been approved', 'crime_reference')).toEqual([]);
    expect(found('tender ref 11/20041/26 closes at noon, questions via the portal', 'crime_reference')).toEqual([]);
  });
  it('still reads a crime reference', () => {
    expect(found('crime ref 13/48217/24 for the burglary', 'crime_reference')).toEqual(['13/48217/24']);
    expect(found('planning ref CR/0045173/24 is odd, that is a crime number', 'crime_reference')).toEqual(['CR/0045173/24']);
  });
});

describe('an offer of food or drink to whoever is on duty', () => {
  it('leaves the social ask', () => {
    expect(found('Anyone on duty tonight fancy a curry after? The Balti House is open till 2.', 'operational_use')).toEqual([]);
  });
  it('still reads a call for units', () => {
    expect(found('any units free to assist at the retail park, male with a knife, need backup now', 'operational_use').length).toBe(1);
  });
});

describe('a version named with its software, and a dial-in code', () => {
  it('leaves the version number and the meeting code', () => {
    expect(found('the version of the crime app is 10.4.17.2 on all handsets', 'ip_address')).toEqual([]);
    expect(found('Teams meeting: dial-in code 447 112 9031#, then the passcode', 'nhs_number')).toEqual([]);
  });
  it('still reads an address and an NHS number', () => {
    expect(found('Suspect logged in from 81.144.22.9 using the version of the app on his phone', 'ip_address')).toEqual(['81.144.22.9']);
    expect(found('his nhs number is 447 112 9031', 'nhs_number')).toEqual(['447 112 9031']);
  });
});
