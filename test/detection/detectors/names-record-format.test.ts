import { describe, it } from 'vitest';
import { finds } from './finds';

/** "SURNAME, Forename" as systems print people (dev set 12 round), in new words. */
describe('a surname in capitals, a comma and a known first name', () => {
  it('is a person wherever it stands when the surname is no English word', () => {
    finds('Linked person OYELARAN, Grace | Occ 4471', [['person_name', 'OYELARAN, Grace']]);
    finds('Do not approach: KOWALCZYK, Tomasz, known to carry a blade', [['person_name', 'KOWALCZYK, Tomasz']]);
    finds('Not to contact HOLLINGWORTH, Stacey or attend her address', [['person_name', 'HOLLINGWORTH, Stacey']]);
  });
  it('a surname that is also a word, when it opens a record field', () => {
    finds('Keeper: BAKER, Natalie | Addr: unknown', [['person_name', 'BAKER, Natalie']]);
    finds('PER | MASON, GARY | DOB to follow', [['person_name', 'MASON, GARY']]);
  });
  it('not a word in capitals before a name, a rank, a colleague with a job title, or an acronym', () => {
    finds('Did the course, THANKS, Dave for sorting it', [], ['person_name']);
    finds('Heads up URGENT, Sarah needs the keys back', [], ['person_name']);
    finds('Authorised by PS HOLDEN, Mark for the warrant', [], ['person_name']);
    finds('Report printed by: FAULKNER, Gemma (Records Clerk) | 22/05', [], ['person_name']);
    finds('Conveyed to QEHB, CAD 4471 updated', [], ['person_name']);
  });
});

describe('staff printed surname first', () => {
  it('a staff list or a post about staff is not read', () => {
    finds('Attendees: OYELARAN, Grace; KOWALCZYK, Tomasz; HOLLINGWORTH, Stacey; ABERNETHY, Claire; PRZYBYLSKI, Anna', [], ['person_name']);
    finds('Welcome to the team OYELARAN, Grace, starting Monday on B shift', [], ['person_name']);
  });
});
