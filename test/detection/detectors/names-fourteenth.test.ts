import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/** Fourteenth session (branch names27): names as the specialist desks type them (sentences of our own). */

describe("the specialist desks' business makes a post operational for a first name and surname", () => {
  // One sentence per new word of case-words.ts, each with no older operational word.
  const posts: Array<[string, string]> = [
    ['Two witnesses saw Donna Heathcote leave at midnight.', 'Donna Heathcote'],
    ['Found a drug wrap on Wayne Ibbotson during the visit.', 'Wayne Ibbotson'],
    ['The seizure of cash from Graham Oxley is on the log.', 'Graham Oxley'],
    ['Seizures of phones from Lorna Fairbrother went to the lab.', 'Lorna Fairbrother'],
    ['We can seize the van Craig Ollerenshaw drives.', 'Craig Ollerenshaw'],
    ['Another breach by Terry Woodcock last night.', 'Terry Woodcock'],
    ['Fraud file for Hilary Brocklehurst goes off on Monday.', 'Hilary Brocklehurst'],
    ['Racist abuse aimed at Tariq Mahmood on the bus.', 'Tariq Mahmood'],
    ['Disorder outside the chippy, Kyle Ashbury at the centre of it.', 'Kyle Ashbury'],
    ['The collision involved Norman Pettifer on his scooter.', 'Norman Pettifer'],
    ['RTC on the bypass, Janet Goodall taken to hospital.', 'Janet Goodall'],
    ['Recalled to prison, Dale Winstanley went to her road.', 'Dale Winstanley'],
    ['A restraint order now covers the accounts of Beverley Dunmore.', 'Beverley Dunmore'],
    ['Confiscation figure for Clive Ormerod set at £80k.', 'Clive Ormerod'],
    ['POCA paperwork for Nadia Rahman is ready to sign.', 'Nadia Rahman'],
    ['Money mules recruited by Owen Tattersall at the college.', 'Owen Tattersall'],
    ['The YOT are working with Callum Eastwood again.', 'Callum Eastwood'],
    ['Youth offending have allocated Jodie Pilling a worker.', 'Jodie Pilling'],
    ['A referral order for Liam Boothroyd starts next week.', 'Liam Boothroyd'],
    ['Exclusion letter went to Keeley Sutcliffe at home.', 'Keeley Sutcliffe'],
    ['Truanting most days, Reece Gledhill was in the park again.', 'Reece Gledhill'],
    ['She was sectioned last night, Paula Wragg is on the ward now.', 'Paula Wragg'],
    ['At the approved premises Neil Haworth came in late again.', 'Neil Haworth'],
    ['Licence conditions for Shane Cartwright include a curfew address.', 'Shane Cartwright'],
    ['Racially aggravated comments made to Amrit Sahota at work.', 'Amrit Sahota'],
    ['Graffiti sprayed on the car of Deborah Kenworthy.', 'Deborah Kenworthy'],
    ['Criminal damage to the fence of Trevor Lumb again.', 'Trevor Lumb'],
    ['CPS want more on Jamal Okafor before they advise.', 'Jamal Okafor'],
    ['He punched Ashley Greenwood twice in the face.', 'Ashley Greenwood'],
    ['The lad spat at Joanne Rushworth at the stop.', 'Joanne Rushworth'],
    ['Test purchase failed, the till was staffed by Sophie Fairclough.', 'Sophie Fairclough'],
    ['Closure notice on the house rented by Dean Ackroyd.', 'Dean Ackroyd'],
    ['Hare coursing again, the van is linked to Ryan Loveridge.', 'Ryan Loveridge'],
    ['A cold caller took £900 off Edith Holroyd yesterday.', 'Edith Holroyd'],
  ];
  it('reads the name beside each', () => {
    for (const [post, name] of posts) finds(post, [['person_name', name]]);
  });
  it('not colleagues thanked, nor without a first name and surname', () => {
    finds('Thanks to Karen Moorhouse for the fraud training today.', [], ['person_name']);
    finds('The footage course at Harper Building is full.', [], ['person_name']);
    // Evidence that staff review names them beside it: CCTV and body-worn footage are no case work by themselves.
    finds('CCTV trawl for the week is with Bethany Cresswell.', [], ['person_name']);
    finds('Footage uploads: Gareth Mottram has the new login.', [], ['person_name']);
    // "recalled" alone is remembering.
    finds('Dale Winstanley recalled the old call signs at the quiz.', [], ['person_name']);
  });
});

