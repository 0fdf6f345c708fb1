/**
 * Fourteenth session (branch perturb14): values rewritten as people type them
 * (bench/detect-perturb.ts). Sentences of our own; each positive fails without its change.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { normaliseForScan } from '../../src/detection/normalise';

/** The substrings (as written) of the findings of `type`. */
function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a typographic dash between letters or digits reads as a hyphen', () => {
  it('finds values typed with en dashes, minus signs and non-breaking hyphens', () => {
    expect(found('you can reach the witness on 07723\u2013418265 after six', 'phone')).toEqual(['07723\u2013418265']);
    expect(found('dob 04\u201311\u20131987 for the lad we stopped', 'date_of_birth')).toEqual(['04\u201311\u20131987']);
    expect(found("NHS number 943\u2212476\u22125919 on the carer's letter", 'nhs_number')).toEqual(['943\u2212476\u22125919']);
    expect(found('refund to sort code 20\u201145\u201177 please', 'bank_account')).toEqual(['20\u201145\u201177']);
  });

  it('keeps offsets as written and leaves a spaced dash between clauses alone', () => {
    expect(normaliseForScan('ring 07723\u2013418265 now').text).toBe('ring 07723-418265 now');
    expect(normaliseForScan('ring 07723\u2013418265 now').starts).toBeUndefined();
    expect(normaliseForScan('shift swap \u2013 anyone free?').text).toBe('shift swap \u2013 anyone free?');
  });

  it('makes no finding of a range or a score typed with an en dash', () => {
    expect(scan({ text: 'Rota for weeks 12\u201318 is up, we won 3\u20131 on Sunday' })).toEqual([]);
    expect(scan({ text: 'Training runs 0900\u20131700 on 14\u201315 March in rooms 2\u20134' })).toEqual([]);
  });
});

describe('markdown emphasis and code marks are not part of what a reader sees', () => {
  it('finds a value in bold, italics or code', () => {
    expect(found('the crime number is **31-552907-25** if anyone asks', 'crime_reference')).toEqual(['31-552907-25']);
    expect(found('`OFFICIAL-SENSITIVE`: briefing for the Thursday op', 'protective_marking')).toEqual(['OFFICIAL-SENSITIVE']);
    expect(found('her new address is *9 Larch Close*, Rugeley', 'address')).toEqual(['9 Larch Close']);
    expect(found('dob for the nominal: ~~11/02/1990~~ 11/03/1990', 'date_of_birth')).toContain('11/03/1990');
  });

  it('maps the value back to its offsets as written', () => {
    const text = 'mob **07723 418265** thanks';
    const f = scan({ text }).find((x) => x.type === 'phone');
    expect(f && text.slice(f.start, f.end)).toBe('07723 418265');
  });

  it('keeps a mask between digits and a spaced operator, and flags no clean post', () => {
    expect(normaliseForScan('card ending 4921****1188 and 5 * 3').text).toBe('card ending 4921****1188 and 5 * 3');
    expect(scan({ text: '**Reminder**: the `rota.xlsx` for week 12 is on the drive, *please* read it' })).toEqual([]);
    expect(scan({ text: '* New starters on Monday\n* Parking at HQ closed from **9am** on the 14th' })).toEqual([]);
  });
});

describe('a list carries its label: a value of the same form listed after a found one', () => {
  it('finds the second and third value of a list joined by and, or, a slash or a comma', () => {
    expect(found('money went into acct 53120987 and 77410263 last week', 'bank_account')).toEqual(['53120987', '77410263']);
    expect(found('URN 11HX0382925, 11HX0391125 or 11HX0400225 for the bail file', 'crime_reference')).toEqual(['11HX0382925', '11HX0391125', '11HX0400225']);
    expect(found('NHS nos 943 476 5919 / 401 023 2137 for the two children', 'nhs_number')).toEqual(['943 476 5919', '401 023 2137']);
  });

  it('does not carry the label to another form, a failed check digit or a date', () => {
    expect(found('acct 53120987 and 7741026 others were closed', 'bank_account')).toEqual(['53120987']);
    expect(found('NHS no 943 476 5919 and 943 476 5918 on the old letter', 'nhs_number')).toEqual(['943 476 5919']);
    expect(scan({ text: 'staff numbers 53120987 and 77410263 have new lockers' })).toEqual([]);
    expect(found('acct 53120987 and 53120987-44 again', 'bank_account')).toEqual(['53120987']);
  });
});

describe('"pp" names a passport right before nine digits', () => {
  it('finds the number after pp, pp no or pp:', () => {
    expect(found('traveller showed UK pp 532918406 at the desk', 'passport')).toEqual(['532918406']);
    expect(found('pp no: 417720935 (expired) in the property bag', 'passport')).toEqual(['417720935']);
  });

  it('reads no page range, signature or other number after pp as a passport', () => {
    expect(found('see pp 112-118 of the guidance, signed pp Insp Carter', 'passport')).toEqual([]);
    expect(found('app 532918406 is the licence application id', 'passport')).toEqual([]);
    expect(found('pp 53291840 pages printed this month', 'passport')).toEqual([]);
  });
});

