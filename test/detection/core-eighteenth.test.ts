/**
 * Eighteenth session (branch core18): core values in the formats other forces and writers use, one failure mechanism
 * per block (docs/detection.md, "Eighteenth session: other forces' formats"). Sentences of our own; each positive
 * fails on integration without its change, each negative stays clean.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

/** The substrings (as written) of the findings of `type`. */
function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a reference carrying a police code in its own fields', () => {
  it('reads the code before, between or after the year and the serial, with or without a reference word', () => {
    expect(found('Shed break-in logged as 25/BURG/00118, owner wants a crime prevention visit', 'crime_reference')).toEqual(['25/BURG/00118']);
    expect(found('The detention hearing for POCA/26/0231 is on the list for Tuesday.', 'crime_reference')).toEqual(['POCA/26/0231']);
    expect(found('Romance scam report CYBER-26-220417 came through from the bank overnight.', 'crime_reference')).toEqual(['CYBER-26-220417']);
    expect(found('Actions for 23/6650/MCT have been reallocated to the afternoon team.', 'crime_reference')).toEqual(['23/6650/MCT']);
  });

  it('reads a code in lower case only after a reference word (as the reference-word rule already did)', () => {
    expect(found('nothing further on crime ref rob-25-00871, the phone was never recovered', 'crime_reference')).toEqual(['rob-25-00871']);
    expect(found('incident ref inc-26-0030917 closed, no further action', 'crime_reference')).toEqual(['inc-26-0030917']);
    expect(found('dom-25-00412 came back fine, thanks dom', 'crime_reference')).toEqual([]);
  });

  it('leaves codes that name no police business, and numbers given to something else', () => {
    expect(found('Locker allocation sheet 24/KIT/0412 is on the noticeboard.', 'crime_reference')).toEqual([]);
    expect(found('Training request TRN/25/0091 approved for the new starters.', 'crime_reference')).toEqual([]);
    expect(found('Stock code 26/ROB/00311 is the robe hooks for the changing rooms.', 'crime_reference')).toEqual([]);
    expect(found('Invoice FRAUD-24-0031 from the awareness poster printers has been paid.', 'crime_reference')).toEqual([]);
    expect(found('CID/25/0733 is the overtime code for the Christmas cover.', 'crime_reference')).toEqual([]);
  });
});

describe('an operation, an investigation or a major incident room qualifying "ref"', () => {
  it('reads the reference after them as a police one', () => {
    expect(found('Op ref 26/1187/EMSOU is the one to book your hours against.', 'crime_reference')).toEqual(['26/1187/EMSOU']);
    expect(found('Investigation reference HX/25/30017 has a new disclosure officer.', 'crime_reference')).toEqual(['HX/25/30017']);
  });

  it('reads a three-field reference with a year after "for ref", where a shorter one is a booking\'s', () => {
    expect(found('Has anyone got the paperwork for ref 25/QRT/00412? The victim is asking.', 'crime_reference')).toEqual(['25/QRT/00412']);
    expect(found('Statements are still missing for reference KL/24/30552 on the shared drive.', 'crime_reference')).toEqual(['KL/24/30552']);
  });

  it('still lets a reference of another kind of business go', () => {
    expect(found('Pension ref PN/25/30017 needs a signature from HR.', 'crime_reference')).toEqual([]);
    expect(found('The interpreter for ref K-44120 invoices the agency directly.', 'crime_reference')).toEqual([]);
  });
});

describe('a Crown Court case number', () => {
  it('reads T, the year and the serial in a sentence about a trial or a court', () => {
    expect(found('Defence have served a new expert report on T20258841, trial starts Monday.', 'crime_reference')).toEqual(['T20258841']);
    expect(found('Listed at the Crown Court as T20261002 for a plea hearing.', 'crime_reference')).toEqual(['T20261002']);
  });

  it('leaves the same shape in a sentence about no court', () => {
    expect(found('Replacement fuse T20251160 fits the kettle in the report writing room.', 'crime_reference')).toEqual([]);
    expect(found('Court dress rules are on the intranet. Toner part number T20259931 is the black one.', 'crime_reference')).toEqual([]);
    expect(found('Trial of the new radios: handset unit T20250412 goes to C shift.', 'crime_reference')).toEqual([]);
    expect(found('Court car park permit T20260077 runs out at Easter.', 'crime_reference')).toEqual([]);
  });
});

