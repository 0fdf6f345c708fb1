import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

/**
 * Fourteenth session (branch clean14): clean near misses from a new dev set of hard clean posts (dev26). Every rule
 * has sentences that must stay clean and sentences that must still be found. Sentences written for this file.
 */
const values = (text: string, type: string): string[] =>
  scan({ text }).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end));

describe('vehicle registration: a date phrase spelt like a current plate', () => {
  it.each([
    'The fleet open day is on 23 May, come and see the new cars',
    'THE WELLBEING BUS WILL BE IN THE YARD ON 14 OCT, VEHICLE CHECKS TOO',
    'Leavers do for the fleet manager is by the car park on 12 Jun if it stays dry',
    'minibus to the conference leaves at 7, back fr 21 Mar',
  ])('stays clean: "%s"', (text) => {
    expect(values(text, 'vehicle_registration')).toEqual([]);
  });
  it.each([
    ['silver Fiesta ON21 MAY seen leaving the garage forecourt without paying', 'ON21 MAY'],
    ['van reg BY23 OCT parked across the school entrance again', 'BY23 OCT'],
    ['stolen car KP19 MAY recovered on the industrial estate', 'KP19 MAY'],
  ])('still finds the plate: "%s"', (text, plate) => {
    expect(values(text, 'vehicle_registration')).toEqual([plate]);
  });
});

describe('protective marking: compound words and shouted sentences', () => {
  it.each([
    'RESTRICTED-ACCESS LIFT TO THE ARMOURY IS BROKEN AGAIN, USE THE STAIRS',
    'CONFIDENTIAL-ISH NEWS: THE VENDING MACHINE IS GETTING CRISPS BACK',
    'SECRET MENU ITEMS AT THE CANTEEN ARE NOW ON THE BOARD',
    'CONFIDENTIAL SHREDDING BAGS ARE IN THE CUPBOARD BY THE LIFTS',
    'RESTRICTED BYWAY SIGNS GO UP ON MONDAY NEAR THE QUARRY',
  ])('stays clean: "%s"', (text) => {
    expect(values(text, 'protective_marking')).toEqual([]);
  });
  it.each([
    ['OFFICIAL-SENSITIVE\nRisk assessment for the raid on Thursday attached', 'OFFICIAL-SENSITIVE'],
    ['RESTRICTED - POLICE\nSource reports the stash moved to the lock-up', 'RESTRICTED'],
    ['SECRET\nTHE BRIEFING PACK FOR OP HALYARD IS ATTACHED', 'SECRET'],
    ['CONFIDENTIAL: MINUTES OF THE GOLD GROUP ATTACHED, DO NOT FORWARD', 'CONFIDENTIAL'],
    ['SECRET DO NOT FORWARD THE SOURCE DETAILS BELOW', 'SECRET'],
  ])('still finds the marking: "%s"', (text, marking) => {
    expect(values(text, 'protective_marking')).toEqual([marking]);
  });
});

describe('person name: an animal parent named after its young', () => {
  it.each([
    'Three kittens found in the boiler room, mum Tilly is fine and they are all feeding',
    'The police horse foal arrived overnight, dad Brigadier is very proud apparently',
    'FOUR PUPS BORN OVERNIGHT AT THE KENNELS, MUM SKYE DOING GREAT',
  ])('stays clean: "%s"', (text) => {
    expect(values(text, 'person_name')).toEqual([]);
  });
  it.each([
    ['Puppies stolen from the farm, her mum Joanne Pritchard saw the van', 'Joanne Pritchard'],
    ['Mum Rachel Dunmore reported her son missing after school', 'Rachel Dunmore'],
  ])('still finds the person: "%s"', (text, name) => {
    expect(values(text, 'person_name')).toContain(name);
  });
});
