import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Precision rules of the dev set 13 round, in new words: a public helpline, a software version, a document named after
 * a person, a colleague reached on an extension, a shift booked ahead and treatment a service offers are not personal
 * or operational data; each with cases that must still be found.
 */

describe('a helpline or hotline number', () => {
  it('is the public’s number, even after "our"', () => {
    finds('Council update: our fly-tipping hotline is 01632 960123 for the public to use', [], ['phone']);
    finds('Pass on the victim support helpline, 01632 960124, to anyone who asks', [], ['phone']);
  });
  it('stays a phone when the clause makes it a person’s', () => {
    finds('She rang the helpline from her home number 01632 960125 twice', [['phone', '01632 960125']]);
    finds('Witness rang the crime hotline from 01632 960126, ring him back', [['phone', '01632 960126']]);
  });
});

describe('a dotted number a device was moved to', () => {
  it('is a version after updated/upgraded/patched to', () => {
    finds('XRY upgraded to 10.4.2.1 across the lab, expect a reboot', [], ['ip_address']);
    finds('Kiosk software patched to 9.1.0.3 overnight', [], ['ip_address']);
  });
  it('an address is still found', () => {
    finds('Logins came from 81.2.69.160 on the night of the offence', [['ip_address', '81.2.69.160']]);
    finds('The router was changed to 192.168.0.254 by the suspect', [['ip_address', '192.168.0.254']]);
  });
});

describe('a capitalised run ending in a document word', () => {
  it('is a document’s title, not a person', () => {
    finds('Suspect interview went ahead under the Philomena Protocol wording, victim informed', [], ['person_name']);
    finds('Victim Harriet Review papers are on the shared drive, suspect bailed', [], ['person_name']);
    finds('Offender managers: the Karen Inquiry report lands Friday, arrests expected', [], ['person_name']);
  });
  it('a name is still found', () => {
    finds('Victim Harriet Rowe reviewed her statement, suspect bailed', [['person_name', 'Harriet Rowe']]);
    finds('Suspect Gordon Reviewer was arrested at home', [['person_name', 'Gordon Reviewer']]);
  });
});

describe('a name reached on an internal extension', () => {
  it('is a colleague running an office matter', () => {
    finds('DA team raffle tickets from Megan Hollis on ext 3302, proceeds to the refuge', [], ['person_name']);
    finds('Risk assessment forms go to Oliver Grant, extension 2291, for the custody suite', [], ['person_name']);
  });
  it('a member of the public is still named', () => {
    finds('Victim support visit for Megan Hollis, suspect still at large', [['person_name', 'Megan Hollis']]);
    finds('Custody: Oliver Grant arrested, solicitor called from the front counter', [['person_name', 'Oliver Grant']]);
  });
});

describe('a shift booked ahead', () => {
  it('is planning, not a live request', () => {
    finds('Op Nightjar licensing checks Saturday 2000-0200, need 6 officers, sign the list in the parade room', [], ['operational_use']);
  });
  it('a live ask is still found', () => {
    finds('Need 4 officers to the fight at the bus station now, one male injured', [['operational_use', 'Need 4 officers']]);
  });
});

describe('treatment a service offers', () => {
  it('is service talk, not someone’s health', () => {
    finds('Flint House in Goring takes self-referrals for physiotherapy and counselling', [], ['health']);
    finds('Op Courage offers free counselling to veterans across Staffordshire', [], ['health']);
  });
  it('treatment given to a person stays a disclosure', () => {
    finds('Her GP offered her antidepressants after the assault, victim declined', [['health', 'antidepressants']]);
    finds('Suspect Dean Hart takes methadone daily, chemist on Market St', [['health', 'methadone']]);
  });
});

describe('another service en route', () => {
  it('is that service’s status, no ask: a traffic bulletin stays clean', () => {
    finds('Collision on the M6 northbound at J15, lane 1 closed, recovery en route', [], ['operational_use']);
  });
  it('units en route to a live job are still operational', () => {
    finds('Fight outside the Crown, 3 males, units en route', [['operational_use', 'en route']]);
  });
});
