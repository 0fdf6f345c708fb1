/**
 * Furniture has legs, arms and backs too (dev set 3's "table tennis table in the gym has a broken leg lol"): when the
 * clause before an injury to a leg, arm or back makes a piece of furniture or kit its subject, with no person word
 * between, the break is the object's, not anyone's health (dev set 13 round, a precision rule for the older sets).
 */
const PART = /\b(?:leg|legs|arm|arms|back)$/;
const OBJECT_SUBJECT =
  /\b(?:table|chair|stool|desk|bench|sofa|settee|couch|bed|bunk|ladder|tripod|trolley|cabinet|wardrobe|easel|stand|frame)s?\b[^.!?,;\n]{0,40}$/;
const PERSON_IN_CLAUSE =
  /\b(?:he|she|him|her|his|hers|i|my|me|we|our|they|their|victim|suspect|someone|somebody|man|woman|lad|lass|bloke|fella|guy|girl|boy|kid|child|officer|pc|pcso|sgt|prisoner|detainee|dp|driver|rider|who)\b|['’]s\b/;

/** `before`: the lower-case text before the injury; `term`: the lower-case injury phrase. */
export function objectsPart(before: string, term: string): boolean {
  if (!PART.test(term)) return false;
  // The clause the injury ends: back to the last sentence stop.
  let from = before.length;
  while (from > 0 && !'.!?\n'.includes(before.charAt(from - 1))) from--;
  const clause = before.slice(from);
  return OBJECT_SUBJECT.test(clause) && !PERSON_IN_CLAUSE.test(clause);
}
