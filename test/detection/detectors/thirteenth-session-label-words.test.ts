import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Every label word the thirteenth session's glued-label and context readings name, each read once in a sentence of our
 * own, beside the same value without it (which must stay clean). The core13 tests cover the commonest labels (pnc, cro,
 * crn, occ); these cover the rest of the lists in glued-police-ids.ts, number-ids.ts and vehicle-registration.ts, so
 * that no listed word goes untested.
 */
describe('glued crime reference labels', () => {
  it('reads a reference glued to each long form of its label', () => {
    finds('saw his crimeref21/30877/22 on the board', [['crime_reference', '21/30877/22']]);
    finds('saw his crimeno21/30877/22 on the board', [['crime_reference', '21/30877/22']]);
    finds('saw his crimenumber21/30877/22 on the board', [['crime_reference', '21/30877/22']]);
  });
  it('not the same value glued to a word that is no label', () => {
    finds('saw his xyz21/30877/22 on the board', [], ['crime_reference']);
  });
});

describe('glued police identifier labels', () => {
  it('reads a PNC ID after pncno and a CRO number after crono', () => {
    finds('notes pncno21/0456123E on file', [['pnc_id', '21/0456123E']]);
    finds('notes crono203118/19D on file', [['cro_number', '203118/19D']]);
  });
});

describe('passport and vehicle context words', () => {
  it('reads passport numbers after pports, and a plate beside a car model that is no English word', () => {
    finds('both pports seized: 546712389 and 548812231', [['passport', '546712389'], ['passport', '548812231']]);
    finds('the yaris p741rtw went through the lights', [['vehicle_registration', 'p741rtw']]);
    finds('yaris AB-12 CDE', [['vehicle_registration', 'AB-12 CDE']]);
  });
  it('not the same numbers and plates without the word', () => {
    finds('both seized: 546712389 and 548812231', [], ['passport']);
    finds('the thing p741rtw went through the lights', [], ['vehicle_registration']);
    finds('boat AB-12 CDE', [], ['vehicle_registration']);
  });
});
