/** Luhn (mod 10) check used by payment cards. Digits only. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d{2,32}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes of the card schemes seen in the UK; a Luhn-valid number outside them is probably something else. */
export function hasCardIssuerPrefix(digits: string): boolean {
  const n = digits.length;
  if (digits[0] === '4') return n === 13 || n === 16 || n === 19; // Visa
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return n === 16; // Mastercard
  if (two === 34 || two === 37) return n === 15; // Amex
  if (digits.startsWith('6011') || digits.startsWith('65') || (four >= 6440 && four <= 6499)) return n >= 16 && n <= 19; // Discover
  if (two === 35) return n >= 16 && n <= 19; // JCB
  if ((four === 2131 || four === 1800) && n === 15) return true; // legacy JCB
  if (two === 36 || two === 38 || two === 39 || (two === 30 && Number(digits[2]) <= 5)) return n >= 14 && n <= 19; // Diners
  if (two === 50 || (two >= 56 && two <= 69)) return n >= 12 && n <= 19; // Maestro
  if (two === 62) return n >= 16 && n <= 19; // UnionPay
  return false;
}