describe('a short date given "as" the date of birth', () => {
  it('reads the date before "as his DOB" or "as her date of birth"', () => {
    expect(found('The driver offered 9/2/84 as his DOB, which the licence did not match.', 'date_of_birth')).toEqual(['9/2/84']);
    expect(found('She then gave 17/11/02 as her date of birth to the custody officer.', 'date_of_birth')).toEqual(['17/11/02']);
  });

  it('leaves dates given as anything else', () => {
    expect(found('Please use 9/2/26 as the deadline for the overtime returns.', 'date_of_birth')).toEqual([]);
    expect(found('Given 3/4 of the shift are at court, the briefing moves to Friday.', 'date_of_birth')).toEqual([]);
  });
});

describe('an intelligence grading joined by "x"', () => {
  it('reads the three parts next to a grading word', () => {
    expect(found('Int sub on the courier now graded 2x1x1 by the desk.', 'intelligence_grading')).toEqual(['2x1x1']);
    expect(found('Source says the lock-up is used at night, grading 3X2X1.', 'intelligence_grading')).toEqual(['3X2X1']);
    expect(found('The new sighting has been graded 1 x 3 x 1 by the handler.', 'intelligence_grading')).toEqual(['1 x 3 x 1']);
  });

  it('leaves the scheme names and sizes alone', () => {
    expect(found('The intel form is still graded on the 5x5x5 until the new system lands.', 'intelligence_grading')).toEqual([]);
    expect(found('Grading equipment: the new mats are 2x1x1 metres and weigh a ton.', 'intelligence_grading')).toEqual([]);
    expect(found('Intel submissions are still graded on the 5 x 5 x 5 form.', 'intelligence_grading')).toEqual([]);
    expect(found('The puzzle on the desk is a 3x3x3 cube, graded hard by the box.', 'intelligence_grading')).toEqual([]);
  });
});

describe('a house number and a "The <Name>" street', () => {
  it('reads it where the post places a home', () => {
    expect(found('Concern for welfare at 15 The Hawthorns, door answered by a neighbour.', 'address')).toEqual(['15 The Hawthorns']);
    expect(found('He has moved to 4 the Poplars with his sister.', 'address')).toEqual(['4 the Poplars']);
    expect(found('Door knocked at no. 31 The Larches, no reply.', 'address')).toEqual(['31 The Larches']);
    expect(found('Curfew address is 22 The Glebe until the next hearing.', 'address')).toEqual(['22 The Glebe']);
  });

  it('leaves counts, titles and venues', () => {
    expect(found('We sold 4 The Beatles records at the charity stall.', 'address')).toEqual([]);
    expect(found('Leaving drinks at 7 The Crown, first one is on me.', 'address')).toEqual([]);
    expect(found('Farewell drinks from 6 The Foresters Arms, cash bar.', 'address')).toEqual([]);
    expect(found('Curry night at 8 The Three Bells, tables booked.', 'address')).toEqual([]);
    expect(found('Quiz at 4 The Hawthorns social club, teams of 4.', 'address')).toEqual([]);
  });

  it('leaves a time or a count after a bare "at", "to" or "from" when the name runs on into the sentence', () => {
    expect(found('Parade at 9 The Inspectors will take the roll call.', 'address')).toEqual([]);
    expect(found('Kick off at 3 The Rovers need a win today.', 'address')).toEqual([]);
    expect(found('Meet at 8 The Pastures car park for the litter pick.', 'address')).toEqual([]);
    expect(found('I have been to 2 The Stranglers concerts this year.', 'address')).toEqual([]);
    expect(found('Stalls run from 10 The Cloisters garden opens at noon.', 'address')).toEqual([]);
  });

  it('still reads the name after a bare place word when it ends the clause or a town follows', () => {
    expect(found('Welfare check at 12 The Orchards, Ripon.', 'address')).toEqual(['12 The Orchards']);
    expect(found('Prisoner released to 6 The Sidings LS12 4QT tomorrow.', 'address')).toEqual(['6 The Sidings']);
  });
});

describe('an incident number with the year as its own field', () => {
  it('reads INC, the year and the serial with no reference word', () => {
    expect(found('Can someone attach the 999 audio to INC-25-0448120, the robbery at the garage.', 'crime_reference')).toEqual(['INC-25-0448120']);
    expect(found('Please chase INC-26-0030917 with the OIC, victim still waiting.', 'crime_reference')).toEqual(['INC-26-0030917']);
  });

  it('leaves a ticket the IT department or its tools are named with', () => {
    expect(found('IT logged INC-26-0051 about the broken projector.', 'crime_reference')).toEqual([]);
    expect(found('INC-25-0713 is with the service desk for the laptop docking station.', 'crime_reference')).toEqual([]);
  });
});

