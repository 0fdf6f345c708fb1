/**
 * Fifteenth session (branch core15): core values in other forces' and countries' formats and contexts (dev 28). Sentences
 * of our own; each positive fails on integration without its change, each negative stays clean.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

/** The substrings (as written) of the findings of `type`. */
function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a reference qualified by a police force', () => {
  it('reads the token after "<force> ref"', () => {
    expect(found('Cheshire ref 07250331842 is the same burglary as ours', 'crime_reference')).toEqual(['07250331842']);
    expect(found('GMP ref 2205-17733 came through on the liaison inbox', 'crime_reference')).toEqual(['2205-17733']);
    expect(found('the legacy Crimes ref AB/25/118204 needs closing', 'crime_reference')).toEqual(['AB/25/118204']);
  });

  it('leaves references of councils, firms and courses alone', () => {
    expect(found('Council ref 07250331842 for the parking permit', 'crime_reference')).toEqual([]);
    expect(found('Course ref 2205-17733 for the first aid refresher', 'crime_reference')).toEqual([]);
    expect(found('Essex ref 4412 is the code for the driving course', 'crime_reference')).toEqual([]);
    expect(found('Surrey ref: 2026-03 policy review minutes', 'crime_reference')).toEqual([]);
  });
});

describe('a custody code after "custody" alone', () => {
  it('reads a coded custody number', () => {
    expect(found('meds given by the nurse at 14:00. custody 26/0114', 'crime_reference')).toEqual(['26/0114']);
  });

  it('leaves dates and financial years alone', () => {
    expect(found('he was remanded in custody 03/11/2025 by the magistrates', 'crime_reference')).toEqual([]);
    expect(found('custody 2025/26 overtime budget is spent', 'crime_reference')).toEqual([]);
  });
});

describe('passports in other languages and named after the number', () => {
  it('reads the number after the word in another language, or before "is the passport number"', () => {
    expect(found('French passeport number 21KD33019 found in the glovebox', 'passport')).toEqual(['21KD33019']);
    expect(found('Polish paszport nr EK4490127, copy taken', 'passport')).toEqual(['EK4490127']);
    expect(found('ZR4417703 is the passport number on the booking', 'passport')).toEqual(['ZR4417703']);
  });

  it('leaves other numbers near the words alone', () => {
    expect(found('passeport photos are £6 at the booth, room 4417703 nope', 'passport')).toEqual([]);
    expect(found('ZR4417703 is the order number for the passport covers', 'passport')).toEqual([]);
  });
});

describe('dates of birth with the day in words', () => {
  it('reads an ordinal day, and a run of digits after "given as"', () => {
    expect(found('her date of birth is the twenty-third of October 1966', 'date_of_birth')).toEqual(['twenty-third of October 1966']);
    expect(found('born on the fourth of July 1983 in Cork', 'date_of_birth')).toEqual(['fourth of July 1983']);
    expect(found('date of birth recorded as 23101966 on the old system', 'date_of_birth')).toEqual(['23101966']);
  });

  it('leaves event dates and other counts alone', () => {
    expect(found('the fourth of July 1983 was when the station opened', 'date_of_birth')).toEqual([]);
    expect(found('the birth rate is 23101966 per something, says the stats team', 'date_of_birth')).toEqual([]);
  });
});

describe("Northern Ireland's plates and dateless plates in a sentence", () => {
  it('reads an NI plate by its code beside a vehicle word, and a dateless plate after "reg" with words after it', () => {
    expect(found('a silver van, BJZ 7720, seen at the border crossing', 'vehicle_registration')).toEqual(['BJZ 7720']);
    expect(found('reg MIW 3318 left the ferry at 06:00', 'vehicle_registration')).toEqual(['MIW 3318']);
  });

  it('leaves codes without vehicle words alone', () => {
    expect(found('form BJZ 7720 is the old version of the claim form', 'vehicle_registration')).toEqual([]);
    expect(found('the van is in bay ABC 12 for the service', 'vehicle_registration')).toEqual([]);
    expect(found('I filed the DBS registration. EXT 4410 if you need me', 'vehicle_registration')).toEqual([]);
  });
});

describe('gradings with hyphens, markings with a caveat', () => {
  it('reads a three-part grade joined by hyphens after an intelligence word', () => {
    expect(found('the intel was graded C-3-1 by the source unit', 'intelligence_grading')).toEqual(['C-3-1']);
    expect(found('source said it, graded 1-B-P', 'intelligence_grading')).toEqual(['1-B-P']);
  });

  it('leaves two-part hyphenated codes alone', () => {
    expect(found('intel says the B-2 bomber flypast is on Sunday', 'intelligence_grading')).toEqual([]);
  });

  it('reads a tier followed by a national caveat anywhere in the sentence', () => {
    expect(found('the report from London reads TOP SECRET UK/US EYES ONLY at the top', 'protective_marking')).toEqual(['TOP SECRET']);
  });

  it('leaves a tier without the caveat in prose alone', () => {
    expect(found('the report from London reads SECRET things about the party', 'protective_marking')).toEqual([]);
  });
});

