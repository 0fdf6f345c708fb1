/**
 * Police National Computer identifiers. Both carry a check character from the same
 * 23-letter alphabet (no I, O, S): PNC ID = YY/NNNNNNNC with the serial zero-padded
 * to 7 digits, CRO number = NNNNNN/YYC with the serial zero-padded to 6 digits; the
 * check is the alphabet entry at int(YY + padded serial) mod 23.
 */
const ALPHABET = 'ZABCDEFGHJKLMNPQRTUVWXY';

function checkChar(yy: string, serial: string, width: number): string {
  const n = Number(yy + serial.padStart(width, '0'));
  return ALPHABET[n % 23];
}

const PNC = /^(\d{2}|\d{4})\/(\d{1,7})([A-Z])$/;
const CRO = /^(?:SF\s?)?(\d{1,6})\/(\d{2})([A-Z])$/;

export function isValidPncId(raw: string): boolean {
  const m = PNC.exec(raw.trim().toUpperCase());
  if (!m) return false;
  const yy = m[1].slice(-2);
  return checkChar(yy, m[2], 7) === m[3];
}

export function isValidCroNumber(raw: string): boolean {
  const m = CRO.exec(raw.trim().toUpperCase());
  if (!m) return false;
  return checkChar(m[2], m[1], 6) === m[3];
}