describe('a date right after the person\'s sex or age', () => {
  it('reads a date ten years back or more as the birth date', () => {
    expect(found('Detained: female, 09/12/1988, refused to give an address.', 'date_of_birth')).toEqual(['09/12/1988']);
    expect(found('she\'s 16, 21/03/2010, so the school has been told.', 'date_of_birth')).toEqual(['21/03/2010']);
  });

  it('leaves recent dates and dates the sentence goes on about', () => {
    expect(found('Second report from a female, 03/11/2025, about the same van.', 'date_of_birth')).toEqual([]);
    expect(found('Custody note for the male, 14/02/2024 was the first arrest.', 'date_of_birth')).toEqual([]);
  });
});

describe('a police record prefix with the date its system stamped', () => {
  it('reads CR or CC, a real date and a serial, with no reference word', () => {
    expect(found('Footwear marks from the shed are booked in under CR2026021400388 now.', 'crime_reference')).toEqual(['CR2026021400388']);
    expect(found('CC2025093000871 - the stolen quad was seen again near the border.', 'crime_reference')).toEqual(['CC2025093000871']);
  });

  it('leaves other prefixes, impossible dates and numbers given to something else', () => {
    expect(found('Build PR2026021400388 of the duty app fixed the login.', 'crime_reference')).toEqual([]);
    expect(found('CR2026131400388 is what the form generator printed.', 'crime_reference')).toEqual([]);
    expect(found('Invoice CC2025093000871 for the fleet tyres is paid.', 'crime_reference')).toEqual([]);
  });
});

/** fix18: false positives an independent review found in the eighteenth session's rules; sentences of our own. */
describe('fix18: a police code, a date stamp or a trial number needs police business', () => {
  it('a code that is also a word or an acronym needs a police word in its sentence', () => {
    expect(found('Pool cars 25/VIO/0031 and 25/VIO/0032 need new tyres.', 'crime_reference')).toEqual([]);
    expect(found('Programme MIT-25-00118 starts with the college in May.', 'crime_reference')).toEqual([]);
    expect(found('Charge HATE-26-0091 to the wellbeing budget please.', 'crime_reference')).toEqual([]);
    expect(found('Estates logged INC-2026-00871 for the leaking roof.', 'crime_reference')).toEqual([]);
    expect(found('Victim in 26/DOM/00417 wants an update on the bail conditions.', 'crime_reference')).toEqual(['26/DOM/00417']);
  });
  it('a leading order or project word wins over a code in the token', () => {
    expect(found('Order ref 25/ROB/00812 is the dressing gown in navy.', 'crime_reference')).toEqual([]);
    expect(found('Project ref 25/MIT/00412 covers the new canteen.', 'crime_reference')).toEqual([]);
  });
  it('a change, a release or an upgrade numbers an IT record', () => {
    expect(found('Change CR2026020300118 for the duty system upgrade goes to CAB on Monday.', 'crime_reference')).toEqual([]);
    expect(found('Release CR2026011500042 is deployed tonight.', 'crime_reference')).toEqual([]);
  });
  it('a trial number needs the court or the trial, and no spaces', () => {
    expect(found('The case of paper is T20261044 in the catalogue.', 'crime_reference')).toEqual([]);
    expect(found('Trial T2026 1044 is not a number the court prints.', 'crime_reference')).toEqual([]);
    expect(found('The jury in T20261044 went out at lunchtime.', 'crime_reference')).toEqual(['T20261044']);
  });
});

describe('fix18: a birth date and an "x" grade need their own cue', () => {
  it('a date after a descriptor needs the comma, colon or dash', () => {
    expect(found('Youth 12/06/2013 squad photos are in the shared folder.', 'date_of_birth')).toEqual([]);
    expect(found('Detained: female, 14/02/1991, refused to sign.', 'date_of_birth')).toEqual(['14/02/1991']);
  });
  it('"as the DOB" needs a giving verb before the date', () => {
    expect(found('Enter 01/01/1900 as the DOB when the form will not save.', 'date_of_birth')).toEqual([]);
    expect(found('She stated 3/11/88 as her date of birth at the desk.', 'date_of_birth')).toEqual(['3/11/88']);
  });
  it('"graded" alone does not make an "x" grade intelligence', () => {
    expect(found('The teacher graded the new quiz rounds 1x3x2 for the families.', 'intelligence_grading')).toEqual([]);
    expect(found('The informant was graded 2x2x1 by the desk.', 'intelligence_grading')).toEqual(['2x2x1']);
  });
});