describe('bank, IP, phone and address forms', () => {
  it('reads a sort code after "s.c."', () => {
    expect(found('money went to acct 31904477 s.c. 60-11-93 yesterday', 'bank_account')).toEqual(['31904477', '60-11-93']);
  });

  it('does not read a numbered paragraph as an IP address', () => {
    expect(found('as set out in section 3.1.4.2 of the policy', 'ip_address')).toEqual([]);
    expect(found('the login came from 3.1.4.2 last night', 'ip_address')).toEqual(['3.1.4.2']);
  });

  it('reads a mobile printed as an MSISDN under its label', () => {
    expect(found('MSISDN: 447700900461 was live at the time', 'phone')).toEqual(['447700900461']);
    expect(found('order 447700900461 was dispatched', 'phone')).toEqual([]);
  });

  it('reads "St." inside a street name, a boulevard and a Scottish flat position', () => {
    expect(found('burglary at 8 St. Anne\'s Close last night', 'address')).toEqual(["8 St. Anne's Close"]);
    expect(found('noise complaint at 31 Harbour Blvd again', 'address')).toEqual(['31 Harbour Blvd']);
    expect(found('she lives at 14/3 Dalry Road now', 'address')).toEqual(['14/3 Dalry Road']);
  });

  it('leaves a count or a score before a street alone', () => {
    expect(found('the 24/7 Market Street shop has CCTV', 'address')).toEqual([]);
  });
});

describe("a system's field names joined by underscores", () => {
  it('reads the value after "crime_ref=" or "passport_no"', () => {
    expect(found('export row: crime_ref=3318-0041276 ; status=open', 'crime_reference')).toEqual(['3318-0041276']);
    expect(found("column 'passport_no' holds KP7730461 for this one", 'passport')).toEqual(['KP7730461']);
  });

  it("leaves another thing's reference alone", () => {
    expect(found('export row: user_ref=3318-0041276 ; status=open', 'crime_reference')).toEqual([]);
    expect(found('asset ref=3318-0041276 is the laptop', 'crime_reference')).toEqual([]);
  });
});

describe('a full slashed grade heading the post or a line', () => {
  it('reads the grade before a colon, a dash or "from"', () => {
    expect(found('C/2/3 from the handler: cannabis grow in the loft, rear of the shops', 'intelligence_grading')).toEqual(['C/2/3']);
    expect(found('Update\n1/A/P - male seen collecting from the lock-ups nightly', 'intelligence_grading')).toEqual(['1/A/P']);
  });

  it('leaves a location code or a date opening a line alone', () => {
    expect(found('B/2/4 needs restocking with evidence bags', 'intelligence_grading')).toEqual([]);
    expect(found('1/2/26 - training day for the new starters', 'intelligence_grading')).toEqual([]);
  });
});

describe('more labels and orders of the same values', () => {
  it('reads a custody ID, a reference of the Scottish or Irish crime system, and a sort code after its account', () => {
    expect(found('Custody ID: NW/CS/26/0917 on the booking sheet', 'crime_reference')).toEqual(['NW/CS/26/0917']);
    expect(found('SCRS ref HB/33018/26 for the housebreaking', 'crime_reference')).toEqual(['HB/33018/26']);
    expect(found('beneficiary account 55021934 / 30-96-14 per the bank', 'bank_account')).toEqual(['55021934', '30-96-14']);
  });

  it('leaves a date after an account number, and an ID that is no custody code, alone', () => {
    expect(found('account 55021934 opened 30-06-14 per the bank', 'bank_account')).toEqual(['55021934']);
    expect(found('custody ID cards are being reissued in 2026/27', 'crime_reference')).toEqual([]);
  });

  it('reads a marking declared at the end of the post, and plain OFFICIAL after a classification label', () => {
    expect(found('fyi this briefing is OFFICIAL - SENSITIVE', 'protective_marking')).toEqual(['OFFICIAL - SENSITIVE']);
    expect(found('Classification - OFFICIAL\nRota for the bank holiday attached', 'protective_marking')).toEqual(['OFFICIAL']);
  });

  it('leaves the words in prose alone', () => {
    expect(found('is all of this OFFICIAL - SENSITIVE', 'protective_marking')).toEqual([]);
    expect(found('the classification of OFFICIAL documents is explained on the intranet', 'protective_marking')).toEqual([]);
    expect(found('Classification - OFFICIAL documents can go by email, see the guide', 'protective_marking')).toEqual([]);
  });
});

