import { describe, it } from 'vitest';
import { finds } from './finds';

/** Format rules of the dev set 15 round (how people type values), in new words, each with cases that must stay clean. */

describe('a label typed against its value', () => {
  it('passport, account, sort code and NHS number are read through the missing space', () => {
    finds('passport512938470 seized at the port', [['passport', '512938470']]);
    finds('acc31548790 s/c40-12-76 is where the money went', [['bank_account', '31548790'], ['bank_account', '40-12-76']]);
    finds('nhs no4010232137 for the ward check', [['nhs_number', '4010232137']]);
    // Every label the glued reading knows has a case of its own.
    finds('sortcode40-12-76 acc31548790 for the refund', [['bank_account', '40-12-76'], ['bank_account', '31548790']]);
  });
  it('a word that labels something else leaves the number glued and unread', () => {
    finds('invoice512938470 for the passport renewal', [], ['passport']);
    finds('ref31548790 on the order', [], ['bank_account']);
    finds('batch4010232137 of forms', [], ['nhs_number']);
    finds('the company is SC309634 on the register', [], ['bank_account']);
  });
  it('an NI number in capitals against its lower-case label', () => {
    finds('ni noJK123456C checked, not him', [['nino', 'JK123456C']]);
    finds('order noJK123456C shipped', [], ['nino']);
  });
});

describe('a mobile typed against the words on both sides', () => {
  it('after a phone verb or label, with the sentence running on', () => {
    finds('call07700900312now pls', [['phone', '07700900312']]);
    finds("mum's mob is+447700900312", [['phone', '+447700900312']]);
  });
  it('not inside a code, nor against a word that is no phone label', () => {
    finds('abc07700900312xyz', [], ['phone']);
    finds('REF07700900312 closed', [], ['phone']);
  });
});

describe('numbers typed with dots', () => {
  it('a phone opening with the trunk 0 and a long code', () => {
    finds('can u call 07700.900.312 after 6', [['phone', '07700.900.312']]);
    finds('mob:01632.960.441...', [['phone', '01632.960.441']]);
  });
  it('not a version or an IP', () => {
    finds('release 07.961.205.374 is out', [], ['phone']);
    finds('server on 10.205.37.4 rebooted', [], ['phone']);
  });
  it('a sort code with its name right before', () => {
    finds('sort code 40.12.76 account 31548790', [['bank_account', '40.12.76']]);
  });
  it('dotted pairs with no name are a date', () => {
    finds('on 20.04.77 the shop was shut', [], ['bank_account']);
  });
});

describe('field labels and spacing', () => {
  it('"pass no" as a field label is a passport number', () => {
    finds('pass no:512938470 dob:02/07/1991', [['passport', '512938470']]);
    finds('Name, pass no 512938470', [['passport', '512938470']]);
  });
  it('another pass named by its word is not', () => {
    finds('bus pass no 512938470 found on the 101', [], ['passport']);
    finds('staff pass number 512938470 deactivated', [], ['passport']);
  });
  it('an NHS number named right before, in any grouping', () => {
    finds('Patient NHS number 4010 232 137 discharged', [['nhs_number', '4010 232 137']]);
  });
  it('not in an unusual grouping without its name', () => {
    finds('we counted 4010 232 137 items', [], ['nhs_number']);
  });
  it('"cards" names a card number like "card"', () => {
    finds('two cards inc 371449635398431 handed in', [['payment_card', '371449635398431']], ['crime_reference']);
  });
  it('a licence number in lower case has the structure of one in capitals', () => {
    finds('driver (li999753236mj9rt) fine', [['driving_licence', 'li999753236mj9rt']]);
  });
  it('mixed case or a broken structure stays unsure', () => {
    finds('token Li999753236mJ9rT', [], ['driving_licence']);
    finds('code li999713236mj9rt', [], ['driving_licence']);
  });
});

describe('a lower-case unspaced postcode set off as a field', () => {
  it('between commas, or after a home or place emoji', () => {
    finds('owner Dean Platt, st47ln, warned', [['postcode', 'st47ln']]);
    finds('🏠 st47ln again, third time', [['postcode', 'st47ln']]);
  });
  it('not opening a sentence after a comma, after another emoji, or after "meet at"', () => {
    finds('the form code, st47ln was wrong', [], ['postcode']);
    finds('😀 st47ln was the code', [], ['postcode']);
    finds('meet at st47ln after briefing', [], ['postcode']);
  });
});

describe('OFFICIAL-SENSITIVE in brackets with an instruction, or with its descriptor', () => {
  it('is a marking', () => {
    finds('card number attached (OFFICIAL-SENSITIVE, do not forward)', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
    finds('the header says OFFICIAL-SENSITIVE PERSONAL so leave it', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
    finds('the header says OFFICIAL-SENSITIVE LOCSEN so leave it', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
  });
  it('not words going on in the bracket, nor the descriptor in lower case', () => {
    finds('they said the file is (official-sensitive stuff, dont ask)', [], ['protective_marking']);
    finds('he says official-sensitive personal stuff is boring', [], ['protective_marking']);
  });
});

describe('a force code, serial and year after the case the post is about', () => {
  it('is a crime reference', () => {
    finds('Harassment case: messages sent from her old account, 13/60982/24', [['crime_reference', '13/60982/24']]);
  });
  it('not after "in case", nor with no crime word at all', () => {
    finds('just in case anyone asks, the split was 16/88231/24', [], ['crime_reference']);
    finds('the figures were 16/88231/24 across the three years', [], ['crime_reference']);
  });
});

describe("an organisation's landline and a colleague's signature", () => {
  it('the switchboard after a comma that closes a clause about personal numbers', () => {
    finds("don't put your personal mobile in your signature, use the switchboard 01632 960000", [], ['phone']);
  });
  it('a personal word after the organisation word still makes it someone’s', () => {
    finds('keyholder for the office is Mike, home number 01632 960123', [['phone', '01632 960123']]);
  });
  it('a landline in a signature with a rank or a force is a work number', () => {
    finds('Kind regards\nDC Sam Okoro\nBurglary Team\nTel: 01632 960214', [], ['phone']);
    finds('Thanks\nAlex Moore\nCustody | Northmoor Police\nT: 01632 960215', [], ['phone']);
  });
  it('a signature with neither is anyone’s', () => {
    finds('Kind regards\nMarcia Lindo\nTel: 01632 960214', [['phone', '01632 960214']]);
  });
  it('"Sig:" signs off like "Regards," and a name after a role is still read', () => {
    finds('Sig: Jo Pearson | Victim Care Coordinator | Northmoor Police', [], ['person_name']);
    finds('Suspect Jo Pearson | arrested for theft', [['person_name', 'Jo Pearson']]);
  });
});
