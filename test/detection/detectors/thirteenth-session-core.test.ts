import { describe, it } from 'vitest';
import { finds } from './finds';

/** Thirteenth session: core types as people type them, each reading with cases that must stay clean. */

describe('police identifiers typed against their lower-case label', () => {
  it('reads a PNC ID, a CRO number and a crime reference glued to their labels, alone or in a chain', () => {
    finds('quick one pnc98/0044712Q is the lad from the garage job', [['pnc_id', '98/0044712Q']]);
    finds('crn24/61370/23 still showing as open on the system', [['crime_reference', '24/61370/23']]);
    finds('nominal pnc98/0044712Q/cro052211/97Hnoted in the file', [['pnc_id', '98/0044712Q'], ['cro_number', '052211/97H']]);
    finds('bail notes, seeabovecrn24/61370/23 for the rest', [['crime_reference', '24/61370/23']]);
  });
  it('not a code glued to another word, nor a glued ID whose check letter fails', () => {
    finds('order abc24/61370/23 arrives monday', [], ['crime_reference']);
    finds('the box says pnc98/0044712J on it', [], ['pnc_id']);
    finds('model kx24/61370/23 in stock', [], ['crime_reference']);
  });
});

describe('a dashed custody record, and work done for a force code, serial and year', () => {
  it('reads a custody record written with dashes', () => {
    finds('Prisoner on custody record 07-4412-23 asked for his phone call twice.', [['crime_reference', '07-4412-23']]);
  });
  it('reads a force code, serial and year that a review, note or update is for', () => {
    finds('Door-to-door enquiries for 22/71845/23 finished at lunch.', [['crime_reference', '22/71845/23']]);
    finds('Any update on 22/71845/23 yet?', [['crime_reference', '22/71845/23']]);
  });
  it('not a bare custody count, nor a figure given as one', () => {
    finds('Custody numbers were 07-4412 this week and last.', [], ['crime_reference']);
    finds('The split came out at 22/71845/23 in the end.', [], ['crime_reference']);
  });
});

describe('the Met crime system and the short word for a passport', () => {
  it('reads a CRIS reference and UK passport numbers after "p/port" or "pport"', () => {
    finds('Met colleagues gave me CRIS 5518204/23 for the handover.', [['crime_reference', '5518204/23']]);
    finds('P/port taken off him at the border: 512376094.', [['passport', '512376094']]);
    finds('his pport is 512376094 apparently', [['passport', '512376094']]);
  });
  it('not a name Cris with a count, nor a port', () => {
    finds('Cris ordered 5518204 sheets for the printers.', [], ['crime_reference']);
    finds('Freight at the port of Hull: 512376094 tonnes a year, apparently.', [], ['passport']);
  });
});

describe('plates near a dashcam or a common model', () => {
  it('reads a lower-case or prefix plate beside a dashcam or a model name', () => {
    finds('the cyclist sent dashcam clip of kp18-wzt cutting him up', [['vehicle_registration', 'kp18-wzt']]);
    finds('Witness describes an old qashqai, R615 WDT, outside the pub.', [['vehicle_registration', 'R615 WDT']]);
  });
  it('not a prefix-shaped code with no vehicle near', () => {
    finds('Form R615 WDT needs signing by Friday for the course.', [], ['vehicle_registration']);
  });
});

describe('a range of hours before a comma, and an ID the sentence calls not real', () => {
  it('no house number at the end of a range before a comma; a house range still reads', () => {
    finds('Drop-in at the library Saturday 10–2, Market Street, all welcome.', [], ['address']);
    finds('Attended 12-14 Fenton Road for the alarm.', [['address', '14 Fenton Road']]);
  });
  it('no PNC ID whose check fails when the sentence calls it dummy or wrong; a real check letter still reads', () => {
    finds('For the exercise use the fake PNC ID 03/0045219A on the forms.', [], ['pnc_id']);
    finds("PNC 03/0045219A - that's wrong, will get the right one.", [], ['pnc_id']);
    finds('PNC 03/0045219W on the custody record for the male, not a dummy.', [['pnc_id', '03/0045219W']]);
  });
});

