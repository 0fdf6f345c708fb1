import { describe, it } from 'vitest';
import { finds } from './finds';

/** Ninth session: core readings of a police case's reference, in new words, each with cases that must stay clean. */

describe('a force code, serial and year filed "under"', () => {
  it('counts without a case word: logged, recorded, crimed, passed on or stolen under the number', () => {
    finds('shed break-in on the allotments recorded under 22/40917/23, nothing taken', [['crime_reference', '22/40917/23']]);
    finds('the laptop is on the system under 07/118342/25 so pls update it', [['crime_reference', '07/118342/25']]);
    finds('Passed to the safeguarding hub under 41/300221/24 yesterday.', [['crime_reference', '41/300221/24']]);
  });
  it('the force code may carry a division in capitals', () => {
    finds('trailer nicked under 52AB/204411/24, owner informed', [['crime_reference', '52AB/204411/24']]);
    finds('Victim in 13KD/55012/23 wants a call back', [['crime_reference', '13KD/55012/23']]);
  });
  it('not the shape alone, a short or dated number under, or letters in lower case', () => {
    finds('The totals were 16/88231/24 over three years.', [], ['crime_reference']);
    finds('cover is 24/7 under 12/2024/25 budget lines', [], ['crime_reference']);
    finds('under 18/05/24 rules the form changed', [], ['crime_reference']);
    finds('cut the pipe to 13mm/117803/24 spec, plumber says', [], ['crime_reference']);
  });
});

describe("Action Fraud's NFRC prefix names the reference, whatever its length", () => {
  it('counts with the digits copied short or long, after any qualified reference word', () => {
    finds('AF reference NFRC2311044710, victim is happy for us to call', [['crime_reference', 'NFRC2311044710']]);
    finds('reported online, got NFRC23110447 back', [['crime_reference', 'NFRC23110447']]);
  });
  it('not a short code or the letters alone', () => {
    finds('AF ref NFRC2311 only, the rest is cut off', [], ['crime_reference']);
    finds('NFRC is the Action Fraud team, ring them', [], ['crime_reference']);
  });
});

describe('a reference typed against its own label', () => {
  it('counts after a police reference word glued to it', () => {
    finds('found the scooter,crimeCR/0711204/25,owner told', [['crime_reference', 'CR/0711204/25']]);
    finds('pls link occurrence24-301187 to the others', [['crime_reference', '24-301187']]);
  });
  it('not after another glued word, or a short or unseparated number', () => {
    finds('order ABC-4471 and toolboxCR/0711204 as before', [], ['crime_reference']);
    finds('crimeCR/44 in the list', [], ['crime_reference']);
    finds('crimewatch2025 episode tonight', [], ['crime_reference']);
  });
});

describe('a year and serial with a dash', () => {
  it('counts by its shape, heading a post or inside it', () => {
    finds('23-440912 - pushbike gone from outside the gym, any CCTV?', [['crime_reference', '23-440912']]);
    finds('Can someone look at (25-0071234) before the weekend', [['crime_reference', '25-0071234']]);
  });
  it('not a range, an amount, a longer code, a phone fragment or a non-police number', () => {
    finds('between 20-25000 people expected at the match', [], ['crime_reference']);
    finds('budget is £10-12750 for the year', [], ['crime_reference']);
    finds('we had 15-20000 leaflets printed', [], ['crime_reference']);
    finds('part 24-118739-B is back in stock', [], ['crime_reference']);
    finds('dial 0161 24-118739 for the shop', [], ['crime_reference']);
    finds('invoice no 24-118739 paid today', [], ['crime_reference']);
    finds('the 1-118739 and 45-118739 codes', [], ['crime_reference']);
  });
});

describe('passport numbers after the plural', () => {
  it('counts letter-and-digit and UK nine-digit numbers after "passports"', () => {
    finds('two passports in the glovebox: K7712094 and P30417725, both seized', [['passport', 'K7712094'], ['passport', 'P30417725']]);
    finds("Passports handed in at the front desk - 552019384, owner's name on it", [['passport', '552019384']]);
  });
  it('not after another word that opens with it, nor a number another label names', () => {
    finds('she gets passported benefits, claim 552019384 and K7712094', [], ['passport']);
  });
});

