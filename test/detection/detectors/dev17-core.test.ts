import { describe, it } from 'vitest';
import { finds } from './finds';

/** Core rules of the dev set 17 round, in new words, each with cases that must stay clean. */

describe('a prefixed reference in a sentence about a police case', () => {
  it('a prefix in capitals, a two-digit year and a serial, slashes or dashes', () => {
    finds('Robbery at the Co-op, ROB/24/01177 – suspect left on foot towards the park', [['crime_reference', 'ROB/24/01177']]);
    finds('Burglary dwelling BUR-25-00412, victim is 84 and lives alone.', [['crime_reference', 'BUR-25-00412']]);
    finds('Charged tonight. DV/23/4471 goes to the CPS in the morning.', [['crime_reference', 'DV/23/4471']]);
  });
  it('not without a case word in its sentence, nor a number given to something else, nor in lower case', () => {
    finds('FOI/24/0123 response is due Friday, can someone chase it?', [], ['crime_reference']);
    finds('Invoice INV/24/00871 for the victim support leaflets is unpaid.', [], ['crime_reference']);
    finds('Booking BK/24/0012 for the witness suite is confirmed.', [], ['crime_reference']);
    finds('Victim care training was great. HR/24/0012 is the course code for next time', [], ['crime_reference']);
    finds('suspect ran off, rob/24/01177 was the one', [], ['crime_reference']);
  });
});

describe('a force code, serial and year in a sentence about a police case', () => {
  it('with no reference word before it', () => {
    finds('Suspect in 22/48811/24 answered bail this morning', [['crime_reference', '22/48811/24']]);
    finds('MG5 for 13/55120/24 needs redoing before it goes over', [['crime_reference', '13/55120/24']]);
  });
  it('not without a case word, nor after a word that gives it to something else', () => {
    finds('The figures were 16/88231/24 last quarter.', [], ['crime_reference']);
    finds('Invoice 16/88231/24 for the victim care contract is late.', [], ['crime_reference']);
  });
});

describe('a table cell is labelled by its column header', () => {
  it('CSV, pipe and tab tables', () => {
    finds('Statement extract\ndate,sort_code,account,amount\n02/04/2024,201596,41882093,120.00', [
      ['bank_account', '201596'],
      ['bank_account', '41882093'],
    ]);
    finds('| Patient | NHS no | Ward |\n|---|---|---|\n| R Hale | 9434765919 | 4 |', [['nhs_number', '9434765919']]);
    finds('Name\tPassport\nK Obi\t502135326', [['passport', '502135326']]);
  });
  it('a header that names no identifier, a header with figures, or prose lines with commas label nothing', () => {
    finds('date,job,hours\n02/04/2024,201596,7.5', [], ['bank_account']);
    finds('2023,2024,2025\n201596,41882093,3', [], ['bank_account']);
    finds('Hi all, quick one\nsort it, 201596 was the total, cheers', [], ['bank_account']);
  });
});

describe('streets vouched for by a flat number or a postcode', () => {
  it('in a shouted post, after a flat number or before a postcode', () => {
    finds('WARRANT AT FLAT 4, 19 CROWN STREET TOMORROW 0600', [['address', '19 CROWN STREET']]);
    finds('INQUEST LISTED – 3 BARLEY CLOSE, ST4 7QB. FAMILY INFORMED.', [['address', '3 BARLEY CLOSE']]);
  });
  it('in lower case after a flat number', () => {
    finds('she is now at flat 3, 12 mill lane with her sister', [['address', '12 mill lane']]);
  });
  it('a flat number, a house number and a name with no street type', () => {
    finds('Victim moved to Flat 5, 21 Broadway.', [['address', '21 Broadway']]);
    finds('Keys are at Apartment 2, 7 The Spinney', [['address', '7 The Spinney']]);
  });
  it('not counts or clauses in a shouted post, nor a flat tyre', () => {
    finds('2 VEHICLES OFF ROAD ON THE A50, RECOVERY EN ROUTE', [], ['address']);
    finds('Van 4 went flat 2, 3 Officers had to push it', [], ['address']);
    finds('Flat 2, 8 Officers on the rota this weekend', [], ['address']);
  });
});

describe('OFFICIAL-SENSITIVE heading a colon or declared of a document', () => {
  it('in capitals, before a colon or declared and ending the clause', () => {
    finds('Briefing pack OFFICIAL-SENSITIVE: subject believed armed', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
    finds('The risk assessment is OFFICIAL-SENSITIVE, do not print it.', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
  });
  it('not a question, a rule about kinds of material, a contrast with another tier, or lower case', () => {
    finds('Is the risk assessment OFFICIAL-SENSITIVE?', [], ['protective_marking']);
    finds('Most of what we post about jobs is OFFICIAL-SENSITIVE, so think first.', [], ['protective_marking']);
    finds('The default for briefings is OFFICIAL-SENSITIVE, not SECRET.', [], ['protective_marking']);
    finds('the guide says official-sensitive: handle with care', [], ['protective_marking']);
  });
});

describe('a passport number of letters and digits right after the word', () => {
  it('six to nine capitals and digits, two digits or more', () => {
    finds('German passport C01X00T47 seen at the border', [['passport', 'C01X00T47']]);
    finds('passport no: XR5J82KP1', [['passport', 'XR5J82KP1']]);
  });
  it('not a word with one digit, nor lower case, nor far from the word', () => {
    finds('passport PHOTO1 booth is broken again', [], ['passport']);
    finds('passport office ab12cd34 is the wifi code', [], ['passport']);
  });
});
