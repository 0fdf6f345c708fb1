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

describe('a sentence with no person carries the one the sentence before names', () => {
  it('as notes drop a shared subject', () => {
    finds('Custody: detainee Liam Royle booked in at 0200. Type 1 diabetes, insulin brought in by his sister later', [['health', 'Type 1 diabetes']]);
    finds('Woman rang from the bus station, slurring. Crew think hypoglycaemia', [['health', 'hypoglycaemia']]);
  });
  it('not when the sentence speaks of a group, nor after a sentence with no person', () => {
    finds('Detainee Liam Royle booked in at 0200. Diabetes affects them all differently', [], ['health']);
    finds('Bake stall for Macmillan Friday in Room 2. Cancer touches most families', [], ['health']);
  });
});

describe('paramedics and firefighters are people of a sentence (a nurse is left out: "the school nurse" gives the care)', () => {
  it('their injuries and conditions are read', () => {
    finds('During the fire the firefighter got a bruised wrist', [['health', 'bruised wrist']]);
    finds('Paramedic on our job has concussion after the assault', [['health', 'concussion']]);
  });
  it('not in a talk about a condition', () => {
    finds('The nurse session on dementia awareness is on Friday', [], ['health']);
  });
});
