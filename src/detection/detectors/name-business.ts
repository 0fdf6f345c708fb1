/**
 * Fourteenth session (names27): a capitalised pair straight before the noun of a kind of business is that business's
 * name ("the flat above Lucky Star takeaway", "Golden Dragon restaurant", "Sunny Side cafe"), not a person: a person's
 * shop takes the possessive ("Jason Plant's shop") or a preposition ("the cafe run by ..."). Read by the first-name rule
 * (person-name.ts), which has only a post's operational words to vouch for a pair.
 */
const BUSINESS_AFTER =
  /^ (?:takeaway|restaurant|cafe|café|shop|stores?|salon|barbers?|garage|hotel|bar|pub|inn|bakery|butchers?|chippy|launderette|newsagents?|off[- ]licence|supermarket|car wash|nail bar|ltd|limited|plc)\b/i;

export function namesABusiness(text: string, end: number): boolean {
  // Speed14c: the noun follows a space; most names are followed by something else (no slice, no regex run).
  return text.charCodeAt(end) === 32 && BUSINESS_AFTER.test(text.slice(end, end + 16));
}
