/**
 * A list carries its label (fourteenth session): a value written right after a found one,
 * joined only by "and", "or", "&", "+", "/" or a comma, and of exactly the same form (the same
 * length, a digit where the found value has a digit, a letter where it has a letter, the same
 * separators) is another value of the same kind: "acct 60837215 and 91150374", "URN
 * 13DC0456724, 21SP0145324", "NHS nos 943 476 5919 / 401 023 2137". The label names the list,
 * and writers name it once. A type with a check digit or structure must pass it too (NHS
 * modulus 11, Luhn, NI prefixes, PNC and CRO check letters, DVLA structure, IBAN mod 97).
 *
 * Not for dates (a second date is often an event: "DOB 03/11/1984 and 13/07/2025"), phones,
 * postcodes, plates, e-mails or IP addresses (found by their own form already), nor for
 * markings, gradings, names, health or operational use.
 *
 * Runs on the kept candidates (after overlap resolution), char codes only; a post with no
 * finding of these types costs one loop over its findings.
 */
import type { Candidate } from './types';
import { isAsciiAlnum as isAlnum, isAsciiDigit as isDigit, isAsciiLetter as isLetter } from './text-utils';
import { isValidDrivingLicence } from './validators/driving-licence';
import { isValidIban } from './validators/iban';
import { hasCardIssuerPrefix, isLuhnValid } from './validators/luhn';
import { isValidNhsNumber } from './validators/nhs-number';
import { isValidNino } from './validators/nino';
import { isValidCroNumber, isValidPncId } from './validators/police-ids';

const CHECKS: Partial<Record<Candidate['type'], (v: string) => boolean>> = {
  bank_account: () => true,
  crime_reference: () => true,
  passport: () => true,
  nhs_number: (v) => isValidNhsNumber(v),
  payment_card: (v) => {
    const d = v.replace(/\D/g, '');
    return isLuhnValid(d) && hasCardIssuerPrefix(d);
  },
  nino: (v) => isValidNino(v),
  pnc_id: (v) => isValidPncId(v),
  cro_number: (v) => isValidCroNumber(v),
  driving_licence: (v) => isValidDrivingLicence(v),
  iban: (v) => isValidIban(v),
};

/** Where the next value starts after a list joiner at `i` (spaces, then , & + / and or, then spaces), or -1. */
function afterJoiner(text: string, i: number): number {
  let p = i;
  let spaces = 0;
  while (text.charCodeAt(p) === 32 && spaces < 2) p++, spaces++;
  const c = text.charCodeAt(p);
  if (c === 44 || c === 38 || c === 43 || c === 47) p++;
  else if (spaces > 0 && (text.startsWith('and ', p) || text.startsWith('or ', p))) p += text.charCodeAt(p) === 97 ? 3 : 2;
  else return -1;
  spaces = 0;
  while (text.charCodeAt(p) === 32 && spaces < 2) p++, spaces++;
  return p;
}

/** True when text[p, p + len) has the form of text[a, a + len) and ends there. */
function sameForm(text: string, a: number, p: number, len: number): boolean {
  if (p + len > text.length) return false;
  for (let k = 0; k < len; k++) {
    const x = text.charCodeAt(a + k);
    const y = text.charCodeAt(p + k);
    if (isDigit(x) ? !isDigit(y) : isLetter(x) ? !isLetter(y) : x !== y) return false;
  }
  const next = text.charCodeAt(p + len);
  if (isAlnum(next)) return false;
  // not the front of a longer value ("12-34-56-78", "24/1234/25")
  return !((next === 45 || next === 47 || next === 46) && isAlnum(text.charCodeAt(p + len + 1)));
}

/** `kept` (sorted by start, non-overlapping) with the values listed after them added, still sorted. */
export function addListedValues(text: string, kept: Candidate[]): Candidate[] {
  let added: Candidate[] | undefined;
  for (let i = 0; i < kept.length; i++) {
    let c = kept[i];
    const check = CHECKS[c.type];
    if (!check || c.end <= c.start) continue;
    const len = c.end - c.start;
    // a list runs on: each value found this way may be followed by another
    for (let guard = 0; guard < 20; guard++) {
      const p = afterJoiner(text, c.end);
      if (p < 0 || !sameForm(text, c.start, p, len)) break;
      if (p > 0 && isAlnum(text.charCodeAt(p - 1))) break;
      const value = text.slice(p, p + len);
      if (value === text.slice(c.start, c.end) || !check(value)) break;
      const end = p + len;
      // kept is sorted and non-overlapping: only the next kept value can overlap (a chain stops before it)
      if (i + 1 < kept.length && kept[i + 1].start < end) break;
      const listed: Candidate = { ...c, start: p, end, rule: 'list.same_form' };
      (added ??= []).push(listed);
      c = listed;
    }
  }
  if (!added) return kept;
  return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
