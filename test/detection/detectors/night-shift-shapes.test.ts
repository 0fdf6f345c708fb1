import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Shapes learned from the fifth blind dev set (night-shift phone typing, emoji, HR, custody and
 * court voices), written here in new words, each with a negative that must stay clean.
 */

describe('police identifiers as staff type them', () => {
  it('a PNC ID or CRO number named as such, even with a wrong check letter; not without the name', () => {
    // Check letters that fail (validators.test.ts has the valid ones).
    finds('lad in 6, pnc: 14/557120w', [['pnc_id', '14/557120w']]);
    finds('CRO no. 334120/12A on the antecedents', [['cro_number', '334120/12A']]);
    finds('19/662013A 👉 PNC for the shoplifter', [['pnc_id', '19/662013A']]);
    finds('invoice 19/662013A paid', [], ['pnc_id', 'cro_number']);
    // Further from its name than that, the check letter decides again.
    finds('pnc for the lad in 6 is 14/557120w', [], ['pnc_id']);
  });

  it('crime references carrying their own CR/ prefix, and police reference words next to other business words', () => {
    finds('footage is on CR/88213/24, it needs burning to disc', [['crime_reference', 'CR/88213/24']]);
    finds('youth referral order made, crn 6630192/24', [['crime_reference', '6630192/24']]);
    finds('Parcel CR-554120-24 arrived at the front desk', [], ['crime_reference']);
    finds('IT job ref 556612 for the laptop', [], ['crime_reference']);
  });

  it('intelligence grades in lower case or as three characters, only near intelligence words', () => {
    finds('intel log submitted, graded as c3 by the FIB', [['intelligence_grading', 'c3']]);
    finds('new 5x5x5 on the county line phone 1B2 handling', [['intelligence_grading', '1B2']]);
    finds('meet in room b2 at ten', [], ['intelligence_grading']);
    finds('print it on a4 for the intel board', [], ['intelligence_grading']);
    finds('intel says he drives an a3 now', [], ['intelligence_grading']);
    finds('intel: meet at 2b rear entrance', [], ['intelligence_grading']);
  });

  it('a marking framed by emoji at the start of a line', () => {
    finds('🔒SECRET🔒 do not forward the op order', [['protective_marking', 'SECRET']]);
    finds('😂 RESTRICTED access to the gym again', [], ['protective_marking']);
  });
});

describe('values typed without spaces or capitals', () => {
  it('lower-case plates with a vehicle word nearby', () => {
    finds('drink driver in lx21 pko blew 64', [['vehicle_registration', 'lx21 pko']]);
    finds('pursuit lost the ca19dfe on the a34', [['vehicle_registration', 'ca19dfe']]);
    finds('meet at 10 the park', [], ['vehicle_registration']);
  });

  it('a UK mobile typed against the word before it, but not against an upper-case code', () => {
    finds('txt07700900456 if u see him', [['phone', '07700900456']]);
    finds('ticket REF07700900456 closed', [], ['phone']);
  });

  it('dates of birth typed with spaces after the birth word, or right after a name', () => {
    finds('gave name as kyle bennett dob12 3 01 no trace', [['date_of_birth', '12 3 01']]);
    finds('List: Jordan Pickering 11/09/1999 – breach of bail', [['date_of_birth', '11/09/1999']]);
    finds('Witness Amy Birch (14.02.1986) has moved', [['date_of_birth', '14.02.1986']]);
    finds('Crown Court 12/03/2019 listing moved', [], ['date_of_birth']);
    finds(`Jordan Pickering ${`01/02/${new Date().getUTCFullYear()}`} joined the team`, [], ['date_of_birth']);
  });

  it('lower-case addresses after "at" with an abbreviated street type', () => {
    finds('burglary in progress at 22 oak rd pls', [['address', '22 oak rd']]);
    finds('see you at 7 in the car park', [], ['address']);
    finds('meet at 10 see dr patel', [], ['address']);
  });
});

describe('names in custody, court and HR posts', () => {
  it('a name before a role word or an identifier', () => {
    finds('kyle bennett wanted on recall to prison', [['person_name', 'kyle bennett']]);
    finds('holder Tariq Mahmood DOB 3/2/1990', [['person_name', 'Tariq Mahmood']]);
    finds('Cell 3: Bradley Onions, sober now', [['person_name', 'Bradley Onions']]);
  });

  it('a colleague named with a health disclosure or personal identifier; not thanked with a work phone', () => {
    finds('HR: Karen Whitehouse is off with a slipped disc until March', [['person_name', 'Karen Whitehouse'], ['health', 'a slipped disc']]);
    finds('Payroll: Simon Tate NINO JK123456C is on the wrong code', [['person_name', 'Simon Tate']]);
    finds('Please welcome Simon Tate to the team, desk phone 01785 232300', [], ['person_name']);
    finds('Thanks Simon Tate for covering while I was off with flu', [], ['person_name']);
  });

  it("a name after an officer's action or a piece of case work, when it starts with a known first name", () => {
    finds('Tasered Wayne Riley after he pulled a blade', [['person_name', 'Wayne Riley']]);
    finds('still need to do the file for Kelly Bostock before court', [['person_name', 'Kelly Bostock']]);
    finds('Transport for West Midlands are on strike Monday', [], ['person_name']);
    finds('Interview for Senior Management posts moved to Friday', [], ['person_name']);
  });

  it('the first-name rule is not thrown off by a capitalised word before the name', () => {
    finds('Honestly Gary Pointon has been arrested again for theft', [['person_name', 'Gary Pointon']]);
  });
});

describe('health listed about someone', () => {
  it('a condition or state as an item of a list about a person', () => {
    finds('Misper Tom Leese DOB 01.02.1960, dementia, no coat', [['health', 'dementia']]);
    finds('Nominal Jade Cope, cocaine dependent, no fixed abode', [['health', 'cocaine dependent']]);
    finds('Victim contact via email k.hall@outlook.com only due to hearing loss', [['health', 'hearing loss']]);
    finds('Staff, flu jabs in the canteen, and a stress workshop on Friday', [], ['health']);
  });
});
