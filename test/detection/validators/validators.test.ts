import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from '../../../src/detection/validators/nhs-number';
import { isValidCroNumber, isValidPncId } from '../../../src/detection/validators/police-ids';
import { isValidNino } from '../../../src/detection/validators/nino';
import { isValidPostcode } from '../../../src/detection/validators/postcode';
import { hasCardIssuerPrefix, isLuhnValid } from '../../../src/detection/validators/luhn';
import { isValidIban } from '../../../src/detection/validators/iban';
import { isValidDrivingLicence } from '../../../src/detection/validators/driving-licence';
import { plateFormat } from '../../../src/detection/validators/vehicle-registration';

describe('NHS number (mod 11)', () => {
  it.each(['943 476 5919', '401-023-2137', '9434765870'])('accepts %s', (v) => expect(isValidNhsNumber(v)).toBe(true));
  it.each(['401-023-2138', '943 476 5918', '1111111111', '12345', '943 476 591'])('rejects %s', (v) =>
    expect(isValidNhsNumber(v)).toBe(false),
  );
});

describe('PNC ID', () => {
  it.each(['2008/0056560Z', '1981/0154257C', '04/23178D', '2019/0123456E'])('accepts %s', (v) => expect(isValidPncId(v)).toBe(true));
  it.each(['20030011985Z', '2008/0056560A', '1981/0154257D', '2008-0056560Z'])('rejects %s', (v) => expect(isValidPncId(v)).toBe(false));
});

describe('CRO number', () => {
  it.each(['265416/21G', '65656/91H', '123456/19P'])('accepts %s', (v) => expect(isValidCroNumber(v)).toBe(true));
  it.each(['85227/65G', '265416/21H', '265416-21G'])('rejects %s', (v) => expect(isValidCroNumber(v)).toBe(false));
});

describe('National Insurance number', () => {
  it.each(['QQ 12 34 56 C', 'NH 23 45 67 D', 'JG103759A', 'ab 12 34 56 c'])('accepts %s', (v) => expect(isValidNino(v)).toBe(true));
  it.each(['AB 12 34 56 1', 'BG123612A', 'UV 98 76 54 B', 'GB 12 34 56 A', 'DA 12 34 56 A', 'AO 12 34 56 A', 'AB 12 34 56 E'])(
    'rejects %s',
    (v) => expect(isValidNino(v)).toBe(false),
  );
});

describe('UK postcode', () => {
  it.each(['GIR 0AA', 'WS15 2LH', 'M1 1AE', 'EC1A 1BB', 'W1A 0AX', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'ST163DG'])('accepts %s', (v) =>
    expect(isValidPostcode(v)).toBe(true),
  );
  it.each(['QA1 1AA', 'M1 1CA', 'ST16', 'XY1 1AA', 'AI1 1AA', 'WS15 2L'])('rejects %s', (v) => expect(isValidPostcode(v)).toBe(false));
});

describe('Luhn and card prefixes', () => {
  it.each(['4929123456789015', '4625276018955594', '376666176031379', '5478778932879219'])('accepts %s', (v) => {
    expect(isLuhnValid(v)).toBe(true);
    expect(hasCardIssuerPrefix(v)).toBe(true);
  });
  it.each(['4929123456789016', '5478778932879218', '1234567812345678'])('rejects %s by checksum', (v) => expect(isLuhnValid(v)).toBe(false));
  it('rejects a Luhn-valid number without a card issuer prefix', () => {
    expect(isLuhnValid('0000000000000000')).toBe(true);
    expect(hasCardIssuerPrefix('0000000000000000')).toBe(false);
  });
});

describe('IBAN (mod 97)', () => {
  it.each(['GB82 WEST 1234 5698 7654 32', 'GB29NWBK60161331926819', 'DE89370400440532013000', 'FR1420041010050500013M02606'])(
    'accepts %s',
    (v) => expect(isValidIban(v)).toBe(true),
  );
  it.each(['GB82 WEST 1234 5698 7654 33', 'GB82WEST123456987654', 'XX00 1234'])('rejects %s', (v) => expect(isValidIban(v)).toBe(false));
});

describe('DVLA driving licence number', () => {
  it.each(['MORGA753116SM9IJ', 'COX99955171L99QK', 'SMITH802035PJ9XY'])('accepts %s', (v) => expect(isValidDrivingLicence(v)).toBe(true));
  it.each(['MORGA713116SM9IJ', 'MORGA753416SM9IJ', '9ORGA753116SM9IJ', 'MORGA753116SM9I1'])('rejects %s', (v) =>
    expect(isValidDrivingLicence(v)).toBe(false),
  );
});

describe('vehicle registration formats', () => {
  it('classifies current, prefix and suffix plates', () => {
    expect(plateFormat('KX19 BNF', 2026)).toBe('current');
    expect(plateFormat('BD51SMR', 2026)).toBe('current');
    expect(plateFormat('R474 KLM', 2026)).toBe('prefix');
    expect(plateFormat('LFK 453V', 2026)).toBe('suffix');
  });
  it('rejects future age identifiers and unused letters', () => {
    expect(plateFormat('KX29 BNF', 2026)).toBeUndefined();
    expect(plateFormat('KX80 BNF', 2026)).toBeUndefined();
    expect(plateFormat('QX19 BNF', 2026)).toBeUndefined();
    expect(plateFormat('KX19 BNI', 2026)).toBeUndefined();
  });
});
