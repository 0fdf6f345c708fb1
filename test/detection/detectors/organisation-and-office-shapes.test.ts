import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Precision rules of the dev set 12 round, in new words: a service's own number, an office holder, a law, a region,
 * the tail of a capitalised word and an e-learning topic are not personal data; each with positives that must still fire.
 */

describe('a landline given as an organisation’s number', () => {
  it('is not flagged: switchboard, office, unit, hub, desk', () => {
    finds('After 6pm call the county switchboard on 01632 960111 and ask for CID', [], ['phone']);
    finds('Front desk number for Longton is 01632 960222, open till 10', [], ['phone']);
    finds('Any dead badgers, phone the rural crime unit on 01632 960333', [], ['phone']);
    finds('The safeguarding hub line is 01632 960444 for professionals', [], ['phone']);
  });
  it('is still a phone when the clause makes it someone’s', () => {
    finds('Out of hours the office keyholder is Dan, home number 01632 960555', [['phone', '01632 960555']]);
    finds('Her office number is 01632 960666 if the mobile is off', [['phone', '01632 960666']]);
    finds('Victim works at the council office, ring 01632 960777 after 2', [['phone', '01632 960777']]);
    finds('Ring the witness on 01632 960888 before the unit briefing. Thanks', [['phone', '01632 960888']]);
  });
});

describe('names that are not members of the public', () => {
  it('a judge named with a judicial title, a law, a region', () => {
    finds('HHJ Rebecca Thornton will hear the bail appeal at Stafford, suspect in custody', [], ['person_name']);
    finds('District Judge Michael Hart granted the warrant for the suspect', [], ['person_name']);
    finds('Harriet Act powers were used at the arrest, suspect detained', [], ['person_name']);
    finds('North West ROCU have taken the arrest enquiry for the suspect', [], ['person_name']);
  });
  it('a person is still named beside those words', () => {
    finds('Suspect Rebecca Thornton arrested under the Bail Act at Hanley', [['person_name', 'Rebecca Thornton']]);
    finds('Warrant for Michael Hart, seen in the North East last week', [['person_name', 'Michael Hart']]);
  });
  it('a lower-case run continuing a capitalised word is not a name', () => {
    finds('Dkyle brannigan arrested at the lock up', [], ['person_name']);
    finds('suspect kyle brannigan arrested at the lock up', [['person_name', 'kyle brannigan']]);
  });
});

describe('an e-learning course on a condition', () => {
  it('is a topic, not anyone’s health', () => {
    finds('the e-learning on dementia care is live, I did it on nights', [], ['health']);
    finds('elearning about epilepsy first response is due monday, like me you will leave it late', [], ['health']);
  });
  it('a disclosure in the same post is still read', () => {
    finds('Did the dementia e-learning today. My dad was diagnosed with dementia last year', [['health', 'dementia last year']]);
  });
});

describe('a traffic bulletin with no ask', () => {
  it('is not live coordination', () => {
    finds('M6 southbound closed at j14 after a collision, officers on scene, expect queues', [], ['operational_use']);
  });
  it('an ask about the same road still is', () => {
    finds('Can any unit attend the M6 j14 southbound now? RTC, officers on scene need help', [['operational_use', 'Can any unit attend']]);
  });
});

describe('a colour or "vintage" before two capitalised words', () => {
  it('describes a vehicle, not a person', () => {
    finds('Burglary overnight: a silver Morris Minor taken from the drive', [], ['person_name']);
    finds('Theft of a classic Austin Healey from a garage, suspect seen on CCTV', [], ['person_name']);
  });
  it('a person named after it is still read', () => {
    finds('Driver of the silver Audi, Carl Benton, arrested at the scene', [['person_name', 'Carl Benton']]);
  });
});
