import { describe, it } from 'vitest';
import { finds } from './finds';

/** Core rules of the dev set 14 round, in new words, each with cases that must stay clean. */

describe('a plate beside its owner, its recovery or a PNC check', () => {
  it('is a plate', () => {
    finds('Can someone run a PNC on M713 FGH for me, nobody about', [['vehicle_registration', 'M713 FGH']]);
    finds('Y802 TRW came back to a woman in Hanley with no insurance markers', [['vehicle_registration', 'Y802 TRW']]);
    finds('S604 HJD recovered from the canal towpath this morning', [['vehicle_registration', 'S604 HJD']]);
    finds('Owner of P338 WKL wants it back from the compound', [['vehicle_registration', 'P338 WKL']]);
  });
  it('a plate-shaped code with none of them stays unsure', () => {
    finds('Form H412 ABC is the one to fill in for the course', [], ['vehicle_registration']);
    finds('owner says room b12 has the keys to the store', [], ['vehicle_registration']);
  });
});

describe('a road number before a numbered label', () => {
  it('is no prefix plate', () => {
    finds('RTC A50 VEH 2 on its roof, driver trapped', [], ['vehicle_registration']);
    finds('Debris on the B5027 and A34 JCT 5 coned off, driver shaken', [], ['vehicle_registration']);
  });
  it('a plate on a road-letter prefix with no number after it is still read', () => {
    finds('Driver of B471 KDF failed to stop at the lights', [['vehicle_registration', 'B471 KDF']]);
  });
});

describe('a street in a post shouted in capitals', () => {
  it('is an address after a word about where someone lives', () => {
    finds('CALLER REPORTS MALE SHOUTING OUTSIDE 14 BEECHWOOD CRESCENT, NOW MADE OFF', [['address', '14 BEECHWOOD CRESCENT']]);
    finds('SUSPECT LIVES AT 3 HOLLY BANK ROAD WITH HIS MOTHER', [['address', '3 HOLLY BANK ROAD']]);
  });
  it('without such a word, or a count of things, it stays a shout', () => {
    finds('2 VEHICLES OFF ROAD ON THE A38, NO INJURIES', [], ['address']);
    finds('INCIDENT 2 CARS OFF ROAD ON THE A38, NO INJURIES', [], ['address']);
    finds('INCIDENT 4 UNITS ON THE WAY TO THE SCENE', [], ['address']);
    finds('CAN WE GET 3 CARS DOWN TO FENTON PARK', [], ['address']);
  });
});

describe('a lower-case street with a person of the public at it', () => {
  it('is their home', () => {
    finds('the old gent at 12 primrose hill fell again, carers informed', [['address', '12 primrose hill']]);
    finds('spoke to the neighbour from 8 sycamore walk about the dog', [['address', '8 sycamore walk']]);
  });
  it('a time, a place of work or no person before it is no home', () => {
    finds('victim at 7 in the park with her dog', [], ['address']);
    finds('meeting at 3 park view room later', [], ['address']);
  });
});

describe('a lower-case street after a word that places something by a building', () => {
  it('is an address', () => {
    finds('car dumped at back of 44 meadow rd since friday', [['address', '44 meadow rd']]);
    finds('youths gathering opposite 9 kings ave again', [['address', '9 kings ave']]);
  });
  it('not a clock time or a street without its abbreviation', () => {
    finds('back of 10 at the earliest for the briefing', [], ['address']);
    finds('ring the desk at back of 6 ish or 7 bells', [], ['address']);
    finds('parked opposite 2 green way signs', [], ['address']);
  });
});
