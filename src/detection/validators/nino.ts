/**
 * National Insurance number format (HMRC NIM39110): two prefix letters, six digits,
 * suffix A-D. D, F, I, Q, U, V are never used in the prefix, O is not a second
 * letter, and BG, GB, KN, NK, NT, TN, ZZ are never allocated.
 * QQ is HMRC's own specimen prefix ("QQ 12 34 56 C"); it is accepted so that specimen
 * numbers pasted into posts (and the team's tests) still count as NI-number shaped.
 */
const NINO = /^(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\d{6}[A-D]$/;
const NEVER_ALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function isValidNino(raw: string): boolean {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  return NINO.test(s) && !NEVER_ALLOCATED.has(s.slice(0, 2));
}
