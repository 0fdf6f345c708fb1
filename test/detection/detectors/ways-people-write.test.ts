import { describe, it } from 'vitest';
import { finds } from './finds';

describe('recall on the ways people write', () => {
  it('lower case formats', () => {
    finds('his passport no is xk4471920', [['passport', 'xk4471920']]);
    finds('iban gb29 nwbk 6016 1331 9268 19 for the whip round', [['iban', 'gb29 nwbk 6016 1331 9268 19']]);
    finds('lives at 12 mill ln with her mum', [['address', '12 mill ln']]);
    finds('nicked darren hope for the shoplifting', [['person_name', 'darren hope']]);
  });

  it('values at the edges of a post, next to emoji and punctuation', () => {
    finds('07700900215😀', [['phone', '07700900215']]);
    finds('😀07700 900215', [['phone', '07700 900215']]);
    finds('(jo.bloggs@gmail.com)', [['email', 'jo.bloggs@gmail.com']]);
    finds('reg was YR19-KDF!!', [['vehicle_registration', 'YR19-KDF']]);
  });

  it('sort code and account number pairs, with or without a trigger word', () => {
    finds("collection for Sue's leaving do: 401276 31548790 ta", [['bank_account', '401276'], ['bank_account', '31548790']]);
    finds('pay 40-12-76 31548790 by friday', [['bank_account', '40-12-76'], ['bank_account', '31548790']]);
    finds('sort code 40-12-76, account 31548790', [['bank_account', '40-12-76'], ['bank_account', '31548790']]);
    finds('ref 401276 31548790', [], ['bank_account']);
  });

  it('plates with a hyphen, abbreviations of context words, passports and crime refs in any format after clear context', () => {
    finds('white transit BD17-XRT doing drive offs', [['vehicle_registration', 'BD17-XRT']]);
    finds('see inc 1432 of 12/03 for the details', [['crime_reference', '1432 of 12/03']]);
    finds('occ 24/118734 has the statement', [['crime_reference', '24/118734']]);
    finds('crime number ab/1234/24 pls', [['crime_reference', 'ab/1234/24']]);
    finds('Passport for the extradition file: XY9876543', [['passport', 'XY9876543']]);
    finds('passport number: 123ABC456 thx', [['passport', '123ABC456']]);
    finds('Estates ref 55712 if anyone chases the boiler', [], ['crime_reference']);
  });
});

describe('names from published first-name lists', () => {
  it('names introduced by a verb or a naming phrase, in any case', () => {
    finds('gave her name as Kerry Bolton', [['person_name', 'Kerry Bolton']]);
    finds('reckons Gavin Pryce is dealing from the flat', [['person_name', 'Gavin Pryce']]);
    finds('gave name as lewis PRICE, known to MH', [['person_name', 'lewis PRICE']]);
    finds('victim is john mcallister, wants a call back', [['person_name', 'john mcallister']]);
    finds('Source states Marcus Greaves storing cash at his mum’s', [['person_name', 'Marcus Greaves']]);
  });

  it('keeps officers being thanked, colleagues in HR notices and organisations out', () => {
    finds('thanks to PC 1234 Smith for the arrest', [], ['person_name']);
    finds('Flexible working request approved for Ms Tranter (Criminal Justice)', [], ['person_name']);
    finds('Missing Persons Unit coordinator is off today', [], ['person_name']);
    finds('Please welcome Sarah Jennings to the HR team', [], ['person_name']);
  });
});

describe('health from a sourced vocabulary, with a person', () => {
  it('finds loosely phrased disclosures', () => {
    finds("he has advanced parkinson's now", [['health', "parkinson's"]]);
    finds('my radiotherapy starts next week', [['health', 'radiotherapy']]);
    finds('signed off with stress again', [['health', 'stress']]);
    finds('on the sick with my back', [['health', 'back']]);
    finds('she is type 1 diabetic and has no meds on her', [['health', 'type 1 diabetic']]);
    finds('vic has a broken jaw, at the hospital', [['health', 'broken jaw']]);
    finds('elderly female there has COPD and is on oxygen', [['health', 'COPD']]);
    finds('Ian back once his ACL reconstruction heals', [['health', 'ACL reconstruction']]);
  });

  it('leaves topics alone', () => {
    finds('Bake sale for Diabetes UK on Friday', [], ['health']);
    finds('training on supporting people with dementia', [], ['health']);
    finds('Mental health awareness week starts Monday', [], ['health']);
  });
});

describe('protective markings only when used as markings', () => {
  it('finds markings at the start, in brackets, after marked/classification, as a footer', () => {
    finds('RESTRICTED - POLICE. Logs are on the share', [['protective_marking', 'RESTRICTED']]);
    finds('summary below (PROTECT - PERSONAL): subject known', [['protective_marking', 'PROTECT']]);
    finds('Classification: SECRET. Do not post op orders', [['protective_marking', 'SECRET']]);
    finds('Graded B24.\nOFFICIAL-SENSITIVE', [['protective_marking', 'OFFICIAL-SENSITIVE']]);
    finds('OFFICIAL\nNotice to all staff', [['protective_marking', 'OFFICIAL']]);
  });

  it('ignores the same words in prose', () => {
    finds("RESTRICTED access to the gym while it's refurbished", [], ['protective_marking']);
    finds('secret santa names by friday', [], ['protective_marking']);
    finds('strictly confidential chat about the rota', [], ['protective_marking']);
    finds('What does OFFICIAL-SENSITIVE actually mean?', [], ['protective_marking']);
    finds("bays marked 'Restricted - Custody vans only'", [], ['protective_marking']);
  });
});

describe('international phones', () => {
  it('parses numbers that carry their country code with libphonenumber', () => {
    finds('call +33 6 12 34 56 78 tonight', [['phone', '+33 6 12 34 56 78']]);
    finds('his US cell is +1 415 555 2671', [['phone', '+1 415 555 2671']]);
    finds('ring 0049 30 901820 about it', [['phone', '0049 30 901820']]);
  });
});
