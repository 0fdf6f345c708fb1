import { describe, it } from 'vitest';
import { finds } from './finds';

/** Thirteenth session: general readings of names and health that should carry to new writers (sentences of our own). */

describe('"a" before a forename and surname that end their phrase introduces someone', () => {
  it('counts "a <name>," or "a <name> -" with details or case work around it', () => {
    finds('The bank trace came back to a Duncan Pilkington, 4 Orchard Way, with a mobile on the account.', [['person_name', 'Duncan Pilkington']]);
    finds('The stolen quad was sold on by a Shelley Marwood - mobile 07700 900481 on the advert.', [['person_name', 'Shelley Marwood']]);
    finds('Do we know a Gavin Hendry, 50s, from Armley? Suspect in two thefts from cars.', [['person_name', 'Gavin Hendry']]);
  });
  it('not a thing named after someone, nor a brand whose second word is a first name', () => {
    finds('Found a Harry Potter book and 07700 900481 written inside the cover at the scene.', [], ['person_name']);
    finds('Suspect was wearing a Ralph Lauren, blue, and rang 07700 900481 twice.', [], ['person_name']);
    finds('Suspect drove off in a Morris Minor, reg on the report, owner rang 07700 900481.', [], ['person_name']);
  });
});

describe('a number or a rank ending the line before a name is no house number or rank of it', () => {
  it('reads the name opening the next row of a list or table', () => {
    finds('numbers off the seized handset:\nname,number\nLiam Costigan,07700 900112\nTasha Greenhalgh,07700 900345', [['person_name', 'Tasha Greenhalgh']]);
    finds('Nominal | PNC ID | OIC\nJordan Astbury | 97/0631575V | PC 5512\nDwayne Ketteridge | 2017/0961270R | DC 3301', [['person_name', 'Dwayne Ketteridge']]);
  });
  it('a house number or a rank on the name\'s own line still counts', () => {
    finds('Damage to a parked car outside 27 Kelsey Bank, owner rang in at 07700 900112.', [], ['person_name']);
    finds('Statement taken by PC 5512 Joanne Whitlock, call her on 07700 900112 re the van.', [], ['person_name']);
  });
});

describe('a titled name whose sentence goes on to their own detail or part in a case is no colleague', () => {
  it('counts despite a rank the message is for or thanks elsewhere in the post', () => {
    finds('Note for DS Hurst: Mrs Glenys Partington rang about her burglary (CR/0041234/24), wants a call back.', [['person_name', 'Mrs Glenys Partington']]);
    finds('Visitor at reception for PC Lowe — a Mr Tobias Rendell, says he saw the crash as a witness. Thanks to the front desk for tea.', [['person_name', 'Mr Tobias Rendell']]);
  });
  it('a colleague thanked, or a payroll change, stays out', () => {
    finds('Thanks to Mrs Gledhill from Finance for sorting the overtime claims, brilliant work.', [], ['person_name']);
    finds('Payroll: Mrs Gledhill\'s pay goes to sort code 40-11-22, account 31926605 from May.', [], ['person_name']);
  });
});

describe('a naming word before initials and a surname, or "name on it" / "name in the <thing> is"', () => {
  it('counts initials and a surname after the naming word', () => {
    finds('Wallet handed in at Holbeck, bank card inside, name on it K M Oduya, kept in the safe.', [['person_name', 'K M Oduya']]);
    finds('Bus pass found on the 72, name T WHITEHOUSE, handed to the front desk.', [['person_name', 'T WHITEHOUSE']]);
    finds('Doorbell clip from the burglary: name in the caption is Keiran Vosper, sent by the neighbour.', [['person_name', 'Keiran Vosper']]);
  });
  it('not an acronym after the initials, nor a thing the name is in', () => {
    finds('Name on it A B PNC, which is the training account, nothing to chase.', [], ['person_name']);
    finds('The name in the caption is wrong so we reprinted the poster.', [], ['person_name']);
  });
});

describe('in lower case, a first name that is a verb before an adverb particle is the verb', () => {
  it('not a name: "IP trace back"', () => {
    finds('IP trace back: the calls came from 81.2.69.160 through a VPN, request to the CSP going out.', [], ['person_name']);
  });
  it('a lower-case name after a role is still read', () => {
    finds('IP kerry bolton rang back about the damage to her car.', [['person_name', 'kerry bolton']]);
  });
});

describe('full names listed one a line under a heading that names a group of the public', () => {
  it('reads each listed name, numbered, bulleted or bare', () => {
    finds('Priority nominals for this week\'s tasking:\n1. Jordan Mawson\n2. Tasha Rigby\n3. Callum Birtwistle', [['person_name', 'Jordan Mawson'], ['person_name', 'Tasha Rigby'], ['person_name', 'Callum Birtwistle']]);
    finds('Barred from the Co-op on Hall Lane:\n- Kieran Ashworth\n- Demi Lockwood', [['person_name', 'Kieran Ashworth'], ['person_name', 'Demi Lockwood']]);
  });
  it('not a rota or a list of teams', () => {
    finds('Rota for the Saturday match:\n1. Jordan Mawson\n2. Tasha Rigby', [], ['person_name']);
    finds('Wanted list owners by team:\n- Blue Team\n- Red Watch', [], ['person_name']);
  });
});

describe('a table column headed by a member of the public\'s part labels its cells as names', () => {
  it('reads a known first name and surname under "Seller" or "Suspect"', () => {
    finds('Second-hand phone checks:\n| Shop | Seller | Handsets |\n|---|---|---|\n| CeX Briggate | Rhian Mottram | 2 |', [['person_name', 'Rhian Mottram']]);
    finds('suspect,ref,status\nDanny Lofthouse,13/40112/24,charged', [['person_name', 'Danny Lofthouse']]);
  });
  it('not a firm in the column, nor an action owner', () => {
    finds('Second-hand phone checks:\n| Shop | Seller | Handsets |\n|---|---|---|\n| CeX Briggate | Hunslet Metals | 2 |', [], ['person_name']);
    finds('action,owner,due\nCCTV trawl,Grace Hinchliffe,Friday', [], ['person_name']);
  });
});
