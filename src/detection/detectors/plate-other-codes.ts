/**
 * Twenty-first session (prec21): plate-shaped codes of other kinds, for the plate rules (vehicle-registration.ts,
 * plates-hyphenated.ts). Stock, course, policy and filing codes share a plate's letters-digits-letters shape ("HV22
 * MED", "HR-24-VEH", "L3-ADV-02"); the words around the code say which it is:
 * - joined by a hyphen to more letters or digits, the shape is one part of a longer code ("L3-ADV-02"): a plate stands
 *   alone (no dev set labels a plate written so);
 * - a code of another kind named before it in its sentence ("stock code ... is", "course code", "policy doc", "project
 *   board", "filed under") with no vehicle word between: the code is that one. A vehicle word between ("stock code for
 *   the van is ... reg AB12 CDE") hands the value back to the plate rule.
 */
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The shape at start..end joined by a hyphen to letters or digits on either side. */
export function partOfLongerCode(text: string, start: number, end: number): boolean {
  return (text.charCodeAt(end) === 45 && isAlnum(text.charCodeAt(end + 1))) || (text.charCodeAt(start - 1) === 45 && isAlnum(text.charCodeAt(start - 2)));
}

/** A kind of code, document or filing place, with what the writer calls it; the rest of the sentence up to the code after. */
const OTHER_CODE_BEFORE =
  /\b(?:(?:stock|product|item|part|course|budget|cost|booking|discount|promo|voucher|door|access|catalogue)\s+(?:codes?|no\.?|numbers?|refs?|ids?)|(?:policy|project|programme)\s+(?:docs?|documents?|boards?|codes?|refs?)|sku|filed under|file under)\b([^!?\n]*)$/i;
/** A full stop that ends a sentence (a capital after it): the code word before it names something else. */
const SENTENCE_END = /\.\s+[A-Z]/;

/**
 * `before`: up to 80 characters before the code, as typed. `vehicleWord`: the plate rule's vehicle words (lower case).
 */
export function namedAsAnotherCode(before: string, vehicleWord: RegExp): boolean {
  const m = OTHER_CODE_BEFORE.exec(before);
  if (!m) return false;
  const between = m[1];
  return !SENTENCE_END.test(between) && !vehicleWord.test(between.toLowerCase());
}
