/**
 * GB number plates. Current format (2001-): two area letters, a two-digit age
 * identifier (March = year, September = year + 50), three random letters; I, Q and Z
 * are not used in the area code, I and Q not in the random letters. Prefix (1983-2001)
 * and suffix (1963-1983) formats carry one year letter; I, O, Q, U, Z are not year letters.
 */
const CURRENT = /^([A-HJ-PR-Y][A-HJ-PR-Y])(\d{2}) ?([A-HJ-PR-Z]{3})$/;
const PREFIX = /^([A-HJ-NP-TV-Y])(\d{1,3}) ?([A-HJ-PR-Z]{3})$/;
const SUFFIX = /^([A-HJ-PR-Z]{3}) ?(\d{1,3})([A-HJ-NP-TV-Y])$/;

export type PlateFormat = 'current' | 'prefix' | 'suffix';

/** `year` is the current calendar year, so age identifiers from the future are rejected. */
export function plateFormat(raw: string, year: number = new Date().getUTCFullYear()): PlateFormat | undefined {
  // "MK 63 RTY": a space between the area letters and the age identifier is how some people write it.
  // "Y 712 KDF": the prefix plate's year letter set apart (fourteenth session, core27).
  // Each join runs only where its space stands (the third or the second character): most plates have neither.
  let s = raw.toUpperCase().replace(/[\s-]+/g, ' ').trim();
  if (s.charCodeAt(2) === 32) s = s.replace(/^([A-Z]{2}) (?=\d{2} ?[A-Z]{3}$)/, '$1');
  if (s.charCodeAt(1) === 32) s = s.replace(/^([A-Z]) (?=\d{1,3} ?[A-Z]{3}$)/, '$1');
  const c = CURRENT.exec(s);
  if (c) {
    const age = Number(c[2]);
    const yy = year % 100;
    const ok = (age >= 2 && age <= yy) || (age >= 51 && age <= yy + 50);
    return ok ? 'current' : undefined;
  }
  const p = PREFIX.exec(s);
  if (p && p[2] !== '0' && !p[2].startsWith('0')) return 'prefix';
  const x = SUFFIX.exec(s);
  if (x && !x[2].startsWith('0')) return 'suffix';
  return undefined;
}
