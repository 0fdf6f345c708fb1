import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/**
 * Ways of writing people's names learned from the seventh blind dev set, written here in new
 * sentences: each rule with positives and with negatives that must not be flagged.
 */

describe('names pasted from police systems: surname first, in capitals, after a field label', () => {
  it('SURNAME Forename, Surname, Forename and all capitals after a role or field label', () => {
    finds('Log 0412 | Caller: BRADSHAW Nicola | Tel: 07700 900 612', [['person_name', 'BRADSHAW Nicola']]);
    finds('Victim details: Hulme, Trevor | 9 Mill Street', [['person_name', 'Hulme, Trevor']]);
    finds('Arrested: WARD Stephen Paul | Offence: burglary', [['person_name', 'WARD Stephen']]);
    finds('MAKE:VAUXHALL MODEL:CORSA KEEPER:DENISE HOLT MOT:N', [['person_name', 'DENISE HOLT']]);
    finds('PERSON | KOWALCZYK Piotr | DOB 01/02/1988', [['person_name', 'KOWALCZYK Piotr']]);
    finds('Suspect: MCKENZIE, Gareth Lee', [['person_name', 'MCKENZIE, Gareth']]);
  });

  it('capitals that are no name stay out: no known first name, or a field label after the word', () => {
    finds('Suspect: NOT KNOWN | Vehicle: FORD FOCUS', [], ['person_name']);
    finds('Caller: ANON | Tel: withheld', [], ['person_name']);
    finds('Offender: UNKNOWN MALE | direction of travel: north', [], ['person_name']);
    finds('registered keeper: LEASE COMPANY LTD', [], ['person_name']);
    // In capitals a first name that is an everyday word cannot be told from the word.
    finds('Subject: GRACE PERIOD for the new forms', [], ['person_name']);
    finds('Subject: HOLLINSHEAD Grace | DOB 02/03/1990', [['person_name', 'HOLLINSHEAD Grace']]);
  });

  it('"person" and "keeper" are field labels only before a colon or a bar', () => {
    finds('PERSON: HASSAN Amira', [['person_name', 'HASSAN Amira']]);
    finds('the person Matthew mentioned at briefing', [], ['person_name']);
    finds('registered keeper Imogen Thorley, 3 points already', [['person_name', 'Imogen Thorley']]);
    finds('5-a-side Sunday: keeper Imogen Thorley, the rest of us outfield', [], ['person_name']);
  });
});

describe('a title after a role word, and the family of someone', () => {
  it('the role introduces the titled name', () => {
    finds('welfare update: the sergeant is doing fine, witness Mrs Pauline Wragg has been told the date', [['person_name', 'Mrs Pauline Wragg']]);
    finds('staff update: victim Mr Hardeep Sohal is back home', [['person_name', 'Mr Hardeep Sohal']]);
  });

  it('"the family of" a named person, and not the family of other things', () => {
    finds('the family of Bernard Osbourne have asked for privacy', [['person_name', 'Bernard Osbourne']]);
    finds('relatives of Leanne Broadhurst were at the inquest', [['person_name', 'Leanne Broadhurst']]);
    finds('family Christmas party tickets on sale, Friday 13th', [], ['person_name']);
    finds('the family of products in the Microsoft Office suite', [], ['person_name']);
  });
});

describe('titles typed in lower case, and a titled name placed at an address', () => {
  it('"mr" and "mrs" in lower case still introduce a name; "ms" (Microsoft) and "miss" (a verb) do not', () => {
    finds('rang mrs Okafor back about the fence panels, she is happier now', [['person_name', 'mrs Okafor']]);
    finds('popped in to see mr Delaney, the old boy from the crash', [['person_name', 'mr Delaney']]);
    finds('open the rota in ms Excel and save a copy', [], ['person_name']);
    finds('we will miss Hanley station when it shuts', [], ['person_name']);
  });

  it('an address right after a titled name outweighs a rank earlier in the sentence', () => {
    finds('PC Wood visited Mrs Linnell at 7 Peel Street about the damage to her car', [['person_name', 'Mrs Linnell']]);
    finds('Sgt Wood and Mrs Linnell from the front counter covered the desk', [], ['person_name']);
  });
});

describe('court outcomes after a name, and a statement taken from someone', () => {
  it('pleaded guilty, sentenced, convicted: only a defendant stands before them', () => {
    finds('the driver who hit the cyclist, Owen Barlow, was sentenced to 18 months today', [['person_name', 'Owen Barlow']]);
    finds('Lee Pickering pleaded not guilty this morning', [['person_name', 'Lee Pickering']]);
    finds('Stafford Crown Court sentenced him to two years', [], ['person_name']);
  });

  it('a statement from a named person is case work', () => {
    finds('new PCSO took a statement from Gemma Salt about the break-in', [['person_name', 'Gemma Salt']]);
    finds('Statement from the Chief Constable on the pay award', [], ['person_name']);
  });
});

