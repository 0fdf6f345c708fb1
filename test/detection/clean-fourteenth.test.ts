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

describe('ip address: a version word linked to its number, and "one" as a pronoun', () => {
  it.each([
    'The custody kiosk build is 6.3.0.41 from tonight, please reboot the kiosk after your shift',
    'MDT firmware now 3.12.4.7 on every car in the east fleet',
    'The new kiosk release is 8.2.1.14 and the old one 8.1.9.3 stays on the spare kiosk',
    'Kiosk firmware 5.6.0.12 went out today; if yours still runs the previous one 5.5.9.8 tell IT',
  ])('stays clean: "%s"', (text) => {
    expect(values(text, 'ip_address')).toEqual([]);
  });
  it.each([
    ['The suspect logged in from 81.142.7.203 at 2am, server logs attached', '81.142.7.203'],
    ['router is 192.168.4.1 now, the old one was 192.168.1.1', '192.168.4.1'],
  ])('still finds the address: "%s"', (text, ip) => {
    expect(values(text, 'ip_address')).toContain(ip);
  });
});

describe('intelligence grading: a grade placed on a pay scale', () => {
  it.each([
    'Grade C3 on the police staff pay spine goes up 4% in September',
    'Your grade D2 of our salary structure is reviewed every April',
  ])('stays clean: "%s"', (text) => {
    expect(values(text, 'intelligence_grading')).toEqual([]);
  });
  it.each([
    ['Source graded B2 on the threat to the shop, actioned by the DSU', 'B2'],
    ['Intel graded C3 of the two logs from last night, pass to the team', 'C3'],
  ])('still finds the grade: "%s"', (text, grade) => {
    expect(values(text, 'intelligence_grading')).toContain(grade);
  });
});
