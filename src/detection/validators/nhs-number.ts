/**
 * NHS number check digit (modulus 11): weights 10..2 over the first nine digits;
 * check = 11 - (sum mod 11), 11 becomes 0 and 10 means the number is invalid.
 */
export function isValidNhsNumber(raw: string): boolean {
  const digits = raw.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return false;
  // All-same-digit numbers pass the arithmetic but are never issued.
  if (/^(\d)\1{9}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}
