import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/**
 * Ways of writing people's names learned from the ninth blind dev set, written here in new
 * sentences: each rule with positives and with negatives that must not be flagged.
 */

const names = (text: string): string[] => scan({ text }).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));

describe('a code with a letter before its digits is no house number', () => {
  it('a cell or room code before a name does not hide it', () => {
    finds('Cell list:\n- B4 Gary Lomax - epileptic, meds in the drawer', [['person_name', 'Gary Lomax']]);
  });
  it('a house number still makes a street', () => {
    expect(names('burglary reported at 14 Ashley Heath, rear door forced')).toEqual([]);
  });
});

describe('identification phrases after a role word', () => {
  it('"believed to be", "identified as", a reporting verb with "that"', () => {
    finds('crash on the A50, passenger believed to be Shannon Pryce, taken to UHNM', [['person_name', 'Shannon Pryce']]);
    finds('shop theft yesterday, suspect identified as Jordan Keane from the CCTV', [['person_name', 'Jordan Keane']]);
    finds('source reporting that Tariq Malik is storing cash at his mum\'s', [['person_name', 'Tariq Malik']]);
  });
  it('a reporting verb with "that" still needs a capitalised full name', () => {
    expect(names('intel reporting that the van was moved to the yard')).toEqual([]);
  });
});

describe('a lower-case name after "address for" when the address follows', () => {
  it('the address or postcode in the sentence vouches for the name', () => {
    finds('new addy for jodie marsh is 12 Elm Grove ST4 2PQ', [['person_name', 'jodie marsh']]);
  });
  it('without the address the words are not read', () => {
    expect(names('address for jodie marsh to follow once housing confirm')).toEqual([]);
  });
});

describe('"<thing> wanted:" heads an advert', () => {
  it('no wanted person after a thing', () => {
    expect(names('lift wanted: Cheadle to Cannock on Tuesday, will pay for petrol')).toEqual([]);
    expect(names('volunteers wanted: Biddulph fun run, sign up by Friday')).toEqual([]);
  });
  it('a wanted person is still read', () => {
    finds('Wanted: Ryan Stubbs, breach of bail, believed in the Meir area', [['person_name', 'Ryan Stubbs']]);
  });
});

describe('offender management after a name', () => {
  it('recalled to prison, breached a licence or bail, released on licence', () => {
    finds('quick one - tyrone bishop recalled to custody last night, pls update the board', [['person_name', 'tyrone bishop']]);
    finds('Nathan Cope breached his licence again, missed probation twice', [['person_name', 'Nathan Cope']]);
  });
  it('everyday recalling is no role', () => {
    expect(names('Dave Walton recalled the old radio codes at the quiz')).toEqual([]);
  });
});

describe('a birth date or school year right after a name', () => {
  it('a birth date in formats the DOB detector leaves, lower case too', () => {
    finds('courtney hale 14/9/02 picked up by mum from the station', [['person_name', 'courtney hale']]);
    finds('Liam Brereton 1997-06-11 stopped on Broad St, no search', [['person_name', 'Liam Brereton']]);
  });
  it('a school year after the name or inside its bracket', () => {
    finds('fight at the gates, (Millie Harper, Yr 8) has a cut lip', [['person_name', 'Millie Harper']]);
    finds('jayden clarke y9 refusing to go home, staying in reception', [['person_name', 'jayden clarke']]);
  });
  it("this decade's dates, everyday words and staff posts are not read", () => {
    expect(names('Sarah Dunn 12/5/25 swap to lates please')).toEqual([]);
    expect(names('table tennis 3/4/91 was the year we won')).toEqual([]);
    expect(names('Well done to Helen Price (Y10) for the charity run, from all the team')).toEqual([]);
  });
  it("a colleague's full birth date in a staff post is still personal data: the date, and the name it identifies", () => {
    // The date-of-birth detector reads a date right after a name (date-after-name.ts); a name followed by its own
    // identifier is flagged even in staff posts (person_name.with_detail), so the moderator can mask both.
    finds('Happy birthday to Helen Price 4/7/86 from all the team', [['person_name', 'Helen Price'], ['date_of_birth', '4/7/86']]);
  });
});

describe('a name put to a person already described', () => {
  it('apposition after "the fella", or "was <name>" after a clause', () => {
    finds('the bloke in the red cap, Jamie Sutton, was back at the bookies today', [['person_name', 'Jamie Sutton']]);
    finds('the woman who kept ringing 999 about the bins was Carol Whitehouse', [['person_name', 'Carol Whitehouse']]);
  });
  it('not a title or a part ("the man of the match"), not a first name unknown, not a colleague after a rank', () => {
    expect(names('the man of the match was Jordan Hughes, what a game')).toEqual([]);
    expect(names('the lad on the desk was PC Hannah Booth, sorted it in minutes')).toEqual([]);
    expect(names('the guy from IT, Marcus Webb, is coming to look at the printers')).toEqual([]);
    expect(names('the woman in the control room, Paula Grant, took the call')).toEqual([]);
  });
});

describe('a name with its own vehicle and plate', () => {
  it('"has a car" or a possessive, then the plate in the sentence', () => {
    finds('Kelly Brookes has a new van YK68 PZT, not declared to the DVLA', [['person_name', 'Kelly Brookes']]);
    finds('dashcam from Owen Price\'s car (FD17 WHL) shows the collision', [['person_name', 'Owen Price']]);
  });
  it('a plate with no owner named, or after a rank, is not a name', () => {
    expect(names('Ford Transit van YK68 PZT parked across the entrance again')).toEqual([]);
    expect(names('PC Gemma Rowe\'s car FD17 WHL is in the wrong bay')).toEqual([]);
  });
});

describe('initials and surnames listed under a heading that names a group of the public', () => {
  it('offender management and persons-of-interest lists', () => {
    finds('IOM cohort review Thursday: J. Whitmore; L. Fenton and R. Osei', [['person_name', 'J. Whitmore'], ['person_name', 'L. Fenton'], ['person_name', 'R. Osei']]);
    finds('POI list for the op: B Kaur, T Doyle', [['person_name', 'B Kaur'], ['person_name', 'T Doyle']]);
  });
  it('rotas name no such group; a lone undotted capital is an article or a grade', () => {
    expect(names('Nights rota wk14: D. Hughes, K. Patel, S. Cartwright')).toEqual([]);
    expect(names('Year 13 cohort: A Levels start on Monday')).toEqual([]);
    expect(names('new recruits cohort 3 starts: A. Patel, B. Jones - induction Monday')).toEqual([]);
  });
});
