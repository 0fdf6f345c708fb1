/**
 * UK postcode format as published by Royal Mail / GOV.UK (BS 7666): first letter not
 * Q, V, X; second letter not I, J, Z; restricted letters in the third/fourth position;
 * inward letters never C, I, K, M, O, V. GIR 0AA (Girobank) is the one special case.
 */
const POSTCODE =
  /^(?:GIR ?0AA|(?:[A-PR-UWYZ]\d[A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y]\d[ABEHMNPRV-Y]|[A-PR-UWYZ]\d\d?|[A-PR-UWYZ][A-HK-Y]\d\d?) ?\d[ABD-HJLNP-UW-Z]{2})$/;

export function isValidPostcode(raw: string): boolean {
  return raw.length <= 8 && POSTCODE.test(raw.toUpperCase());
}
