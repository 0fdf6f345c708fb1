import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/** Health rules of the dev set 14 round, in new words, each with cases that must stay clean. */

describe('safeguarding, custody and licensing words for a person’s state', () => {
  it('an induced coma, a newborn’s withdrawal, unexplained injuries, a drinking habit', () => {
    finds('The cyclist from Saturday is still in a medically induced coma at Royal Stoke', [['health', 'in a medically induced coma']]);
    finds('Social worker says the baby was born with neonatal abstinence syndrome', [['health', 'neonatal abstinence syndrome']]);
    finds('Nursery flagged the boy with unexplained bruises to the nursery manager', [['health', 'unexplained bruises']]);
    finds('Her ex is a problem drinker and turns up at the house', [['health', 'a problem drinker']]);
  });
  it('the same words about no one, or a drink not a drinker', () => {
    finds('Training on unexplained injuries in infants is on the intranet', [], ['health']);
    finds('Coma by the Kooks is on the playlist for the leaving do', [], ['health']);
    finds('Who wants a drink after the shift, first round is mine', [], ['health']);
  });
});

describe('the use or misuse of a substance a person is addicted to', () => {
  it('is the person’s, said with a possessive or a link', () => {
    finds('Dad’s alcohol misuse is the main concern in the referral', [['health', 'alcohol misuse']]);
    finds('the lad has a history of cocaine use according to his mum', [['health', 'cocaine use']]);
  });
  it('a topic or a team is no one’s use', () => {
    finds('Drug use in the town centre is down this quarter', [], ['health']);
    finds('The alcohol misuse team are at the station on Friday', [], ['health']);
  });
});

describe('disclosed or declared, and a round or course of treatment', () => {
  it('links the term to the person', () => {
    finds('He disclosed epilepsy on the form, refer to the FEO', [['health', 'epilepsy']]);
    finds('She has started her second cycle of chemotherapy this week', [['health', 'chemotherapy']]);
    finds('She is halfway through a course of counselling at the hub', [['health', 'counselling']]);
  });
  it('not about a topic or an everyday round', () => {
    finds('Only two officers have disclosed information to the inquiry', [], ['health']);
    finds('The first round of the darts league is on Thursday', [], ['health']);
    finds('Anyone on a course of steroids should tell occupational health', [], ['health']);
  });
});

describe('a clinician’s notes or report', () => {
  it('is about the patient', () => {
    finds('HCP assessment for cell 4: asthmatic, inhaler brought in', [['health', 'asthmatic']]);
    finds('Custody nurse notes: hep C, on methadone 40ml', [['health', 'hep C'], ['health', 'methadone']]);
    finds('Detainee states fine but the paramedics confirmed concussion', [['health', 'concussion']]);
  });
  it('a heading that is not a clinician’s, or a report about no one, is not', () => {
    finds('Briefing notes: epilepsy, first aid refresher, new kit', [], ['health']);
    finds('The GP says flu jabs are available from October', [], ['health']);
  });
});

describe('an injury on a body part ending the clause', () => {
  it('is the person’s injury even without "his" or "her"', () => {
    finds('Child has bruises on back and legs, mum not present', [['health', 'bruises on back']]);
  });
  it('not when the part names a thing ("back door")', () => {
    finds('Victim says there are scratches on back door from the jemmy', [], ['health']);
  });
});

describe('a surgery held by the police, a councillor or an MP', () => {
  it('is a meeting, not an operation', () => {
    finds('beat surgery moved to the library next week', [], ['health']);
    finds('beat surgery cancelled today, back next week', [], ['health']);
  });
  it('a person’s surgery is still theirs', () => {
    finds('his knee surgery is booked for Tuesday, off for six weeks', [['health', 'knee surgery']]);
  });
});

/** The exact spans of the health findings (the overlap check of `finds` cannot tell "suicidal" from "suicidal thoughts"). */
const healthSpans = (text: string): string[] => scan({ text }).filter((f) => f.type === 'health').map((f) => text.slice(f.start, f.end));

describe('a second term joined by "and"', () => {
  it('is read as the longest phrase of the vocabulary', () => {
    expect(healthSpans('Pupil disclosed self-harm and suicidal thoughts to the school nurse')).toContain('suicidal thoughts');
  });
  it('no longer than its phrase', () => {
    expect(healthSpans('Pupil disclosed self-harm and suicidal, school nurse aware')).toContain('suicidal');
  });
});