describe('a date of birth typed with spaces reads as one typed with slashes', () => {
  it('finds spaced dates where the slashed date is a date of birth', () => {
    expect(found('custody nurse to check him, his dob is 14 03 1992', 'date_of_birth')).toEqual(['14 03 1992']);
    expect(found('Warrant out for Darren Kettle 22 11 2003 - last seen Longton', 'date_of_birth')).toEqual(['22 11 2003']);
    expect(found('the DOB on the custody record is 1988 05 19 not 1988 05 18', 'date_of_birth')).toContain('1988 05 19');
  });

  it('leaves spaced event dates, impossible dates and two-digit years alone', () => {
    expect(found('Training day moved to 14 03 2026 in the main hall', 'date_of_birth')).toEqual([]);
    expect(found('Warrant out for Darren Kettle 32 11 2003 - last seen Longton', 'date_of_birth')).toEqual([]);
    expect(scan({ text: 'Kit store open 09 30 1200 and 13 00 1630 this week' })).toEqual([]);
  });
});

describe('quotes around a value are not part of what it is named', () => {
  it('finds a quoted value after its label', () => {
    expect(found('refund went to acct "53120987" on Friday', 'bank_account')).toEqual(['53120987']);
    expect(found('property logged under crime ref \u201831/55021/25\u2019 at the front desk', 'crime_reference')).toEqual(['31/55021/25']);
    expect(found("CRO '118204/09K' on the bail sheet", 'cro_number')).toEqual(['118204/09K']);
  });

  it('keeps apostrophes and quoted phrases, and flags no quoted count or time', () => {
    expect(normaliseForScan("Dave's car 'blue golf, ab12' was moved").text).toBe("Dave's car 'blue golf, ab12' was moved");
    expect(normaliseForScan('acct "53120987" ok').text).toBe('acct 53120987 ok');
    expect(scan({ text: 'Briefing at "0700" sharp, "12" officers needed and the \u201cQ3\u201d figures are out' })).toEqual([]);
  });
});

describe('a value named right after it, in brackets or after a dash', () => {
  it('finds a crime reference or passport whose label follows it', () => {
    expect(found('interview booked for Thursday, 31/60874/25 (crn)', 'crime_reference')).toEqual(['31/60874/25']);
    expect(found('file built: 11HX0400225 [URN], goes to CPS Monday', 'crime_reference')).toEqual(['11HX0400225']);
    expect(found('exhibit bag 3 holds 318826450 (passport) and two bank cards', 'passport')).toEqual(['318826450']);
    expect(found('she handed over PX7720914 - passport, expired', 'passport')).toEqual(['PX7720914']);
  });

  it('reads no date, count or other label after a token as a reference or passport', () => {
    expect(found('meeting moved to 14/03/2026 (ref the email from HR)', 'crime_reference')).toEqual([]);
    expect(found('order 4471 (ref) for the stationery', 'crime_reference')).toEqual([]);
    expect(found('staff number 318826450 (payroll), passport photo day is Friday', 'passport')).toEqual([]);
  });
});

describe('a shouted log number and an IPv6 address before a colon', () => {
  it('reads "LOG 4410 OF 21/09" as "log 4410 of 21/09"', () => {
    expect(found('CONCERN FOR WELFARE, LOG 4410 OF 21/09, CALLER IS THE DAUGHTER', 'crime_reference')).toEqual(['4410 OF 21/09']);
    expect(found('WE WON 3 OF 12/05 GAMES THIS SEASON', 'crime_reference')).toEqual([]);
  });

  it('finds an IPv6 address followed by a colon that opens nothing', () => {
    expect(found('logins came from 2001:db8:4f2a:1c00::17: and then stopped', 'ip_address')).toEqual(['2001:db8:4f2a:1c00::17']);
    expect(found('times logged 10:30:45: 11:02:10: all fine', 'ip_address')).toEqual([]);
  });
});

describe('a dotted sort code that cannot be a date', () => {
  it('reads dotted pairs before an account number as a sort code', () => {
    expect(found('refund the victim to 40.12.76 31926819 please', 'bank_account')).toEqual(['40.12.76', '31926819']);
    expect(found('collection for Sue goes to 60.83.71 / 25519804 ta', 'bank_account')).toEqual(['60.83.71', '25519804']);
  });

  it('keeps dotted dates and decimals out of it', () => {
    expect(found('kit issue: 12.03.91 31926819 is the order batch', 'bank_account')).toEqual([]);
    expect(found('the ratio came out at 308734.01926538 in the model', 'bank_account')).toEqual([]);
  });
});
