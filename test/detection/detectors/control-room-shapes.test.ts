import { describe, it } from 'vitest';
import { finds } from './finds';

/** Shapes learned from the third blind dev set (control room, custody, banter voices), written here in new words. */

describe('core values without their usual context word', () => {
  it('log references written "NNN of DD/MM", but not pages or parts', () => {
    finds('pls merge 0457 of 22/06 into 0461 of 22/06', [['crime_reference', '0457 of 22/06'], ['crime_reference', '0461 of 22/06']]);
    finds('read page 12 of 14/15 of the handbook', [], ['crime_reference']);
    finds('we won 21 of 30/31 games', [], ['crime_reference']);
  });

  it('references with a star inside after a reference word', () => {
    finds('occurrence 23*554120 needs the CCTV adding', [['crime_reference', '23*554120']]);
  });

  it('a full date later in the sentence that names a date of birth', () => {
    finds('DOB on the PNC printout for the lad we nicked is 17.03.1994 apparently', [['date_of_birth', '17.03.1994']]);
    finds('DOB query. The meeting is on 12/05/2025', [], ['date_of_birth']);
  });

  it('NI numbers in lower case after their context word, not read as sort codes', () => {
    finds('ni number for the new starter: jk 12 34 56 b', [['nino', 'jk 12 34 56 b']], ['bank_account']);
  });

  it('plates written with a space after the area letters, and after a colour', () => {
    finds('the van is parked up, reg wd 68 hte', [['vehicle_registration', 'wd 68 hte']]);
    finds('two males in a silver golf sf19 okv towards the retail park', [['vehicle_registration', 'sf19 okv']]);
  });

  it('Royal Mail street abbreviations, and no house number straight after a slash', () => {
    finds('suspect lives at 22 Larch Gr with his gran', [['address', '22 Larch Gr']]);
    finds('caller at 3 Hollins Ter heard shouting', [['address', '3 Hollins Ter']]);
    finds('cells in use: North 9/24, Mill St 3/12', [], ['address']);
  });
});

describe('names beside family roles, reported speech and contact details', () => {
  it('family and carer roles before a capitalised name', () => {
    finds('the appropriate adult will be his nan Doreen Plant', [['person_name', 'Doreen Plant']]);
    finds('her carer Joanne Birch rang in worried', [['person_name', 'Joanne Birch']]);
  });

  it('"says he\'s <Name>"', () => {
    finds('male at the front desk says he’s Wayne Talbot and wants his phone back', [['person_name', 'Wayne Talbot']]);
  });

  it('a known first name beside contact details, but not in a staff notice', () => {
    finds('contact for the allotment break in is Trevor Banks 07700 900 118', [['person_name', 'Trevor Banks']]);
    finds('Please welcome Trevor Banks to the team, his desk phone is 01785 232323', [], ['person_name']);
  });
});

describe('health phrased as evidence, injuries and disability', () => {
  it('evidence short of a diagnosis', () => {
    finds('male in cell 4 is quiet, warning markers for epilepsy, checks every 30', [['health', 'epilepsy']]);
    finds('lady at the bus station seems lost, possible dementia', [['health', 'dementia']]);
    finds('DP self-declared diabetes at booking in', [['health', 'diabetes']]);
  });

  it('injuries as a verb, procedures, and sensory disability', () => {
    finds('the lad fell off the wall and broke his wrist', [['health', 'broke his wrist']]);
    finds('Jan is off for her gallbladder removal next week', [['health', 'gallbladder removal']]);
    finds('her dad is hard of hearing so knock loudly', [['health', 'hard of hearing']]);
  });
});
