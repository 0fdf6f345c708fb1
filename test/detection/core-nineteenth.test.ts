/**
 * Nineteenth session (branch core19): core values as people type them, one failure mechanism per block
 * (docs/detection.md, "Nineteenth session: core values as people type them"). Sentences of our own; each positive
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

describe('a passport of a two-letter series and six digits', () => {
  it('reads it glued or set apart, in any case, in the passport word\'s sentence', () => {
    expect(found('Canadian passport HT381926 handed in at the front desk', 'passport')).toEqual(['HT381926']);
    expect(found('her passport is mk 220417, photocopy on file', 'passport')).toEqual(['mk 220417']);
    expect(found('passports for both brothers: older one RB 604113, younger RB604114', 'passport')).toEqual(['RB 604113', 'RB604114']);
    expect(found('passport no. KX 204417 - expired last year', 'passport')).toEqual(['KX 204417']);
  });

  it('leaves a two-letter word or another number\'s label, another sentence, and an NI number named as such', () => {
    expect(found('passport seized, bag no 123456 in the store', 'passport')).toEqual([]);
    expect(found('Passport office ticket AB123456 raised for the counter', 'passport')).toEqual([]);
    expect(found('passport office hours changed. Room PX 304122 is the new interview room', 'passport')).toEqual([]);
    expect(found('he has no passport and his ni is JT 482761', 'passport')).toEqual([]);
    expect(found('Staff car park permit GH 220193 renewed today', 'passport')).toEqual([]);
  });
});

describe('a crime reference after the crime prefix "CR" with a space or nothing between', () => {
  it('reads a serial and a year after it', () => {
    expect(found('can someone update the victim on cr 0041229/25 please', 'crime_reference')).toEqual(['0041229/25']);
    expect(found('bodycam for cr0041230/25 is still not uploaded', 'crime_reference')).toEqual(['cr0041230/25']);
  });

  it('leaves "cr" before other shapes', () => {
    expect(found('cr 4412 is the course room', 'crime_reference')).toEqual([]);
    expect(found('credit note cr 004122 sent to the supplier', 'crime_reference')).toEqual([]);
  });
});

describe('a police code, a year and a serial printed in two groups', () => {
  it('reads the two groups as the serial in a sentence about police business', () => {
    expect(found('Any update on INC-25-0917-0044 for the victim? She rang again.', 'crime_reference')).toEqual(['INC-25-0917-0044']);
    expect(found('Suspect charged on ROB/25/0311/0092 this morning.', 'crime_reference')).toEqual(['ROB/25/0311/0092']);
  });

  it('leaves the shape with IT words or outside police business', () => {
    expect(found('IT raised INC-25-0917-0044 for the broken printer.', 'crime_reference')).toEqual([]);
    expect(found('Raise INC-25-0917-0044 against the budget line.', 'crime_reference')).toEqual([]);
  });
});

describe('record words in the plural, and jobs, before a code, a serial and a year', () => {
  it('reads the reference after them', () => {
    expect(found('Burglary figures: 41 crimes this month. The worst is 22/61733/25, a dwelling in the village.', 'crime_reference')).toEqual(['22/61733/25']);
    expect(found('Two jobs left from nights and the one that matters is 22/61740/25, the stabbing.', 'crime_reference')).toEqual(['22/61740/25']);
  });

  it('leaves the shape without any such word', () => {
    expect(found('The score ended 22/61733/25 after the recount.', 'crime_reference')).toEqual([]);
  });
});

describe('a custody record and a date of birth on it', () => {
  it('reads a full calendar date after "custody record" as a date, not the record\'s code', () => {
    expect(found('date of birth on the custody record is 14/02/2008, he says he is 19', 'crime_reference')).toEqual([]);
    expect(found('date of birth on the custody record is 14/02/2008, he says he is 19', 'date_of_birth')).toEqual(['14/02/2008']);
  });

  it('still reads a coded custody record', () => {
    expect(found('custody record is CU/40917/25 for the lad from the van', 'crime_reference')).toEqual(['CU/40917/25']);
  });
});

describe('NHS numbers named after them, after "is", or as every ten-digit number of a post', () => {
  it('reads a health word later in the number\'s sentence', () => {
    expect(found('4010232137 is on the wristband the hospital gave her', 'nhs_number')).toEqual(['4010232137']);
  });

  it('reads "is" or "was" between the name and a number in any grouping', () => {
    expect(found('her nhs no was 4010 247 975 last time', 'nhs_number')).toEqual(['4010 247 975']);
  });

  it('reads two or more ten-digit numbers that all pass the check', () => {
    // rev19: only in a post with a word of care (the lab here); without one, see review-nineteenth.test.ts.
    expect(found('lab results back for 4010335084 and 4010453869, both negative', 'nhs_number')).toEqual(['4010335084', '4010453869']);
  });

  it('leaves a list where one fails the check, a lone unnamed one, and a health word in the next sentence', () => {
    expect(found('orders 4010232137 and 4010240056 shipped today', 'nhs_number')).toEqual([]);
    expect(found('the reference is 4010501383 for the parcel', 'nhs_number')).toEqual([]);
    expect(found('tracking 4010501383 delivered. Hospital visit later', 'nhs_number')).toEqual([]);
  });
});

describe('bank details with separators the number runs do not join', () => {
  it('reads a named sort code with spaced dashes, slashes or groups of three', () => {
    expect(found('sort code 20 - 41 - 77 and account 55019284', 'bank_account')).toEqual(['20 - 41 - 77', '55019284']);
    expect(found('s/c 20/41/77 for the refund', 'bank_account')).toEqual(['20/41/77']);
    expect(found('Sort code: 20 – 41 – 77', 'bank_account')).toEqual(['20 – 41 – 77']);
    expect(found('sort code is 204 177', 'bank_account')).toEqual(['204 177']);
  });

  it('reads a named account number in any grouping of its eight digits', () => {
    expect(found('account number 550 192 84 at the Halifax', 'bank_account')).toEqual(['550 192 84']);
    expect(found('paid from acc. 5501-92-84 last week', 'bank_account')).toEqual(['5501-92-84']);
  });

  it('reads a sort code and an account number joined by a slash after a bank word', () => {
    expect(found('bank details 20-41-77/55019284 for the victim', 'bank_account')).toEqual(['20-41-77', '55019284']);
  });

  it('leaves "sc" before a date, a date after "account", and slashed numbers without a bank word', () => {
    expect(found('the sc 12 - 03 - 24 training night', 'bank_account')).toEqual([]);
    expect(found('acc 12 03 2024 on the M6, two cars', 'bank_account')).toEqual([]);
    expect(found('exhibits 20-41-77/55019284 bagged and tagged', 'bank_account')).toEqual([]);
    expect(found('sort out the rota for 12 - 03 - 24 please', 'bank_account')).toEqual([]);
  });
});

describe('an account number qualified by another business', () => {
  it('leaves it in any grouping', () => {
    expect(found('customer account 319 266 58 for the gas bill', 'bank_account')).toEqual([]);
  });
});

describe('a postcode typed with two spaces between its halves', () => {
  it('reads it as with one', () => {
    expect(found('van taken from the yard at 3 Mill Lane st16  2hd overnight', 'postcode')).toEqual(['st16  2hd']);
    expect(found('Home address postcode WS11  4RT', 'postcode')).toEqual(['WS11  4RT']);
  });

  it('leaves halves that break the postcode rules, and three spaces', () => {
    expect(found('kit in locker b12  3cd by the door', 'postcode')).toEqual([]);
    expect(found('sheet ST16   2HD is the third tab', 'postcode')).toEqual([]);
  });
});

describe('a passport number typed in groups right after the passport\'s name', () => {
  it('reads eight to ten digits in groups of two or more', () => {
    expect(found('passport 604 118 239 handed to border force', 'passport')).toEqual(['604 118 239']);
    expect(found('passport no: 6041 18239 on the copy', 'passport')).toEqual(['6041 18239']);
    expect(found('his Russian passport 45 6011823 was in the glovebox', 'passport')).toEqual(['45 6011823']);
  });

  it('leaves a date, a phone number after other words, and groups with no passport name right before', () => {
    expect(found('passport 12 03 2027 is when it runs out', 'passport')).toEqual([]);
    expect(found('passport office helpline 0300 222 000 is useless', 'passport')).toEqual([]);
    expect(found('the passport was renewed, ref 604 118 239', 'passport')).toEqual([]);
  });
});

describe('a crime reference whose fields are set apart by spaces, right after a reference word', () => {
  it('reads a code or year, a serial and a year', () => {
    expect(found('crime ref 22 61733 25 for the shed break', 'crime_reference')).toEqual(['22 61733 25']);
    expect(found('Crime reference - 22 / 61733 / 25 - victim updated', 'crime_reference')).toEqual(['22 / 61733 / 25']);
    expect(found('occurrence no: 25 061733', 'crime_reference')).toEqual(['25 061733']);
  });

  it('leaves short numbers, other words before, and fields that run on', () => {
    expect(found('crime ref 13 was closed yesterday', 'crime_reference')).toEqual([]);
    expect(found('the shed had 22 61733 25 on the label', 'crime_reference')).toEqual([]);
    expect(found('crime number 22 61733 25 5 is too long', 'crime_reference')).toEqual([]);
  });
});
