import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/**
 * Eighth session, clean posts: general causes of findings on posts with nothing personal, in new sentences, each
 * with cases that must still be found.
 */

describe('digits after a decimal point or a slash end a longer number, no house number', () => {
  it('a room on a floor, a price, a version before a capitalised street-like name', () => {
    finds('Briefing moved to Room 3.12, Kings Court, after lunch on Wednesday.', [], ['address']);
    finds('Tea is now £1.20, Station Road canteen prices went up again', [], ['address']);
    finds('ROOM 1.14, MILL LANE BLOCK is the new drying room', [], ['address']);
  });
  it('a house number opening its own token is still read, in any case', () => {
    finds('Victim lives at 12 Kings Court, ground floor flat.', [['address', '12 Kings Court']]);
    finds('Room 3 is free; the caller is at 14 Mill Lane, Longton', [['address', '14 Mill Lane']]);
    finds('she lives at 7 mill ln now', [['address', '7 mill ln']]);
  });
});

describe('a dotted quad in the numbering of a version the post names is a version', () => {
  it('an older or newer release compared with the version', () => {
    finds('Radio firmware 6.2.0.14 goes out tonight. Handsets still on 6.1.9.3 need docking.', [], ['ip_address']);
    finds('Update the app to version 3.4.1.7; 3.3.0.2 will stop syncing on Monday.', [], ['ip_address']);
  });
  it('an address of another numbering, or one an IP word names, is still read', () => {
    finds('Firmware 6.2.0.14 went on the camera at 192.168.4.20 overnight.', [['ip_address', '192.168.4.20']]);
    finds('Version 6.2.0.14 is live. The login came from IP 6.1.9.3 at 0200.', [['ip_address', '6.1.9.3']]);
    finds('Login attempts from 81.2.69.160 and 81.2.69.161 last night.', [['ip_address', '81.2.69.160'], ['ip_address', '81.2.69.161']]);
  });
});

describe('a word of police business opening a pair is that word, not a first name', () => {
  it('bail as a noun before another word, in any case', () => {
    finds('bail admin moved to the ground floor, suspect interviews upstairs', [], ['person_name']);
    finds('bail admins say the suspect list is out of date', [], ['person_name']);
    finds('From: Bail Admin\nSuspect list attached', [], ['person_name']);
  });
  it('names near the same words are still read', () => {
    finds('bail for jason pendleton ends friday, suspect to sign at hanley', [['person_name', 'jason pendleton']]);
    finds('Suspect Kieran Walsh bailed to return 12 June.', [['person_name', 'Kieran Walsh']]);
  });
  it('a first name that is a case word but no English word ("vic") still opens a name', () => {
    finds('met vic jones at the co-op, she reported the theft', [['person_name', 'vic jones']]);
    finds('VIC JONES arrested for theft', [['person_name', 'VIC JONES']]);
    finds('Spoke to Vic Holt, victim of the theft, this morning.', [['person_name', 'Vic Holt']]);
  });
});

describe('a case put as a condition ("if the detainee is ...") is no one in particular', () => {
  it('a rule or plan for whoever it meets', () => {
    finds('If the prisoner is diabetic the nurse must be told at booking in.', [], ['health']);
    finds('Unless a detainee is pregnant, the standard cell is fine.', [], ['health']);
    finds('If a detainee has epilepsy, keep them on the ground floor cell.', [], ['health']);
    finds('if the suspect is on methadone the FME needs to know', [], ['health']);
  });
  it('the same words told of someone, or a term the sentence gives its owner, still count', () => {
    finds('The detainee is diabetic, tell the nurse at booking in.', [['health', 'diabetic']]);
    finds('Prisoner in C3 has epilepsy, keep him on the ground floor.', [['health', 'epilepsy']]);
    finds('if the misper has her insulin she will be ok till tonight', [['health', 'insulin']]);
    finds('She is pregnant, and if the baby comes early her sister will collect the kids.', [['health', 'pregnant']]);
  });
});

describe('health words that name something else (health-other-senses.ts)', () => {
  it("an animal's: a vet or an animal's body part, and no person by role", () => {
    finds('Police dog Bruno has a broken leg after the pursuit, vet operating tonight.', [], ['health']);
    finds("vet booked for Monday to check Duke's hoof infection, he's resting in the stable", [], ['health']);
  });
  it('a person in the same sentence, or a veteran, is still read', () => {
    finds('Cyclist came off near the stables, broken collarbone, vet was on site with the horses and helped', [['health', 'broken collarbone']]);
    finds("He's a retired army vet and has PTSD, referral to Op Courage done", [['health', 'PTSD']]);
    finds('Pony kicked the owner, he has a broken wrist, vet checked the pony.', [['health', 'broken wrist']]);
    // Surnames and slang that share a word with an animal's body are people.
    finds('Sarah Withers has epilepsy and needs her meds at 6', [['person_name', 'Sarah Withers'], ['health', 'epilepsy']]);
    finds('up before the beak tomorrow and he has epilepsy', [['health', 'epilepsy']]);
  });
  it('property seized: a thing seized before "seizure", or its paperwork after', () => {
    finds('cash seizure at the services, £8,000 seized from him and counted at the nick', [], ['health']);
    finds('Drugs seizure - he had 2 kilos in the boot', [], ['health']);
  });
  it('a seizure someone had is still read', () => {
    finds('Prisoner had a seizure in the van, ambulance called.', [['health', 'seizure']]);
    finds('Detainee says he has had epileptic seizures since childhood.', [['health', 'seizures']]);
  });
  it('a condition qualifying a hate crime names the crime', () => {
    finds('Disability hate crime reported at the bus station, victim not hurt, CCTV requested.', [], ['health']);
  });
  it("the victim's own condition in such a post is still read", () => {
    finds('Victim has a learning disability and was targeted, hate crime logged', [['health', 'learning disability']]);
  });
  it('"Ms" typed as a title before a name is the title, not MS', () => {
    finds('Bag handed in at Longton, contains a bus pass for a Ms Laura Fenwick', [['person_name', 'Ms Laura Fenwick']], ['health']);
  });
  it('MS as a condition is still read', () => {
    finds('Bag handed in at Longton: Ms Laura Fenwick says she has MS and needs her bag back', [['health', 'MS']]);
    finds('Victim diagnosed with MS last year, needs a ground floor room.', [['health', 'MS']]);
  });
});

describe("a table's header cell after a role word's cell is a column title", () => {
  it('no name in the header row', () => {
    finds('Time | Location | Witness | Outcome\n0910 | Hanley | Jo Price | statement\n1130 | Longton | Sam Lee | no reply', [['person_name', 'Jo Price'], ['person_name', 'Sam Lee']]);
    const table = 'Time | Location | Witness | Outcome\n0910 | Hanley | Jo Price | statement';
    const outcome = table.indexOf('Outcome');
    expect(scan({ text: table }).filter((f) => f.type === 'person_name' && f.start === outcome)).toEqual([]);
    finds('Host | IP | Site\nWS-01 | 10.1.2.3 | Hanley custody\nWS-02 | 10.1.2.4 | Hanley custody', [], ['person_name']);
  });
  it('a role cell and a name cell in a row, or a role and a name on a line, are still read', () => {
    finds('Name | Role\nVictim | Amy Stone\nSuspect | Liam Webb', [['person_name', 'Amy Stone'], ['person_name', 'Liam Webb']]);
    finds('Victim | Amy Stone | 07700 900123', [['person_name', 'Amy Stone']]);
  });
});
