import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Core shapes learned from the eighth blind dev set (dev set 8 round), written here in new words:
 * each rule with positives and with negatives that must not fire.
 */

describe('intelligence gradings typed as a field of an intelligence post', () => {
  it('a grade set off by commas, spaced dashes or the end of the post, far from the intelligence word', () => {
    finds('int sub on the Meir lot re the lad with the moped (pnc on file) - C2 - moving stock by taxi', [['intelligence_grading', 'C2']]);
    finds('drugs intel re the bookies on Church St - two males dealing from the back door, E4', [['intelligence_grading', 'E4']]);
    finds('white Berlingo sighted 2140 Leek Rd northbound,C3,no further', [['intelligence_grading', 'C3']]);
    finds('RESTRICTED: nominal Darren Pyke still fencing tools from the allotments, D2', [['intelligence_grading', 'D2']]);
  });

  it('no field without an intelligence word, and no field in a list of codes or on a road', () => {
    finds('moving the file store to the annex, B2, from Monday', [], ['intelligence_grading']);
    finds('source handling refresher: sessions in B1, B2, B3 over the week', [], ['intelligence_grading']);
    finds('nominal last seen heading for the M6, A5, A38 split', [], ['intelligence_grading']);
    finds('intel course notes are on the shared drive for everyone who asked last week, A3 - ask the front desk', [], ['intelligence_grading']);
  });

  it('the scheme named after the grade, or where the grade came from', () => {
    finds('came in as E3 on the 5x5x5 so dont go kicking doors', [['intelligence_grading', 'E3']]);
    finds('B1 from a partner agency re: the lock-up behind the garage', [['intelligence_grading', 'B1']]);
    finds('A1 from Newark is shut northbound tonight', [], ['intelligence_grading']);
  });
});

describe('NHS numbers named after the value or earlier in the sentence', () => {
  it('the name after the number, or "NHS no" earlier in the same sentence', () => {
    finds('6260181590 is her NHS number, pass it to the ward', [['nhs_number', '6260181590']]);
    finds('1830166131 (NHS no) for the transfer to Royal Stoke', [['nhs_number', '1830166131']]);
    finds('NHS num for the lad in cell 3 so the FME can look him up: 2860913904', [['nhs_number', '2860913904']]);
    finds('the hospitals need it: 7030824628', [['nhs_number', '7030824628']]);
  });

  it('a valid ten-digit number with no NHS name stays unflagged; "NHS" as a supplier is no name', () => {
    finds('order 6260181590 - NHS supply chain invoice for the gloves', [], ['nhs_number']);
    finds('call ref 1830166131 still sitting in the queue', [], ['nhs_number']);
    finds('NHS number checked on the spine earlier, all fine. Job 2860913904 is the boiler', [], ['nhs_number']);
  });
});

describe('a year-first date later in the sentence of the birth word', () => {
  it('ISO dates as systems print them', () => {
    finds('date of birth on the custody record shows 1988-11-23, can someone check it', [['date_of_birth', '1988-11-23']]);
    finds('dob the school gave us for the lad was 2009-04-17 but mum says otherwise', [['date_of_birth', '2009-04-17']]);
  });

  it('not across a sentence end', () => {
    finds('dob confirmed. Review meeting booked for 2026-12-01 in the conference room', [], ['date_of_birth']);
  });
});

describe('a log number of a day named as people say it', () => {
  it('"of the 3rd", "of yesterday", "of today" after a reference word', () => {
    finds('log 212 of the 3rd is still open on the queue', [['crime_reference', 'log 212 of the 3rd']]);
    finds('inc 77 of yesterday, the shoplifter from the Co-op', [['crime_reference', '77 of yesterday']]);
  });

  it('not without a reference word', () => {
    finds('see chapter 4 of the 2nd edition for the answer', [], ['crime_reference']);
  });
});

describe('number plates as people type them around vehicles', () => {
  it('truck, minibus and plural vehicle nouns; vehicle words after the plate', () => {
    finds('recovery truck collected fd62 kwp from the layby this morning', [['vehicle_registration', 'fd62 kwp']]);
    finds('both cars seized, the other one is wr13 hkd', [['vehicle_registration', 'wr13 hkd']]);
    finds('yr15 ogd anyone check it? caller says it was parked on the verge all day', [['vehicle_registration', 'yr15 ogd']]);
  });

  it('capital prefix plates beside road numbers, but not a road number read as a plate', () => {
    finds('P482 RDN northbound on the A50 again tonight', [['vehicle_registration', 'P482 RDN']]);
    finds('Seen K731 HLW at the M6 services twice this week', [['vehicle_registration', 'K731 HLW']]);
    finds('A34 AND M6 BOTH SHUT TONIGHT', [], ['vehicle_registration']);
    finds('J15 FOR THE M6 IS CLOSED', [], ['vehicle_registration']);
  });

  it('lower-case counts in thousands or millions are no suffix plates', () => {
    finds('the drink drive appeal got 25k likes this year', [], ['vehicle_registration']);
    finds('the old fleet van has 120k miles on it', [], ['vehicle_registration']);
    finds('classic car stolen overnight, suffix plate WLR 427K', [['vehicle_registration', 'WLR 427K']]);
  });
});

