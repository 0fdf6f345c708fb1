import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Recall shapes learned from the sixth blind dev set, written here in new words, each with a
 * negative that must stay clean.
 */

describe('names by their role in a case', () => {
  it('plural role words, and a second full name joined to the first', () => {
    finds('Suspects were Kyle Booth and Ryan Cope, both bailed', [['person_name', 'Kyle Booth'], ['person_name', 'Ryan Cope']]);
    finds('Witnesses are in the canteen and the yard', [], ['person_name']);
  });

  it('a name booked in as, quoted after a naming phrase', () => {
    finds('my student booked him in as "Ricky Dunn", turns out that was made up', [['person_name', 'Ricky Dunn']]);
    finds('I booked the room in as a favour', [], ['person_name']);
  });

  it('prisoners and stop and search are operational words for a known first name', () => {
    finds('Prisoner escort for Megan Tolley moved to 2pm', [['person_name', 'Megan Tolley']]);
    finds('Stop and search this morning, Aaron Kemp, nothing found', [['person_name', 'Aaron Kemp']]);
    finds('stop-search on the retail park, Aaron Kemp, nothing found', [['person_name', 'Aaron Kemp']]);
    finds('Megan Tolley is running the bake sale on Friday', [], ['person_name']);
  });

  it('a titled name praised in a sentence that gives the person a public role', () => {
    finds('The complainant was brilliant, Mrs Irene Potts, made us tea', [['person_name', 'Mrs Irene Potts']]);
  });
});

describe('traffic policing, caller ID and log numbers', () => {
  it('a lower-case plate of the current format beside a road number or a speed check', () => {
    finds('pulled kp21 vzx on the a500 for no lights', [['vehicle_registration', 'kp21 vzx']]);
    finds('laser check done, ln70 bcx clocked at 58 in a 30', [['vehicle_registration', 'ln70 bcx']]);
    finds('fts earlier, bv19 tnk, silver', [['vehicle_registration', 'bv19 tnk']]);
    finds('The A5 and M54 are both shut tonight', [], ['vehicle_registration']);
  });

  it('a number shown by caller ID is a phone; another ID is not', () => {
    finds('caller id came up as 01782930211, she hung up', [['phone', '01782930211']]);
    finds('badge ID 01782930211 on the lanyard', [], ['phone']);
  });

  it('a log number followed by its day without "of"', () => {
    finds('for the burst pipe job, add it to log 1142 03/05 please', [['crime_reference', '1142 03/05']]);
    finds('briefing at 0930 14/09 in room 2', [], ['crime_reference']);
  });
});

describe('streets named without a street type', () => {
  it('a house number and a street name before a full postcode, or after a titled name and a comma', () => {
    finds('noise complaint from 8 Windy Arbour, ST10 4AF again', [['address', '8 Windy Arbour']]);
    finds('letter came from Mr Ken Astley, 15 Spode Fields, about the hedge', [['address', '15 Spode Fields']]);
    finds('We beat them 3 Nil, great game', [], ['address']);
    finds('Mr Ken Astley, 15 years in the job, retires Friday', [], ['address']);
  });
});
