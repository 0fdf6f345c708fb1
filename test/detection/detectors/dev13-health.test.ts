import { describe, it } from 'vitest';
import { finds } from './finds';

/** Health rules of the dev set 13 round, in new words, each with cases that must stay clean. */

describe('a medical device fitted to or worn by a person', () => {
  it('tells of the condition it treats', () => {
    finds('Witness has a cochlear implant so the interview needs a loop', [['health', 'cochlear implant']]);
    finds('The prisoner wears an insulin pump, custody nurse aware', [['health', 'insulin pump']]);
    finds('Her dad had a pacemaker fitted in March and the alarm interferes', [['health', 'pacemaker']]);
  });
  it('no one is a device: "was the pacemaker" is a role', () => {
    finds('Jack was the pacemaker for the Stoke 10k and smashed it', [], ['health']);
  });
});

describe('the writer’s dropped "I" before a word of their own state', () => {
  it('is the writer’s health', () => {
    finds('Off for the rest of the month with sciatica, back on the 2nd', [['health', 'sciatica']]);
    finds('Feeling much better since the hip replacement, cheers all', [['health', 'hip replacement']]);
  });
  it('not when the sentence brings in someone else, a group or a topic', () => {
    finds('Off to the epilepsy awareness talk at HQ, back at 3', [], ['health']);
    finds('Feeling for anyone with asthma in this heat', [], ['health']);
    finds('Off again this week with a cold, back Monday', [], ['health']);
    finds('Off to the SNT surgery in Longton on Friday, will report back', [], ['health']);
  });
});

describe('a relapse onto the substance of an addiction', () => {
  it('is the addiction again', () => {
    finds('Dad has relapsed on alcohol, the kids are with their aunt', [['health', 'relapsed on alcohol']]);
  });
  it('a relapse into a habit is not health', () => {
    finds('I relapsed into buying takeaways every night this week', [], ['health']);
  });
});

describe('a vehicle keeper and a journey to work', () => {
  it('the keeper is a person; "going to work at" is no job', () => {
    finds('The registered keeper is in a nursing home with Parkinson’s now', [['health', 'Parkinson’s']]);
    finds('Misper Alan Reeve, 81. Alzheimer’s – he thinks he is going to work at the pit', [['health', 'Alzheimer’s']]);
  });
  it('a job in a health field is still topic talk', () => {
    finds('She works at the dementia unit on nights', [], ['health']);
  });
});

describe('a health term heading the writer’s own post', () => {
  it('an exclamation or a first-person update is the writer’s news', () => {
    finds('Diabetic! Diagnosed on Friday, so that explains the tiredness', [['health', 'Diabetic']]);
    finds('Fibromyalgia update: I’m back on restricted duties from Monday, physio twice a week', [['health', 'Fibromyalgia']]);
  });
  it('not a topic update, a pandemic heading, or one that brings in others', () => {
    finds('Fibromyalgia update: the welfare team has new guidance for staff', [], ['health']);
    finds('Covid update: I’m told the canteen reopens Monday', [], ['health']);
    finds('Pregnant? The new risk assessment form is on the intranet', [], ['health']);
  });
});

describe('a numbered type of a condition', () => {
  it('is a person’s diagnosis even before a topic word', () => {
    finds('the lad in the back cell is a type 2 diabetic nurse wants to see him', [['health', 'type 2 diabetic']]);
  });
  it('a specialty stays a job', () => {
    finds('my sister is a diabetic nurse at the Royal', [], ['health']);
  });
});

describe('a leg, arm or back of furniture', () => {
  it('is the object’s when furniture is the subject and no person is in the clause', () => {
    finds('The bench outside the front office has a broken leg, do not sit on it', [], ['health']);
    finds('Heads up: the desk chair in the report room has a broken arm', [], ['health']);
  });
  it('a person’s injury stays health, furniture or not', () => {
    finds('The man who fell off the bench has a broken leg, ambulance called', [['health', 'broken leg']]);
    finds('The wardrobe toppled and she has a broken arm now', [['health', 'broken arm']]);
  });
});