describe('a grade with its three parts set apart by spaces', () => {
  it('counts after an intelligence word, in either scheme', () => {
    finds('sub went in graded 3 C P this morning re the lock-up', [['intelligence_grading', '3 C P']]);
    finds('Source says he is back at his mums, intel B 2 4', [['intelligence_grading', 'B 2 4']]);
  });
  it('not two spaced parts, nor three without an intelligence word', () => {
    finds('intel room is 2 B on the map', [], ['intelligence_grading']);
    finds('team A 2 1 win on Saturday', [], ['intelligence_grading']);
  });
});

describe('a marking reported of a document, on a line that laughs', () => {
  it('is the document\'s marking', () => {
    finds('found the old statement, still classified CONFIDENTIAL haha, his address is on page 2', [['protective_marking', 'CONFIDENTIAL']]);
    finds('the 2012 briefing notes were marked RESTRICTED 😅 so handle them', [['protective_marking', 'RESTRICTED']]);
  });
  it('not a mock marking of a thing that is no document, nor a mock header', () => {
    finds('the birthday cake is marked TOP SECRET lol', [], ['protective_marking']);
    finds('TOP SECRET: the file for the quiz answers is in the canteen 😂', [], ['protective_marking']);
  });
});

describe('a list headed by the number\'s name', () => {
  it('names every item, however far down the list', () => {
    finds('Strategy meeting for the siblings, NHS nos below\n- eldest (14): 4857770822\n- middle (11): 4857771233\n- youngest (6): 4857771918\nAll three at the same school.', [
      ['nhs_number', '4857770822'], ['nhs_number', '4857771233'], ['nhs_number', '4857771918'],
    ]);
    finds('CHI numbers:\n1. 4857771233\n2. 4857772329', [['nhs_number', '4857772329']]);
  });
  it('not a list under another header, nor a line after the list ends', () => {
    finds('Stock codes for the new kit\n- radios: 4857770822\n- cameras: 4857771233\n- batteries: 4857771918', [], ['nhs_number']);
    finds('NHS numbers were checked earlier today.\nOrder lines:\n- 4857771233\n- 4857772329', [], ['nhs_number']);
  });
});

describe('an IBAN whose account part is mostly letters', () => {
  it('counts with its registered length and check digits, though no six digits run together', () => {
    finds('Refund to be paid to RO29 BTRL ZX9K PQWM HAJ2 CY7D per the victim', [['iban', 'RO29 BTRL ZX9K PQWM HAJ2 CY7D']]);
    finds('acct QA69DOHBKQWERTYUZXCVBNMASDF4G for the transfer', [['iban', 'QA69DOHBKQWERTYUZXCVBNMASDF4G']]);
  });
  it('not when the check digits fail, the length is wrong, or the code is no registered country', () => {
    finds('Refund to be paid to RO30 BTRL ZX9K PQWM HAJ2 CY7D per the victim', [], ['iban']);
    finds('Refund to be paid to RO29 BTRL ZX9K PQWM HAJ2 CY7 per the victim', [], ['iban']);
    finds('code ZZ29 BTRL ZX9K PQWM HAJ2 CY7D on the box', [], ['iban']);
  });
});

describe("a birth date given in the sentence after the birth word's", () => {
  it('counts when the next sentence gives it as the value', () => {
    finds('DOB on the custody record is wrong. It should be 14 October 1981 per his passport', [['date_of_birth', '14 October 1981']]);
    finds('Niche has two DOBs for her. Correct one is 03/04/1969, pls merge', [['date_of_birth', '03/04/1969']]);
  });
  it('not an event date, a recent date, nor a date two sentences on', () => {
    finds('DOB checked with the hospital. Arrested on 14 October 2019 at home', [], ['date_of_birth']);
    finds('DOB fixed on the system. Review is 14 October 2024 now', [], ['date_of_birth']);
    finds('DOB fixed. Sorted. Next review is 03/04/1969 lol', [], ['date_of_birth']);
  });
});

describe('an eight-digit passport number in the passport word\'s sentence', () => {
  it('counts with the nationality or a verb between', () => {
    finds('His passport is Estonian, number 40917733, kept at the front desk', [['passport', '40917733']]);
    finds('Passport shows Polish national - 55120984. Needs an interpreter.', [['passport', '55120984']]);
  });
  it('not a date run together, a number another label names, or one in the next sentence', () => {
    finds('passport expires 14032031 so fine for the trip', [], ['passport']);
    finds('passport checked, account 40917733 frozen', [], ['passport']);
    finds('Passport seen. Ring him on 55120984 later', [], ['passport']);
  });
});
