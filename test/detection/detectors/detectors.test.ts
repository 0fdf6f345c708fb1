import { describe, expect, it } from 'vitest';
import { scan, type FindingType } from '../../../src/detection';

/** [text, expected [type, value] pairs] */
type Case = [string, Array<[FindingType, string]>];

function check(cases: Case[]): void {
  for (const [text, expected] of cases) {
    const got = scan({ text }).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect({ text, got }).toEqual({ text, got: expected });
  }
}

describe('detectors', () => {
  it('phone: finds UK forms, skips extensions, organisations and other numbers', () => {
    check([
      ['mob 07700-900-614 pls', [['phone', '07700-900-614']]],
      ['call (0161) 496 0734 later', [['phone', '(0161) 496 0734']]],
      ['NY office (212) 555-0134', [['phone', '(212) 555-0134']]],
      ['extension 2270 or ext. 4471', []],
      ['switchboard 0300 123 4455', []],
      ['my home number is 0300 123 4455', [['phone', '0300 123 4455']]],
      ['NHS number 401-023-2138', []],
    ]);
  });

  it('email: expands from @ and trims sentence punctuation', () => {
    check([
      ['mail jo.bloggs84@gmail.com.', [['email', 'jo.bloggs84@gmail.com']]],
      ['@channel please read', []],
    ]);
  });

  it('postcode and address', () => {
    check([
      ['lives at 42a Moorland Road, ST3 5RN', [['address', '42a Moorland Road'], ['postcode', 'ST3 5RN']]],
      ['ST16 team are out today', []],
      ['the lock-up on Hope Street', []],
      ['Room 14 Station Road is the incident room', []],
    ]);
  });

  it('date of birth needs birth context', () => {
    check([
      ['born 3rd May 1991', [['date_of_birth', '3rd May 1991']]],
      ['12/03/1985 (DOB)', [['date_of_birth', '12/03/1985']]],
      ['meeting 12/03/2025 at 10:00', []],
    ]);
  });

  it('vehicle registrations weigh context for older formats', () => {
    check([
      ['parked in YH68 TOP again', [['vehicle_registration', 'YH68 TOP']]],
      ['red Fiesta, reg R474 KLM', [['vehicle_registration', 'R474 KLM']]],
      ['R474 KLM', []],
      ['M6 J14 and A38 closed', []],
    ]);
  });

  it('ip addresses but not versions', () => {
    check([
      ['blocked 185.220.101.47 today', [['ip_address', '185.220.101.47']]],
      ['firmware 4.2.1.7 is out', []],
      ['meet at 10:30:00', []],
    ]);
  });

  it('person names in operational context, not colleagues', () => {
    check([
      ['Victim is Jane Whitfield', [['person_name', 'Jane Whitfield']]],
      ['suspect is a Jamie Lee Simmons', [['person_name', 'Jamie Lee Simmons']]],
      ['Thanks to Mrs Patel in payroll', []],
      ['Victim Support are here on Weds', []],
    ]);
  });

  it('health disclosures, not topics', () => {
    check([
      ["He's been signed off with depression", [['health', 'signed off with depression']]],
      ['Mental health awareness week starts Monday', []],
      ['Cancer Research bake sale', []],
    ]);
  });

  it('markings as markings only', () => {
    check([
      ['SECRET: op order attached', [['protective_marking', 'SECRET']]],
      ['marked Official Sensitive', [['protective_marking', 'Official Sensitive']]],
      ['keep it confidential', []],
      ['SECRET SANTA names in', []],
      ['He is on restricted duties', []],
    ]);
  });

  it('gradings need intelligence words; handling code alone counts', () => {
    check([
      ['Intel is B2 that he deals', [['intelligence_grading', 'B2']]],
      ['Source handling course in room B2', []],
      ['A4 paper in the B2 printer', []],
    ]);
  });

  it('crime references after reference words, not IT tickets or years', () => {
    check([
      ['crime ref 22/45871/24 update', [['crime_reference', '22/45871/24']]],
      ['incident 0456 of 14/03/2025', [['crime_reference', '0456 of 14/03/2025']]],
      ['IT incident INC0012345 raised', []],
      ['crime figures for 2023/24', []],
    ]);
  });

  it('identifiers with official structure', () => {
    check([
      ['NINO PR123456B', [['nino', 'PR123456B']]],
      ['licence MORGA753116SM9IJ', [['driving_licence', 'MORGA753116SM9IJ']]],
      ['passport no. 925076473', [['passport', '925076473']]],
      ['order 925076473 shipped', []],
      ['IBAN GB29 NWBK 6016 1331 9268 19 ASAP', [['iban', 'GB29 NWBK 6016 1331 9268 19']]],
    ]);
  });
});
