import { describe, it } from 'vitest';
import { finds } from './finds';

/** Twelfth session: readings of how people type each type, each with cases that must stay clean. */

describe('health told loosely: a medicine named by what it acts against, a course of treatment', () => {
  it('counts "anti-" and a condition before a medicine or course, with one person in the sentence', () => {
    finds('Her GP has put her on anti-epilepsy tablets since the fall.', [['health', 'anti-epilepsy tablets']]);
    finds("He's halfway through an anti-malaria course after the trip, so no alcohol at the do.", [['health', 'anti-malaria course']]);
  });
  it('counts a course, round or sessions of a therapy, whatever the therapy is called', () => {
    finds("I'm starting a course of EMDR therapy next month through the GP.", [['health', 'course of EMDR therapy']]);
    finds('She has had six sessions of talking therapy so far and it is helping.', [['health', 'sessions of talking therapy']]);
  });
  it('not a campaign or a group, nor a course of action or study', () => {
    finds('The anti-malaria campaign stall is in the foyer all week.', [], ['health']);
    finds('People on anti-epilepsy tablets should check with OH before the driving course.', [], ['health']);
    finds('He took a course of action that saved the job.', [], ['health']);
    finds('She has done six sessions of first aid training this year.', [], ['health']);
  });
});

describe('health told loosely: a mobility aid used, an organ injury as a participle', () => {
  it('counts someone using or sitting in a wheelchair', () => {
    finds('Checked on the old chap at number 4, he uses a wheelchair so the side gate needs to stay clear.', [['health', 'uses a wheelchair']]);
    finds("Her dad's in a wheelchair now, so the visit will be at the ground floor flat.", [['health', 'in a wheelchair']]);
  });
  it('counts a collapsed, perforated or burst organ told of someone', () => {
    finds("Ring Gary when you can, he's in with a collapsed lung after the match.", [['health', 'collapsed lung']]);
    finds('The victim has a perforated bowel and is in theatre now.', [['health', 'perforated bowel']]);
  });
  it('not a wheelchair ramp or space, anyone in a wheelchair, nor a burst pipe', () => {
    finds('The front entrance needs a wheelchair ramp before the open day.', [], ['health']);
    finds('The new lift takes anyone in a wheelchair up to the second floor.', [], ['health']);
    finds('He found a burst pipe under the sink at the station.', [], ['health']);
  });
});

describe('the person a health disclosure is about, named in its sentence', () => {
  it('a name no first-name list holds, close before the disclosure', () => {
    finds('heads up Gaz Okonjo wont be in for a bit, hes had a stroke at the weekend.', [['person_name', 'Gaz Okonjo']]);
  });
  it('a name opening the sentence, a pronoun carrying it to a disclosure further on', () => {
    // A welfare update is a staff post, where the older first-name rule reads no name: this rule still does.
    finds('Welfare update. Harriet Coombes from the front office asked me to pass on that she is off for a while with shingles.', [['person_name', 'Harriet Coombes']]);
  });
  it('not a rank and name (the older sets label those colleagues no name), nor a place, nor the writer past a first person', () => {
    finds('Welfare update. Sgt Harriet Coombes asked me to pass on that she is off for a while with shingles.', [], ['person_name']);
    finds('Northern General Hospital say he has had a stroke.', [], ['person_name']);
    // (A known first name here would be read by the older first-name rule, which takes any full name in a post with a disclosure.)
    finds('Gaz Okonjo swapped desks with me as I have had a stroke and cannot do stairs.', [], ['person_name']);
  });
});

describe('names in a table column headed name', () => {
  it('reads each full name in the name column of a pasted CSV', () => {
    finds('Attendees for the junior PCSO scheme:\nname,age,estate\nKwame Osei,12,Hillside\nLily Thornton,11,Greenway', [
      ['person_name', 'Kwame Osei'],
      ['person_name', 'Lily Thornton'],
    ]);
  });
  it('not team or place names in a name column', () => {
    finds('Quiz results:\nname,score\nBlue Team,42\nMain Office,38', [], ['person_name']);
  });
});

describe('crime references: custody and collision records, forensic evidence, and another body\'s reference', () => {
  it('counts a coded custody record and a collision reference', () => {
    finds('Can someone pull the CCTV for custody record WY/08812/24 please.', [['crime_reference', 'WY/08812/24']]);
    finds('The coroner has asked for the file on collision ref COL/2231/24.', [['crime_reference', 'COL/2231/24']]);
  });
  it('counts a force code, serial and year in a sentence about forensic evidence', () => {
    finds('Fingerprints lifted at 11/60213/24 have matched a known burglar.', [['crime_reference', '11/60213/24']]);
  });
  it('not a bare custody count, nor a reference given to a body it was reported to', () => {
    finds('Custody record 5512093 shows the cell checks were done.', [], ['crime_reference']);
    finds('Broken streetlight by the school, logged with the council, their ref SL-44120.', [], ['crime_reference']);
  });
});

describe('a plate written in three hyphenated blocks', () => {
  it('counts with a vehicle word or a colour', () => {
    finds('Silver van seen again, reg YB-68-KWT, parked behind the shops.', [['vehicle_registration', 'YB-68-KWT']]);
  });
  it('not a part code with no vehicle near', () => {
    finds('Order the filter as part AB-12-CDE from the catalogue.', [], ['vehicle_registration']);
  });
});

describe('names that are no member of the public', () => {
  it('a setting a device "says" is no name, a person who says one still is', () => {
    finds('The new printer says Paper Jam every time we use it.', [], ['person_name']);
    finds('The caller says Wayne Talbot is the one with the knife.', [['person_name', 'Wayne Talbot']]);
  });
  it('an actor named in talk about a film, while a name in a live job still counts', () => {
    finds('Film night on Friday: Heat on DVD. Al Pacino as the detective is the best thing in it, arrest me.', [], ['person_name']);
    finds('Arrested Dean Platt for the burglary, in custody now.', [['person_name', 'Dean Platt']]);
  });
});

describe('operational use as live traffic is typed', () => {
  it('mobile surveillance: the eyeball, a numbered car told to take a position, a subject lost', () => {
    finds('need someone to take the eyeball at the roundabout, we have lost her in traffic', [['operational_use', 'take the eyeball']]);
    finds('subject now heading into the retail park. 3rd car take the exit by the petrol station pls', [['operational_use', '3rd car take the']]);
  });
  it('public order resources, a crowd spilled out, fight and knife slang', () => {
    finds('Need 3 more PSUs at the town hall now, the crowd has spilled onto the road.', [['operational_use', 'Need 3 more PSUs']]);
    finds('Any units free at the canal path? Two lads squaring up and one has a blade.', [['operational_use', 'Any units free']]);
  });
  it('on-call cover asked in the progressive', () => {
    finds('Is anyone covering the firearms on-call phone tonight? Control cannot find a name.', [['operational_use', 'covering the firearms on-call']]);
  });
  it('not the same words in planning, kit or review posts', () => {
    finds('Mutual aid request: 10 PSUs for the summit in March, bids by Friday.', [], ['operational_use']);
    finds('The eyeball exercise on the surveillance course went well, thanks all.', [], ['operational_use']);
    finds('Knife bin emptied this morning: 22 blades handed in. Thanks to the team.', [], ['operational_use']);
    finds('Thanks to PC 3310 for covering the on-call last weekend.', [], ['operational_use']);
  });
});