describe("a lower-case name's possessive 's is no part of its surname", () => {
  it('reads the name without it', () => {
    finds("went round to dale fishwick's mum about the bail", [['person_name', 'dale fishwick']]);
    finds("breach of curfew, jordan fenwick's brother says she was out", [['person_name', 'jordan fenwick']]);
  });
  it("not a first name alone with 's, nor a word", () => {
    finds("the suspect's van was at kyle's on the bail date", [], ['person_name']);
    finds("victim said the bail hostel's rules changed", [], ['person_name']);
  });
});

describe('a doctor or professor, a business and a journalist are not read by the first-name rule', () => {
  it('skips them', () => {
    finds('Dr Helen Aspinall from the university talks on fraud and complaints.', [], ['person_name']);
    finds('Prof Martin Crossley on the witness evidence session, book via the intranet.', [], ['person_name']);
    finds('Shop theft at Golden Dragon takeaway, nothing taken.', [], ['person_name']);
    finds('Fire at Happy Days cafe, graffiti on the shutters too.', [], ['person_name']);
    finds('Jenny Hartley did a good piece on romance fraud in the paper.', [], ['person_name']);
  });
  it("a person's own shop and a person in a case still count", () => {
    finds("Graffiti on Jason Pickford's shop again.", [['person_name', 'Jason Pickford']]);
    finds('Fraud victim Jenny Hartley wants an update.', [['person_name', 'Jenny Hartley']]);
  });
});

describe('letters of Latin Extended-A inside a name are part of it', () => {
  it('reads the whole surname', () => {
    const text = 'Suspect is Bartosz Wiśniewski, seen near the garages.';
    const got = scan({ text }).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));
    expect(got).toContain('Bartosz Wiśniewski');
    const ro = 'Victim is Costel Vasilescu-Ştefănescu, injured at the bus stop.';
    expect(scan({ text: ro }).filter((f) => f.type === 'person_name').map((f) => ro.slice(f.start, f.end))).toContain('Costel Vasilescu-Ştefănescu');
  });
  it('a word with such a letter is no name without the rest', () => {
    finds('Zespół meeting notes are in the shared drive.', [], ['person_name']);
  });
});

describe('"Surname, Forename" in ordinary case opening a list item or field', () => {
  it('reads it with an age in brackets or in an operational post', () => {
    finds('Strategy meeting list: Pickavance, Shannon (15); Oduya, Tobias (13)', [['person_name', 'Pickavance, Shannon'], ['person_name', 'Oduya, Tobias']]);
    finds('Owner of the van stolen overnight: Threlfall, Gareth.', [['person_name', 'Threlfall, Gareth']]);
  });
  it('not a greeting, an e-mail header, a staff list, or without evidence', () => {
    finds('Morning all: Thanks, Liam. Stolen bikes stats are up.', [], ['person_name']);
    finds('From: Threlfall, Gareth\nSubject: stolen bikes stats', [], ['person_name']);
    finds('Training attendees: Pickavance, Shannon; Oduya, Tobias', [], ['person_name']);
    finds('Book club pick: Pickavance, Shannon.', [], ['person_name']);
  });
});

describe("a lone first name's parent, carer or worker in an operational post", () => {
  it('reads the first name', () => {
    finds("Spoke to Kayden's nan about the curfew breach.", [['person_name', 'Kayden']]);
    finds("Jolene's social worker called about the safeguarding referral.", [['person_name', 'Jolene']]);
    finds("Rang Tyrese's key worker re the bail address.", [['person_name', 'Tyrese']]);
    finds("Marlon's support worker says the victim visited.", [['person_name', 'Marlon']]);
    finds("Nadia's youth worker reported the threats.", [['person_name', 'Nadia']]);
    finds("Kaylee's caseworker flagged the exploitation concern.", [['person_name', 'Kaylee']]);
    finds("Dominic's CPN says he was sectioned last year.", [['person_name', 'Dominic']]);
    finds("Met Tamsin's probation officer about the breach.", [['person_name', 'Tamsin']]);
  });
  it('not in a post without case work', () => {
    finds("Kayden's nan makes the best scones, recipe below.", [], ['person_name']);
    finds("Jolene's social worker friend is running the 10k.", [], ['person_name']);
  });
});

