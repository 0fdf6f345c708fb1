import { describe, it } from 'vitest';
import { finds } from './finds';

/** Name rules of the dev set 14 round, in new words, each with cases that must stay clean. */

describe('a name after the digits that end a date or a time', () => {
  it('is read as after any other word: those digits are no house number', () => {
    finds('Licence holder DOB 12/03/1985, Gareth Pryce, declared epilepsy at renewal', [['person_name', 'Gareth Pryce']]);
  });
  it('a house number before a pair is still a street', () => {
    finds('Flat 3, 27 Harvey Lees, epileptic male on scene', [], ['person_name']);
  });
});

describe('a surname in capitals and an initial after a role word', () => {
  it('is a name as cards and exhibits print it', () => {
    finds('Exhibit DW/3 is a driving licence in name of MENSAH A, found in the car', [['person_name', 'MENSAH A']]);
    finds('Suspect: KOWALSKI T. seen on CCTV leaving at 0210', [['person_name', 'KOWALSKI T.']]);
  });
  it('an acronym or a word in capitals with a letter is not', () => {
    finds('Witness: CCTV A from the bus shows the assault', [], ['person_name']);
    finds('Victim: ROOM B at the hospital, statement to follow', [], ['person_name']);
  });
});

describe('a cell code before a name as the custody record prints it', () => {
  it('is the detainee', () => {
    finds('Cell checks 0400: C7 MARSDEN Kyle, asleep, breathing fine', [['person_name', 'MARSDEN Kyle']]);
  });
  it('a code before capitals that are no name is not', () => {
    finds('Room C2 NOT AVAILABLE today, use C3 instead', [], ['person_name']);
    finds('Move to C4 PLEASE Sarge, the heating is broken', [], ['person_name']);
  });
});

describe('"name on the record" before a name', () => {
  it('names the person the record is for', () => {
    finds('Prisoner refused details. Name on the PNC record HAMID Yusuf per fingerprints', [['person_name', 'HAMID Yusuf']]);
  });
  it('not before words that are no name', () => {
    finds('Name on the booking system is wrong, IT are fixing it', [], ['person_name']);
    finds('Name on the custody record NOT KNOWN until prints come back', [], ['person_name']);
  });
});
