import { describe, it } from 'vitest';
import { finds } from './finds';

/** Health rules of the dev set 12 round, in new words. */
describe('a record’s injuries field', () => {
  it('every item is an injury, in the officer’s own words', () => {
    finds('OCC 4471 | Victim: HOLT, Dana | Injuries: swollen lip, graze on knee | Status: open', [['health', 'swollen lip'], ['health', 'graze on knee']]);
    finds('Injuries: bump to back of head\nOfficer: PC 2201', [['health', 'bump to back of head']]);
  });
  it('not "none" or "nil", not the word injuries in a sentence', () => {
    finds('Victim: HOLT, Dana | Injuries: none | Status: open', [], ['health']);
    finds('No injuries reported at the fight, all parties gone', [], ['health']);
    finds('Update on injuries: the training day covers first aid', [], ['health']);
  });
});

describe('a spaced dash sets off a clause as a comma does', () => {
  it('a condition after the dash is read with the person of the sentence', () => {
    finds('Officers took Mr Harding home - severe dementia, his wife was out', [['health', 'severe dementia']]);
  });
});