describe('bank details and dates of birth named after them', () => {
  it('reads an account number or sort code the sentence then names', () => {
    expect(found('61908224 is her account number at the Co-op bank', 'bank_account')).toEqual(['61908224']);
    expect(found('payment went to 61908224 (account) and 08-92-90 (sort code)', 'bank_account')).toEqual(['61908224', '08-92-90']);
    expect(found('17/03/1958 is her date of birth on the bank letter', 'date_of_birth')).toEqual(['17/03/1958']);
  });

  it('leaves numbers named as something else alone', () => {
    expect(found('61908224 is the order number for the radios', 'bank_account')).toEqual([]);
    expect(found('08-09-23 is the date the account was opened', 'bank_account')).toEqual([]);
    expect(found('17/03/1958 is the date the station opened', 'date_of_birth')).toEqual([]);
  });
});

describe('addresses laid out with the town before the postcode', () => {
  it('reads the street before a town and a postcode, in any case, on one line or as a block', () => {
    expect(found('flowers went to 12 wensley drive, ripon hg4 1pa by mistake', 'address')).toEqual(['12 wensley drive']);
    expect(found('FLAT 3\n40 ASHGROVE ROAD\nHALIFAX\nHX1 2QT', 'address')).toEqual(['40 ASHGROVE ROAD']);
    expect(found('2 Broadway, Selby YO8 4AQ is the house', 'address')).toEqual(['2 Broadway']);
    expect(found('address - 7 linden grove, filey', 'address')).toEqual(['7 linden grove']);
  });

  it('leaves a count before words and a place without a postcode alone', () => {
    expect(found('we sent 12 wensley drivers home early, ripon is closed', 'address')).toEqual([]);
    expect(found('2 Broadway shows in one night, Selby is next', 'address')).toEqual([]);
  });
});

describe('command and control and records systems by name', () => {
  it('reads a SmartStorm log and a Niche RMS occurrence', () => {
    expect(found('SmartStorm 0733 02/12/26 - alarm activation at the depot', 'crime_reference')).toEqual(['0733 02/12/26']);
    expect(found('Niche RMS: 26000733190 has the statements', 'crime_reference')).toEqual(['26000733190']);
  });

  it('leaves talk about the system and a shop alone', () => {
    expect(found('SmartStorm refresher training on 12/01, sign up on the L&D portal', 'crime_reference')).toEqual([]);
    expect(found('SmartStorm upgrade to version 7 goes live 03/03/2027', 'crime_reference')).toEqual([]);
    expect(found('niche shop: 26000733190 followers online', 'crime_reference')).toEqual([]);
  });
});

describe('a 3x5x2 grade in full, and a passport under its table column', () => {
  it('reads them', () => {
    expect(found('int log 2/C/P re the cannabis factory', 'intelligence_grading')).toEqual(['2/C/P']);
    expect(found('Passport | Nationality\nNXC4R7LT2 | Dutch', 'passport')).toEqual(['NXC4R7LT2']);
  });

  it('leaves a flat number and another column alone', () => {
    expect(found('int log: the flat is 2/C in the block', 'intelligence_grading')).toEqual([]);
    expect(found('Order | Item\nNXC4R7LT2 | passport wallet', 'passport')).toEqual([]);
  });
});

describe('"VRN" and "numberplate" name a plate', () => {
  it('reads plates after them', () => {
    expect(found('VRN yx19klm - any trace on our systems?', 'vehicle_registration')).toEqual(['yx19klm']);
    expect(found('vrn R474 KLM, any trace please', 'vehicle_registration')).toEqual(['R474 KLM']);
    expect(found('numberplate ML-62-HRU, any trace please', 'vehicle_registration')).toEqual(['ML-62-HRU']);
  });

  it('leaves codes after other words alone', () => {
    expect(found('form R474 KLM guidance is on the intranet', 'vehicle_registration')).toEqual([]);
    expect(found('part no ML-62-HRU is out of stock', 'vehicle_registration')).toEqual([]);
  });
});

describe('form abbreviations: VEH, CR no., HA:, res:', () => {
  it('reads the value after them', () => {
    expect(found('VEH: yx19klm (blue)', 'vehicle_registration')).toEqual(['yx19klm']);
    expect(found('CR no. 0071822/26 for the theft', 'crime_reference')).toEqual(['0071822/26']);
    expect(found('HA: 12 willow lane, leeds', 'address')).toEqual(['12 willow lane']);
    expect(found('res: 4 beech close, wakefield', 'address')).toEqual(['4 beech close']);
  });

  it('leaves laughter and other codes alone', () => {
    expect(found('ha 12 willow lane drivers all late today', 'address')).toEqual([]);
    expect(found('CR no. 5 on the checklist', 'crime_reference')).toEqual([]);
  });
});