describe('care needs and risks', () => {
  it('housebound, home oxygen, a suicide risk and a lost sense are health', () => {
    finds('Misper Jean Tolley, 84, is bedridden so she cannot have gone far on foot', [['health', 'bedridden']]);
    finds('The caller is on home oxygen, so no naked flames at the scene', [['health', 'home oxygen']]);
    finds('Detainee Rhys Cole flagged as a suicide risk by the nurse, constant obs', [['health', 'suicide risk']]);
    finds('The witness lost her hearing after the blast, BSL interpreter booked', [['health', 'lost her hearing']]);
  });
  it('not losing sight of a suspect, nor training on the topic', () => {
    finds('Lost sight of the suspect on Hope St heading to the canal', [], ['health']);
    finds('Suicide risk training is mandatory for all custody staff this month', [], ['health']);
  });
});

describe('medicines WordNet does not list', () => {
  it('are read like its medicines', () => {
    finds('Custody nurse says the detainee must have his lamotrigine at 6pm', [['health', 'lamotrigine']]);
    finds('Misper is on methylphenidate and has not taken it for two days, mum worried', [['health', 'methylphenidate']]);
  });
  it('not in a sentence about prices or supply with no person', () => {
    finds('The omeprazole shortage is in the news again this week', [], ['health']);
  });
});

describe('health in plain words', () => {
  it('labour, concussion, withdrawal, a bad body part, a wound, a pumped stomach', () => {
    finds('Victim went into labour during the interview, ambulance called', [['health', 'went into labour']]);
    finds('The cyclist was concussed and could not remember the route', [['health', 'concussed']]);
    finds('Detainee is withdrawing from alcohol and shaking, FME called', [['health', 'withdrawing from alcohol']]);
    finds('Witness has a bad knee so the ground floor room please', [['health', 'bad knee']]);
    finds('The male had a deep leg wound from the glass', [['health', 'leg wound']]);
  });
  it('not cards, parties or training', () => {
    finds('He played a bad hand at the poker night', [], ['health']);
    finds('Chest wounds training for first aiders on Friday', [], ['health']);
  });
});

describe('the writer’s course of treatment told as progress', () => {
  it('is the writer’s health', () => {
    finds('Dialysis week 4 done, feeling human again', [['health', 'Dialysis']]);
    finds('Cycle two of chemotherapy finished, thanks for the cards', [['health', 'chemotherapy']]);
  });
  it('not an event, a clinic, a charity or another person’s group', () => {
    finds('Round 2 of the bowel cancer screening done in the canteen', [], ['health']);
    finds('Diabetes awareness session 3 done, well attended', [], ['health']);
  });
});

describe('eponyms said alone, development conditions, mobility aids, a premature birth', () => {
  it('are health when told about a person', () => {
    finds('Witness has Asperger’s so keep the questions literal', [['health', 'Asperger’s']]);
    finds('The boy has FASD and can be impulsive, social worker aware', [['health', 'FASD']]);
    finds('Victim is 89 and uses a zimmer frame, slow to answer the door', [['health', 'zimmer frame']]);
    finds('Her twins were born prematurely and are still on the ward', [['health', 'born prematurely']]);
  });
  it('a surname’s possessive stays a name', () => {
    finds('Mrs Marfan’s car was keyed overnight on Elm Road', [], ['health']);
  });
});

describe('a patient of a mental health or specialist health service', () => {
  it('is health information about the person', () => {
    finds('Spoke to the son, he is open to the crisis team and was seen yesterday', [['health', 'the crisis team']]);
    finds('Misper is known to the drug and alcohol team, may be at the hostel', [['health', 'the drug and alcohol team']]);
    finds('Her dad is under the care of the memory clinic now', [['health', 'the memory clinic']]);
  });
  it('the service alone, with no person tied to it, is not', () => {
    finds('The crisis team is short-staffed tonight so expect delays', [], ['health']);
    finds('Referrals to CAMHS are up 20% this year', [], ['health']);
  });
});