describe('what a check says is someone\'s, and an identifier before the name', () => {
  it('belongs to, registered to, comes back to, in the name of: a known first name and surname, in a post about police business', () => {
    finds('ran the Corsa, it is registered to Nadia Fenton at an address in Leek', [['person_name', 'Nadia Fenton']]);
    finds('PNC on RV19 KXA comes back to Tyrone Bagley, no insurance', [['person_name', 'Tyrone Bagley']]);
    finds('purse handed in, reported lost, bank card in the name of Joanne Birch', [['person_name', 'Joanne Birch']]);
    // Ownership is everyday talk too: it counts only in a post about police business or with someone's details.
    finds('the blue mug in the kitchen belongs to Sarah Jones, please wash it', [], ['person_name']);
    finds('the embankment belongs to Network Rail so call them', [], ['person_name']);
    finds('he always comes back to Stoke City home games', [], ['person_name']);
  });

  it('an NI number or DOB earlier in the same sentence, unless the writer is in it', () => {
    finds('JK123456C comes up for a different person, not Marcus Tilley', [['person_name', 'Marcus Tilley']]);
    // Posts about staff (thanks, welcome) pass over the first-name rule; the identifier still links the name.
    finds('Welcome packs: JK123456C was entered against Marcus Tilley by mistake', [['person_name', 'Marcus Tilley']]);
    finds('Payroll: my NINO JK123456C was wrong on the slip, thanks Marcus Tilley for sorting it', [], ['person_name']);
    finds('Thanks all: JK123456C is on the form. Marcus Tilley will collect it', [], ['person_name']);
  });

  it('a lower-case name right before its date of birth, when the birth word is there', () => {
    finds('can you run nathan pegg date of birth 03/11/1992 through the system', [['person_name', 'nathan pegg']]);
    finds('pls check karen doyle dob 14/02/1985', [['person_name', 'karen doyle']]);
    finds('please confirm the dob 14/02/1985 on the form', [], ['person_name']);
  });
});

describe('a name followed by its age or school year in brackets', () => {
  it('a school year or an age word vouches for any two capitalised words; a bare number or years of service do not', () => {
    finds('referral from the academy: Rhys Gandhi (Year 10) says he was threatened at the bus stop', [['person_name', 'Rhys Gandhi']]);
    finds('missing from care home: Ffion Yeomans (aged 14), last seen at the bus station', [['person_name', 'Ffion Yeomans']]);
    finds('Bus shelter damage, Kallum Shenton (15yo) seen on CCTV', [['person_name', 'Kallum Shenton']]);
    finds('Bus shelter damage, Kallum Shenton (Yr 10) and Owain Pryce (16 yo) seen on CCTV', [['person_name', 'Kallum Shenton'], ['person_name', 'Owain Pryce']]);
    finds('Quiz results: Table Four (12) beat the control room by a point', [], ['person_name']);
    finds('Long service medals: Owain Pryce (30 years), Kallum Shenton (22 years)', [], ['person_name']);
  });

  it('schools, schemes and organisations are no people, and neither is a colleague on a birthday', () => {
    finds('Assemblies booked: Abbey Primary (Y4), Blurton High (Y9), slides on the drive', [], ['person_name']);
    finds('Happy birthday to Nigel Ashcroft (50) from all the team!', [], ['person_name']);
    finds('Farm Watch: quad bike stolen from a barn near Rudyard, CR/11111/24', [], ['person_name']);
  });
});

describe('forwarded e-mails: the name that signs off is the writer', () => {
  it('a writer who gives their own number in a forwarded e-mail is a member of the public', () => {
    finds('FW: Statement\n\n> I am free after 3 most days, ring me on 07700 900 417\n> Many thanks, Gareth Bloor\n\ncan someone pick this up', [['person_name', 'Gareth Bloor'], ['phone', '07700 900 417']]);
    finds('RE: victim update\n> my email is t.hanley77@gmail.com if that is easier\n> Regards,\n> Theresa Mould', [['person_name', 'Theresa Mould']]);
    finds('Fwd: witness\n> my mob is 07700 900 228, after 6 best\n> Best wishes, Theresa Mould', [['person_name', 'Theresa Mould']]);
  });

  it('a colleague signing with a job title, or giving nothing of their own, is not flagged', () => {
    const post = 'FW: callback\n> witness Brian Colclough wants a call on 01632 960 443 after 4\n\nKind regards,\nJoanne Moss | Witness Care Officer\nExt 2291';
    finds(post, [['person_name', 'Brian Colclough']]);
    expect(scan({ text: post }).filter((f) => f.type === 'person_name').map((f) => post.slice(f.start, f.end))).toEqual(['Brian Colclough']);
    finds('FW: callback\n> witness wants a call on 01632 960 443 after 4\n\nKind regards,\nJoanne Moss | Witness Care Officer', [], ['person_name']);
    // A reply not quoted is the poster's own words: a colleague.
    finds('RE: rota\nI can swap, my mobile is 07700 900 123\nThanks, Joanne Moss', [], ['person_name']);
  });
});

describe('greetings and everyday words that are also rare first names', () => {
  it('a greeting opens a message to its reader, not a name', () => {
    finds('RE: leave\nHi Boss, attached my fit note for the back injury, 1 week', [], ['person_name']);
    finds('Hiya Sarge, Hello Sarge, Dear Boss: my fit note, back injury, 1 week', [], ['person_name']);
    finds('Hey Sarge, the victim Colin Tait rang back 07700 900 334', [['person_name', 'Colin Tait']]);
  });

  it('a rare first name that is a WordNet adjective is read as the word in lower case', () => {
    finds('the witness is lucky to be alive, name is Andrzej Nowicki', [['person_name', 'Andrzej Nowicki']]);
    finds('victim is fair haired, about 30', [], ['person_name']);
    finds('victim is happy to support a prosecution', [], ['person_name']);
    finds('victim is jodie platt, 07700 900 561', [['person_name', 'jodie platt']]);
  });
});
