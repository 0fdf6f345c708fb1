import { describe, it } from 'vitest';
import { finds } from './finds';

/** Name and health rules of the dev set 17 round, in new words, each with cases that must stay as they are. */

describe('a name in a shouted post right before its owner\'s detail', () => {
  it('an address or a phone straight after the pair', () => {
    finds('SUDDEN DEATH – MAUREEN OKAFOR, 14 LINDEN GROVE, ST6 2QR. CORONER INFORMED.', [['person_name', 'MAUREEN OKAFOR']]);
    finds('WARRANT REQUEST RE KIERAN MULLANEY (07700 900412) PLEASE EXPEDITE', [['person_name', 'KIERAN MULLANEY']]);
  });
  it('not English words, a colleague after a rank or in a staff list, nor a name with no detail after it', () => {
    finds('FORD FOCUS, 14 LINDEN GROVE, ST6 2QR. OWNER INFORMED.', [], ['person_name']);
    finds('PC MAUREEN OKAFOR, 07700 900412 FOR THE BRIEFING', [], ['person_name']);
    finds('ON-CALL LIST FOR THE WEEKEND: MAUREEN OKAFOR 07700 900412', [], ['person_name']);
    finds('INQUEST OPENED – MAUREEN OKAFOR. FULL HEARING IN AUGUST.', [], ['person_name']);
  });
});

describe('what a place or service is recommended for', () => {
  it('"<good> for" a treatment describes the service, no one\'s health', () => {
    finds('The rehab centre at Flint House is excellent for physio, book early.', [], ['health']);
    finds('That clinic is the best place for counselling if anyone needs it', [], ['health']);
  });
  it('a person booked in for, having or needing treatment is still read', () => {
    finds('Sarah is booked in for physio on her knee next week', [['health', 'physio']]);
  });
});
