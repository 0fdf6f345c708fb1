import { eachMatch } from '../text-utils';

/**
 * A person placed at a house number and a name is at their home (dev set 13 round): "a couple at 56 Mount Pleasant whose
 * car was keyed", "the elderly resident from 3 Bank Top". Many streets carry no street type ("Mount Pleasant", "Bank
 * Top", "The Brambles"), so the older rules read such a street only before a postcode, after a titled name or after the
 * word "address"; the person word before "at"/"from" tells the same. The person word is one of the public (a victim, a
 * couple, a family, a resident, a neighbour ...), within a few words of "at"/"from", with no digit or sentence stop
 * between; the street is one to three capitalised words after the number, ending there.
 */
// The street ends its clause: punctuation or the end, or a word that goes on about the people ("whose car", "who", "has",
// "said"); "at 3 Costa Coffee tables" (a noun after the name) is a thing's name.
const AT_NUMBER_AND_NAME =
  /\b(?:at|from)\s+(\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)(?=[.,;:!?)\n]|$| (?:who|whose|where|which|and|has|have|had|is|are|was|were|said|says|reported|reports|called|rang|told|about|re|regarding|over|after|because|since)\b)/g;
/** Read on the lower-case text, so a person word opening the sentence counts ("Neighbours at 9 Bank Top ..."). */
const PERSON_BEFORE =
  /\b(?:victims?|couple|family|families|wom[ae]n|m[ae]n|male|female|lady|gent|residents?|occupants?|neighbours?|pensioners?|callers?|witness(?:es)?|suspects?|mum|dad|lad|girl|boy|tenants?|householders?|homeowners?|owners?|keepers?)\b[^.!?\n\d]{0,24}?$/;

/** PERSON_BEFORE's words as the pre-pass's cue words (a trailing $ for a whole word, otherwise a prefix). */
export const PLACED_PERSON_CUES = [
  'victim', 'couple', 'famil', 'woman', 'women', 'man$', 'men$', 'male', 'female', 'lady', 'gent$', 'resident', 'occupant',
  'neighbour', 'pensioner', 'caller', 'witness', 'suspect', 'mum$', 'dad$', 'lad$', 'girl', 'boy', 'tenant', 'householder',
  'homeowner', 'owner', 'keeper',
];

/** Calls `fn` with the start and end of each street so placed (the caller decides whether it stands). */
export function eachStreetAfterPlacedPerson(lower: string, text: string, fn: (start: number, end: number) => void): void {
  if (lower.indexOf(' at ') < 0 && lower.indexOf(' from ') < 0) return;
  eachMatch(AT_NUMBER_AND_NAME, text, (m) => {
    if (!PERSON_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) return;
    const start = m.index + m[0].length - m[1].length;
    fn(start, start + m[1].length);
  });
}

/** `before` (lower case) ends with a person of the public and "at" or "from": "elderly lady at ", "the tenant from ". */
export function placedPersonBefore(before: string): boolean {
  const m = /\b(?:at|from)\s+$/.exec(before);
  return m !== null && PERSON_BEFORE.test(before.slice(0, m.index));
}