describe('curfews, tags and probation make a post operational for the first-name rule', () => {
  it('reads a first name and surname', () => {
    finds('Curfew check done, Kayleigh Stansfield was home.', [['person_name', 'Kayleigh Stansfield']]);
    finds('Probation now supervising Declan Murgatroyd.', [['person_name', 'Declan Murgatroyd']]);
  });
  it('not with thanks', () => {
    finds('Thanks to Kayleigh Stansfield for the curfew training.', [], ['person_name']);
  });
});

describe('the public by their part in licensing, housing and trade', () => {
  it('reads the full name after the role', () => {
    finds('Noise complaint again, landlord Terence Abbiss says the band finishes at 11.', [['person_name', 'Terence Abbiss']]);
    finds('The landlady Brenda Scattergood refused to close up.', [['person_name', 'Brenda Scattergood']]);
    finds('New licensee Marius Olteanu starts on Monday.', [['person_name', 'Marius Olteanu']]);
    finds('Review names the licence holder as Keith Ravenscroft.', [['person_name', 'Keith Ravenscroft']]);
    finds('Premises manager Sunita Virdee has the CCTV.', [['person_name', 'Sunita Virdee']]);
    finds('Tenant Joel Ashdown reported the damp to the council.', [['person_name', 'Joel Ashdown']]);
    finds('The leaseholder Ifeoma Nwachukwu is abroad.', [['person_name', 'Ifeoma Nwachukwu']]);
    finds('A lodger, Ricky Penhaligon, was in the back room.', [['person_name', 'Ricky Penhaligon']]);
    finds('Farmer Gordon Bickerstaff lost forty ewes.', [['person_name', 'Gordon Bickerstaff']]);
    finds('Shopkeeper Nasir Qureshi chased them off.', [['person_name', 'Nasir Qureshi']]);
    finds('The door supervisor Lamar Whyte refused them entry.', [['person_name', 'Lamar Whyte']]);
    finds('Doorman Craig Haslam held the lad till we got there.', [['person_name', 'Craig Haslam']]);
    finds('Bouncer Dmitri Volkov has a cut hand.', [['person_name', 'Dmitri Volkov']]);
    finds('The sales assistant Chantelle Royle served the lad.', [['person_name', 'Chantelle Royle']]);
    finds('Cashier Phoebe Lindqvist pressed the alarm.', [['person_name', 'Phoebe Lindqvist']]);
  });
  it('a lone first name after them is not enough', () => {
    finds('thanks to the landlord Dave for the raffle prizes', [], ['person_name']);
    finds('Farmer Giles cheese is back in the canteen.', [], ['person_name']);
  });
});

describe('an initial with its full stop opens a name', () => {
  it('after a role or an article that introduces someone', () => {
    finds('Witness R. Haverstock saw the van.', [['person_name', 'R. Haverstock']]);
  });
  it('not a sentence ending in a letter', () => {
    finds('Stolen bike case: see appendix B. Then ring the victim.', [], ['person_name']);
  });
});

describe('SURNAME Forename in capitals without a comma', () => {
  it('reads it in an operational post', () => {
    finds('OKONJO Tobias - bailed to return on the 14th.', [['person_name', 'OKONJO Tobias']]);
    finds('Warrant executed on HEWITSON Marie at 06:00.', [['person_name', 'HEWITSON Marie']]);
  });
  it('not a rank, an acronym, thanks, or outside case work', () => {
    finds('PCSO Amir Sheikh took the burglary report.', [], ['person_name']);
    finds('ANPR Dave says the suspect car went north.', [], ['person_name']);
    finds('Thanks to HEWITSON Marie for the arrest stats.', [], ['person_name']);
    finds('HEWITSON Marie is running the bake sale.', [], ['person_name']);
  });
});

describe('a lower-case name in media talk', () => {
  it('is a presenter, not a person in a case', () => {
    finds('jenny hartley did a good piece on romance fraud in the paper', [], ['person_name']);
  });
});

describe('a lone first name after a family or person role with an age in brackets', () => {
  it('reads the child', () => {
    finds('Her daughter Keira (7) was in the car at the time.', [['person_name', 'Keira']]);
    finds('The youngest son Alfie (aged 4) is with the grandparents.', [['person_name', 'Alfie']]);
  });
  it('not without the age, nor a pet', () => {
    finds('Her daughter Keira says hello to the team!', [], ['person_name']);
    finds('My dog Biscuit (3) loves the new park.', [], ['person_name']);
  });
});