describe('tiers named as a scheme, or a marking on a line that laughs, are no markings', () => {
  it('a list of tiers', () => {
    finds('The scheme has three tiers: OFFICIAL, SECRET and TOP SECRET', [], ['protective_marking']);
    finds('Quick guide: OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET - ask IM if unsure', [], ['protective_marking']);
    finds('Levels: SECRET or TOP SECRET - which one for the vetting form?', [], ['protective_marking']);
    finds('old GPMS had RESTRICTED / CONFIDENTIAL / SECRET, now it is simpler', [], ['protective_marking']);
  });

  it('laughter on the marking line; a real marking still counts, laughter on another line does not undo it', () => {
    finds('CONFIDENTIAL: who keeps nicking the milk 🤣', [], ['protective_marking']);
    finds('SECRET - haha only joking, it is the tea kitty rota', [], ['protective_marking']);
    finds('RESTRICTED: the good biscuits in the DS office lmao', [], ['protective_marking']);
    finds('TOP SECRET: cake in the kitchen for whoever finds it first hehe', [], ['protective_marking']);
    finds('SECRET: do not forward, Op Lantern tasking for nights', [['protective_marking', 'SECRET']]);
    finds('OFFICIAL-SENSITIVE\nsuspect seen at the flat again\nnice one team 😂', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
  });
});

describe('fields typed compactly after their names', () => {
  it('a date of birth as one run of digits right after the birth word', () => {
    finds('male in cell 4 gave dob 140791, no ID on him', [['date_of_birth', '140791']]);
    finds('DOB:03112004 per the school', [['date_of_birth', '03112004']]);
    finds('born 1988 in Stafford, moved away', [], ['date_of_birth']);
    finds('dob 1403917 on the form looks wrong', [], ['date_of_birth']);
    finds('dob 331291 can not be a date', [], ['date_of_birth']);
  });

  it('a sort code run together after its abbreviation; "a/c" after it is no NI number suffix', () => {
    finds('sc 309634 a/c 41775120 for the refund', [['bank_account', '309634'], ['bank_account', '41775120']], ['nino']);
    finds('s/c: 309634 and the rest to follow', [['bank_account', '309634']]);
    finds('pay ref 309634 for the canteen', [], ['bank_account']);
  });

  it('a slashed grade in lower case after an intelligence word', () => {
    finds('intel graded c/3/1 re the lock-up', [['intelligence_grading', 'c/3/1']]);
    finds('source says the same, 2/c/p', [['intelligence_grading', '2/c/p']]);
    finds('the form is a/b/c multiple choice', [], ['intelligence_grading']);
  });

  it('a postcode named by its field, in any case or spacing', () => {
    finds('postcode st103lx for the sat nav', [['postcode', 'st103lx']]);
    finds('post code: ws11 1dj', [['postcode', 'ws11 1dj']]);
    finds('meet at st103lx', [], ['postcode']);
  });
});

describe('labels typed against their values, and codes listed together', () => {
  it('a phone number glued to the colon of its label', () => {
    finds('Mob:07700900418 (his partner)', [['phone', '07700900418']]);
    finds('contact tel:01782 234519 after 6pm', [['phone', '01782 234519']]);
    finds('kick off at 19:30 then 20:45, scores 3-1', [], ['phone']);
  });

  it('grade-shaped codes listed together are rooms or seats, not a grading', () => {
    finds('intel awareness sessions in rooms C1, C2 and D4 all week', [], ['intelligence_grading']);
    finds('source unit moved to desks B3 & B4 on floor 2', [], ['intelligence_grading']);
    finds('intel graded C2, treat with caution', [['intelligence_grading', 'C2']]);
  });
});

describe('a date of birth typed against the birth word with its separators', () => {
  it('"DOB03/04/1990", "dob14.7.01"', () => {
    finds('DOB21/09/1979 per the custody record', [['date_of_birth', '21/09/1979']]);
    finds('male, dob14.7.01, no fixed abode', [['date_of_birth', '14.7.01']]);
    finds('dob21/19/1979 is not a date', [], ['date_of_birth']);
  });
});

describe('prefix and suffix plates whose letters are an everyday word', () => {
  it('in lower or mixed case a code and a word are no plate (words from the compromise lexicon)', () => {
    finds('come off at j15 for the services, the car park is huge', [], ['vehicle_registration']);
    finds('room b12 has the van keys', [], ['vehicle_registration']);
    finds('meet off the M6 and leave your car at the services', [], ['vehicle_registration']);
    finds('see you at t5 and leave the car in short stay', [], ['vehicle_registration']);
    finds('stolen van, reg h417 kdm, seen on the estate', [['vehicle_registration', 'h417 kdm']]);
  });
});

describe('words that make a post about intelligence, and the same words elsewhere', () => {
  it('a finance "nominal code" and "partially sighted" are no intelligence words', () => {
    finds('fuel goes on nominal code 5200, D4, ask finance', [], ['intelligence_grading']);
    finds('partially sighted staff member, desk B2, needs a bigger screen', [], ['intelligence_grading']);
    finds('nominal Kyle seen at the bookies again, D4', [['intelligence_grading', 'D4']]);
  });
});

describe('a reference qualified by something other than police business', () => {
  it('"course ref", "booking ref": not a crime reference even with a reference word earlier in the post', () => {
    finds('Training course ref TR2024/118 is fully booked', [], ['crime_reference']);
    finds('Gym induction: booking ref GY2025/0471 in your inbox', [], ['crime_reference']);
    finds('crime ref for the theft is CR/40417/24', [['crime_reference', 'CR/40417/24']]);
  });
});
