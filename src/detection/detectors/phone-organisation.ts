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
  const found = lastMatch(ORGANISATION_OWNER_ALL, clause);
  if (found === null) return false;
  const owner = found.index;
  // Whose number it is is read from the comma or semicolon before the organisation's word: "don't put your personal
  // mobile in your signature, use the switchboard 01632 ..." gives the switchboard's (dev set 15 round), while "keeper
  // for the office is Mike, home number ..." still reads "home" after the word.
  const part = Math.max(clause.lastIndexOf(',', owner), clause.lastIndexOf(';', owner));
  return !SOMEONES.test(clause.slice(part + 1));
}

const ORGANISATION_OWNER_ALL = new RegExp(ORGANISATION_OWNER.source, 'g');
/** The last match of a global regex in a short window (a clause, a signature block). */
function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) last = m;
  return last;
}

/**
 * A landline in a colleague's e-mail signature ("Kind regards\nDC Sam Okoro\nBurglary Team | Northmoor Police\nTel:
 * 01632 960214") is a work number: the block under a sign-off line, unbroken by a blank line, whose first line opens
 * with a rank or whose lines name a police force. A member of the public signing a forwarded e-mail gives no rank or
 * force. Read back at most SIGNATURE_REACH characters from a landline candidate only (dev set 15 round).
 */
const SIGNATURE_REACH = 300;
const SIGN_OFF_LINE = /\n[ \t]*(?:(?:kind|best|warm|many) )?(?:regards|thanks|thank you|wishes|cheers)[ \t]*[,.!]?[ \t]*\n/gi;
const RANK_LINE = /^[ \t]*(?:PC|DC|PS|DS|DI|DCI|Sgt|Insp|Inspector|Sergeant|Supt|PCSO|Ch Insp)\b/;
const FORCE = /\b(?:Police|Constabulary)\b/;
const PERSONAL_LINE = /\b(?:personal|home|private)\b[^\n]*$/i;

export function inStaffSignature(text: string, start: number): boolean {
  // The post's own start opens a line; a window cut from the middle of the post does not.
  const window = (start <= SIGNATURE_REACH ? '\n' : '') + text.slice(Math.max(0, start - SIGNATURE_REACH), start);
  const last = lastMatch(SIGN_OFF_LINE, window);
  if (last === null) return false;
  const at = last.index + last[0].length;
  const block = window.slice(at);
  if (/\n[ \t]*\n/.test(block) || PERSONAL_LINE.test(block)) return false;
  return RANK_LINE.test(block) || FORCE.test(block);
}