describe('operational use: asks as quick messages type them, and incident types the vocabulary lacked', () => {
  it('a need with its subject dropped and its urgency in the clause; "is there a ... available"; "anyone ... on?"', () => {
    finds('Need someone with a ladder at the canal bridge now, lad stuck on the ledge and bleeding.', [['operational_use', 'Need someone']]);
    finds('Urgent, is there a sergeant available at Hanley to authorise a strip search? prisoner kicking off', [['operational_use', 'is there a sergeant available']]);
    finds('anyone with a drone licence still on? missing 8yo in the woods behind the school', [['operational_use', 'anyone with a drone licence still on?']]);
  });
  it('who is the named role on call', () => {
    finds("Who's the family liaison lead on call tonight? Body found in the river at Etruria.", [['operational_use', 'family liaison lead on call']]);
  });
  it('loose or attacking animals, shoplifting, drug dealing, dangerous driving as incidents', () => {
    finds('Loose dog has bitten a jogger on the towpath, need a dog handler there now.', [['operational_use', 'need a dog handler']]);
    finds('Shoplifter held by staff at the Aldi on King St, can a unit attend?', [['operational_use', 'can a unit attend']]);
    finds('Silver Astra being driven dangerously along the ring road, anyone near the Shelton turn pls stop it', [['operational_use', 'anyone near']]);
    finds('Dangerous driver in a silver Astra along the ring road, anyone near the Shelton turn pls stop it', [['operational_use', 'anyone near']]);
  });
  it('not a dropped-subject need without urgency, nor the same words in planning or a look back', () => {
    finds('Custody guard at the hospital til 0600 for the prisoner, need a relief at 0300.', [], ['operational_use']);
    finds('Dangerous dog seizures course next month, anyone interested let me know.', [], ['operational_use']);
    finds('Is there a sergeant available for the promotion board next week?', [], ['operational_use']);
    finds('Thanks to the team for the shoplifting operation last week, 14 arrests.', [], ['operational_use']);
  });
});

describe('labels in capitals, a reference kept under, an NHS number named after, a plate hyphenated once', () => {
  it('reads PNC and CRO glued to their label in capitals, a prefixed reference something is kept under', () => {
    finds('PNC98/0044712Q matches the lad from the garage job', [['pnc_id', '98/0044712Q']]);
    finds('OCC24-61370 reopened after the new witness came forward', [['crime_reference', '24-61370']]);
    finds('Bike is in the store under BT/23/04418 until the owner collects.', [['crime_reference', 'BT/23/04418']]);
    finds('Logged under RTC-24-0912 for the insurers.', [['crime_reference', 'RTC-24-0912']]);
  });
  it('reads an NHS number whose name comes after "that\'s her"; a plate with one hyphen beside a vehicle word', () => {
    finds("9434765919 - that's her NHS no, she's on ward 4", [['nhs_number', '9434765919']]);
    finds('grey astra KM-19WPA parked on the zigzags again', [['vehicle_registration', 'KM-19WPA']]);
  });
  it('not a capital run longer than the label, nothing under a place, no plate with no vehicle near', () => {
    finds('XPNC98/0044712Q on the label', [], ['pnc_id']);
    finds('Part XYZ24-61370/B is back in stock', [], ['crime_reference']);
    finds('Spare chairs are under the stage, BT/23/04418 on the box.', [], ['crime_reference']);
    finds('Order KM-19WPA from the catalogue.', [], ['vehicle_registration']);
    finds("9434765919 - that's the order total", [], ['nhs_number']);
  });
});

describe('a public figure in broadcast talk is no person of a case', () => {
  it('no name for a speech or statement watched or heard, or something on the news', () => {
    finds("Heard James Cleverly's speech on knife crime this morning, some decent points on stop and search.", [], ['person_name']);
    finds("Listening to David Lammy's interview about knife crime, worth five minutes.", [], ['person_name']);
    finds('Mark Rowley was on the news tonight about the stop and search figures for the force.', [], ['person_name']);
  });
  it('still a name in a statement seen on file, or with a role word', () => {
    finds("Did you see Sarah Jones's statement about the stabbing, the victim's mum?", [['person_name', 'Sarah Jones']]);
    finds('Victim Sarah Jones gave her statement at the station, suspect arrested.', [['person_name', 'Sarah Jones']]);
  });
});

describe('operational use: waiting for a unit, anyone from the team near, a dropped-subject "need to", a modal to units', () => {
  it('reads each as an ask about a live matter', () => {
    finds('Two lads fighting outside the chippy on Bucknall Rd, been waiting for a unit 20 mins, any ETA?', [['operational_use', 'waiting for a unit']]);
    finds('Wanted male for the Hanley robbery just walked into the Potteries centre, anyone from the team nearby?', [['operational_use', 'anyone from the team nearby']]);
    finds('Custody at Hanley is full with two prisoners in the van, need to divert now, where do we go?', [['operational_use', 'need to divert']]);
  });
  it('not the same shapes in a look back, a plan or a question about process', () => {
    finds('Thanks to everyone who waited for a unit with the victim last night, great work.', [], ['operational_use']);
    finds('Need to book the training room for the robbery debrief next week.', [], ['operational_use']);
  });
});
