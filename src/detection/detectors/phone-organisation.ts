/**
 * A landline the post gives as an organisation's number (the force switchboard, an office, a unit, a hub,
 * a desk, a control room) is how people reach a service, not a person's personal data: "ring the force
 * switchboard on 01632 ...", "Port office number ... is 01632 ...", "ring the unit on ...".
 * Read only behind a landline candidate, in the clause before it (no other number between, no sentence
 * stop), and only when nothing in that clause makes the number someone's: a possessive, a home or personal
 * word, a mobile, or a named role ("keeper for the office is Mike, home number ..." stays a phone).
 */
const ORGANISATION_OWNER =
  /\b(?:switchboard|office|unit|hub|desk|reception|department|dept|control room|front counter|headquarters|hq)\b/;
const SOMEONES =
  /\b(?:my|me|his|her|their|your|our|home|personal|private|mobile|mob|direct|whats ?app|mum|dad|victim|witness|suspect|owner|keyholder|manager|officer|contact|called|named)\b|'s\b/;

/**
 * A helpline, hotline or advice line is published for anyone to ring (dev set 13 round): "our" before it is the
 * organisation speaking ("Our new ASB hotline is ..."), so only a person's own word makes such a number theirs.
 */
const PUBLIC_LINE = /\b(?:help ?lines?|hot ?lines?|freephone|(?:advice|enquiry|enquiries|information|support|reporting|crisis) lines?)\b/;
// Role words are left out ("the victim support helpline" is a charity's); a number rung "from" is the caller's own.
const A_PERSONS = /\b(?:his|her|their|home|personal|private|mobile|mob|mum|dad|keyholder)\b|'s\b|\bfrom\s*$/;

export function organisationsNumber(before: string): boolean {
  // The clause the number ends: back to the last sentence stop or digit.
  let from = before.length;
  while (from > 0) {
    const c = before.charCodeAt(from - 1);
    if ((c >= 48 && c <= 57) || c === 46 || c === 33 || c === 63 || c === 10) break;
    from--;
  }
  const clause = before.slice(from); // ctx.before is lower-cased already
  if (PUBLIC_LINE.test(clause)) return !A_PERSONS.test(clause);
  return ORGANISATION_OWNER.test(clause) && !SOMEONES.test(clause);
}
