/**
 * DVLA driving licence number (16 characters): surname (5, padded with 9), decade of
 * birth, month of birth (+50 for women), day, year digit, two initials (padded with 9),
 * an arbitrary digit, two check letters.
 */
const DL = /^([A-Z9]{5})(\d)(\d{2})(\d{2})(\d)([A-Z9]{2})(\d)([A-Z]{2})$/;
/**
 * Sixteenth session: the two check characters in letters or digits ("CLARK605112PJ93K"), as the writers' brief defines
 * the number ("9 + 2 letters/digits") and as people copy it from the card. The letter-only form stays the sure one; the
 * detector reads this one only where the post names a licence.
 */
const DL_ANY_CHECK = /^([A-Z9]{5})(\d)(\d{2})(\d{2})(\d)([A-Z9]{2})(\d)([A-Z0-9]{2})$/;

export function isValidDrivingLicence(raw: string, anyCheck = false): boolean {
  const s = raw.replace(/\s/g, '').toUpperCase();
  const m = (anyCheck ? DL_ANY_CHECK : DL).exec(s);
  if (!m) return false;
  const [, surname, , monthRaw, dayRaw, , initials] = m;
  // Padding 9s only after the letters: "MORGA", "COX99", never "9COX9".
  if (!/^[A-Z]+9*$/.test(surname) || !/^[A-Z][A-Z9]$/.test(initials)) return false;
  let month = Number(monthRaw);
  if (month > 50) month -= 50;
  const day = Number(dayRaw);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
