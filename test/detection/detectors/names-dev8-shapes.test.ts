import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { isFirstName } from '../../../src/detection/detectors/name-tokens';
import { finds } from './finds';

/**
 * Ways of writing people's names learned from the eighth blind dev set, written here in new
 * sentences: each rule with positives and with negatives that must not be flagged.
 */

const names = (text: string): string[] => scan({ text }).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));

describe('first names from a broader published list, and hyphenated first names', () => {
  it('names in none of the first lists but in gender-detection-from-name are known first names', () => {
    expect(['Kayden', 'Callum', 'Imran', 'Freya'].map(isFirstName)).toEqual([true, true, true, true]);
    finds('wanted on warrant: details to follow, Imran Qadir seen at the petrol station', [['person_name', 'Imran Qadir']]);
  });

  it('words and places in that list are not first names (WordNet lemmas are left out)', () => {
    expect(['baby', 'brown', 'lake', 'london', 'paris'].map(isFirstName)).toEqual([false, false, false, false, false]);
    finds('stolen bike recovered near London Bridge, owner informed', [], ['person_name']);
  });

  it('a hyphenated first name is known when both halves are, in lower case after a strong role too', () => {
    finds('misper lily-rose hackett returned home at 0300, pls close the log', [['person_name', 'lily-rose hackett']]);
    finds('victim well-being check done, all fine', [], ['person_name']);
  });
});

describe('an identifier in brackets after a lower-case name', () => {
  it('the identifier word opens the bracket', () => {
    finds('intel re martin crowe (pnc 04/118273W) dealing from the flats', [['person_name', 'martin crowe']]);
  });
  it('a bracketed identifier after two everyday words is no name', () => {
    expect(names('see old record (pnc 04/118273W) before you go')).toEqual([]);
  });
});

describe('a name in the possessive before a parent or before the person\'s own details', () => {
  it('a parent or carer after a full name', () => {
    finds('Duke of Edinburgh trip - Tyler Banks\'s mum rang, he gets travel sick', [['person_name', 'Tyler Banks']]);
    finds('youth club: Olivia Marsden\'s foster carer wants to know if the trip is still on', [['person_name', 'Olivia Marsden']]);
  });
  it('a contact or identity word needs the detail itself later in the sentence; then a first name alone will do', () => {
    finds('item 3 on the list, Darren Pike\'s number is now 07700 900 461', [['person_name', 'Darren Pike']]);
    finds('Sasha\'s date of birth for the housing form: 14/03/1995', [['person_name', 'Sasha']]);
    expect(names('Sasha\'s number will be on the form tomorrow')).toEqual([]);
  });
  it('not a colleague after a rank, in a bereavement notice, a staff post, or a noun opening a sentence', () => {
    expect(names('DS Holloway\'s mum is in hospital, covering her cases this week')).toEqual([]);
    expect(names('Sad news: Peter Lowndes\'s dad passed away on Sunday, funeral details to follow')).toEqual([]);
    expect(names('Congratulations to Helen Marsh\'s dad on his 80th, 07700 900 333 for the card')).toEqual([]);
    expect(names('Son\'s number is 07700 900 219 if the school can\'t reach mum')).toEqual([]);
    expect(names('Sarge\'s mobile is 07700 900 872 if the van breaks down')).toEqual([]);
  });
});

describe('roles that carry over a title, a describing word or a joined first name', () => {
  it('Dr after a role word', () => {
    finds('burglary overnight, victim Dr Priya Nair, rear door forced', [['person_name', 'Dr Priya Nair']]);
  });
  it('one describing word between the role and a known first name and surname', () => {
    finds('van blocking the lane again, owner is the farmer Colin Hatton', [['person_name', 'Colin Hatton']]);
    finds('caller says a lad called Jordan Pace is selling from the garages', [['person_name', 'Jordan Pace']]);
    // A verb after a bare role is no describing word.
    expect(names('Great morning at the fun day, the driver thanked Sarah Jones for the raffle prizes')).toEqual([]);
    // Without a known first name the describing word does not vouch for capitals.
    expect(names('van blocking the lane again, owner is the council Highways Depot')).toEqual([]);
  });
  it('a first name joined by "and" to a full name shares its role', () => {
    finds('teacher says Maisie and Logan Thorpe have not been in school all week, possible neglect', [['person_name', 'Maisie'], ['person_name', 'Logan Thorpe']]);
    // A weak opener still needs a full name after the joined first name.
    expect(names('teacher says Maisie and Logan are fine now')).toEqual([]);
  });
});

describe('safeguarding and exclusion lists read names under them', () => {
  it('MARAC and pub-ban lists of names', () => {
    finds('MARAC referrals this week:\n- Kelly Bourne\n- Sophie Pritchard', [['person_name', 'Kelly Bourne'], ['person_name', 'Sophie Pritchard']]);
    finds('Banned from the Crown and the Vine until June:\n1. Wayne Salt\n2. Jordan Lyth', [['person_name', 'Wayne Salt'], ['person_name', 'Jordan Lyth']]);
  });
  it('the same words in a post with no names stay clean', () => {
    expect(names('MARAC moves to Wednesdays from next month, room 2.14')).toEqual([]);
    expect(names('Refuge bake sale raised £210, thank you all')).toEqual([]);
  });
});

describe('a lone first name after case work, in a post about a child or the public', () => {
  it('the family or a public role is named in the post', () => {
    finds('gran rang again, can we chase the referral for Mason? she has no update', [['person_name', 'Mason']]);
    finds('misper update pls: any news? the search for Harvey has moved to the canal', [['person_name', 'Harvey']]);
  });
  it('not without the family or a public role, nor before a surname read by other rules', () => {
    expect(names('any update on Steve? his wife says he is home from surgery')).toEqual([]);
    expect(names('report for Monday please, the inspector wants it early')).toEqual([]);
  });
});

describe('a capitalised pair after "at" is a place', () => {
  it('places after "at" are no names', () => {
    expect(names('theft from a car at Carsington Water, window smashed, stolen handbag')).toEqual([]);
    expect(names('burglary at Ivy Cottage, Mill Lane, owners on holiday')).toEqual([]);
  });
  it('a person something is directed at is still a name', () => {
    finds('assault: threw a bottle at Nathan Birch outside the chippy', [['person_name', 'Nathan Birch']]);
    finds('misper thought to be staying at Kelsey Wragg\'s flat on the estate', [['person_name', 'Kelsey Wragg']]);
  });
});
