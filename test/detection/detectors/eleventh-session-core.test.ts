import { describe, it } from 'vitest';
import { finds } from './finds';

/** Eleventh session: core readings, each with cases that must stay clean. */

describe('an IBAN opened in capitals is written in capitals', () => {
  it('does not run on into the lower-case words after a code (a chance mod-97 pass)', () => {
    finds('Form shows NE276051D so ask him again', [], ['iban']);
    finds('Form shows NE346051D so ask him again', [], ['iban']);
  });
  it('still reads IBANs in capitals, and all in lower case', () => {
    finds('Refund to GB82 WEST 1234 5698 7654 32 please', [['iban', 'GB82 WEST 1234 5698 7654 32']]);
    finds('refund to gb82 west 1234 5698 7654 32 please', [['iban', 'gb82 west 1234 5698 7654 32']]);
  });
});

describe('intelligence grades listed after "graded", and full slashed grades in an intelligence post', () => {
  it('reads each grade of a list that follows "graded"', () => {
    finds('Both sightings of the van were graded B2 and C3 by the desk.', [['intelligence_grading', 'B2'], ['intelligence_grading', 'C3']]);
  });
  it('reads a full slashed grade far from the intelligence word', () => {
    finds('Fresh intel on the cannabis grow at the old mill, after the source meeting on Friday it came back as C/3/1.', [['intelligence_grading', 'C/3/1']]);
  });
  it('not codes listed without "graded", a pay-grade list, or a slashed code in a post about something else', () => {
    finds('Meeting rooms B2 and C3 are booked for the intel course.', [], ['intelligence_grading']);
    finds('Pay grades B2 and C3 are being merged next April.', [], ['intelligence_grading']);
    finds('The spare radios are on shelf B/2/4 in the stores.', [], ['intelligence_grading']);
  });
});

describe('a protective marking declared of the paper, in a correction', () => {
  it('counts OFFICIAL-SENSITIVE that a document should carry or carries', () => {
    finds('The tasking minutes went out unmarked. They should be OFFICIAL-SENSITIVE.', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
    finds('Those custody sheets are not for partners, they\'re OFFICIAL-SENSITIVE, so please pull them back.', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
  });
  it('not a rule about most material, nor a contrast with another tier', () => {
    finds('Most of what we write should be OFFICIAL-SENSITIVE.', [], ['protective_marking']);
    finds('The default should be OFFICIAL-SENSITIVE, not anything higher.', [], ['protective_marking']);
  });
});

describe('a second crime reference of the same shape in the post', () => {
  it('counts once the post has shown one reference of that shape', () => {
    finds('The crime number on the file is 4/3312/96, but the statements are filed under a different one (4/3318/96) by mistake.', [
      ['crime_reference', '4/3312/96'],
      ['crime_reference', '4/3318/96'],
    ]);
  });
  it('not a date or a number of another shape, nor the shape alone in a post with no reference', () => {
    finds('Crime number 4/3312/96, he was seen on 4/11/96 and again at unit 2/3318 on the estate.', [['crime_reference', '4/3312/96']]);
    finds('The statements are filed in box (4/3318/96) in the archive.', [], ['crime_reference']);
  });
});

describe('a passport number with its letters set apart', () => {
  it('counts in capitals after the passport word', () => {
    finds('Escort booked for Friday, his Latvian passport LV 4429017 is in the property store.', [['passport', 'LV 4429017']]);
  });
  it('not a lower-case word before a number, nor without the passport word', () => {
    finds('Passport queries: the office is on 4429017 ext 12.', [], ['passport']);
    finds('Locker LV 4429017 needs a new padlock.', [], ['passport']);
  });
});

describe('a year-first date typed against its birth word', () => {
  it('counts as a date of birth', () => {
    finds('New referral: Jake Ormerod,dob2009-06-21, lives with his nan.', [['date_of_birth', '2009-06-21']]);
  });
  it('not a date that cannot be one, nor a date glued to another word', () => {
    finds('referral,dob2009-14-21, check the form', [], ['date_of_birth']);
    finds('the reborn2009-06-21 build fixed the printer', [], ['date_of_birth']);
  });
});

describe('handing over an on-call duty is an on-call issue, whenever it is for', () => {
  it('counts an ask to take over or cover an on-call, even with rota words and dates', () => {
    finds('Family emergency, can somebody cover my Bronze on-call from 6pm on Sunday?', [['operational_use', 'can somebody']]);
    finds('Rota clash: could anyone take the custody on-call phone off me for Saturday night?', [['operational_use', 'could anyone']]);
  });
  it('not on-call pay, claims, a joke, or asking who is on call at a later date', () => {
    finds("Who's on call for the dive team over the bank holiday? Add your name to the sheet.", [], ['operational_use']);
    finds('Reminder: on-call allowance claims for the rota must be in by Friday.', [], ['operational_use']);
    finds('Who has the best on-call horror story? Mine involves a goat lol', [], ['operational_use']);
  });
});

describe("a car model's number is no suffix plate", () => {
  it('three capitals and a lower-case last letter are a make and model', () => {
    finds('The BMW 320d pool car is back from the garage.', [], ['vehicle_registration']);
  });
  it('a suffix plate typed in one case is still read', () => {
    finds('The old car LFK 453V was towed from the yard.', [['vehicle_registration', 'LFK 453V']]);
    finds('the old car lfk 453v was towed from the yard', [['vehicle_registration', 'lfk 453v']]);
  });
});

describe('a dispatch for resources now, and specialist roles called for like units', () => {
  it('counts a strong urgent ask for units without a named incident, and PCSOs called for like units', () => {
    finds('need any spare units at the Meadowhall bus station asap, group of lads squaring up', [['operational_use', 'need any spare units']]);
    finds('Flooding at the depot, all available PCSOs report to the RVP on Mill Street now.', [['operational_use', 'all available PCSOs']]);
  });
  it('not the same words for a planned event or in the news', () => {
    finds('We need more officers for the charity fun run next Sunday, sign up on the sheet.', [], ['operational_use']);
    finds('BBC article: the council says the town needs more PCSOs now.', [], ['operational_use']);
  });
});

describe('a strong ask for units with a time word alone', () => {
  it('is no dispatch without urgency or a scene', () => {
    finds('Could any spare officers pop into the library tonight for the book fair?', [], ['operational_use']);
  });
});
