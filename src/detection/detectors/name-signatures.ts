import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';
import { isFirstName, readName } from './name-tokens';
import { detailStarts, firstAtOrAfter } from './name-details';
import { isRegexSpace } from '../text-utils';

/**
 * The name that signs off an e-mail or a post ("Regards,\nSarah Pike | Victim Care Officer",
 * "> Thanks, Marcia Lindo") is the writer of the message it closes. Writers are colleagues (the
 * post's author, or the sender of an internal e-mail with a job title and an extension), so the
 * first-name rule passes over them; except in a forwarded or quoted e-mail (not the poster's own reply) whose message gives the
 * writer's own contact details ("My mobile is 07700 900 288"): witnesses, victims and callers write
 * in like that, colleagues sign with a work extension and address.
 */

/**
 * A sign-off at the start of a line, optionally quoted ("> "), with the name after it on the same line or the next;
 * a signature's own label ("Sig: Jo Pearson | ...", "Signature: ...") closes a message the same way (dev set 15 round).
 */
const SIGN_OFF = /(?:^|\n)[> \t]*(?:(?:kind|best|warm|many) )?(?:regards|thanks|thank you|wishes|cheers|sig|signature)[ \t]*[,.!:-]?[ \t]*(?:\n[> \t]*)?(?=[A-Z])/gi;
const SIGN_OFF_BEFORE = /(?:^|\n)[> \t]*(?:(?:kind|best|warm|many) )?(?:regards|thanks|thank you|wishes|cheers|sig|signature)[ \t]*[,.!:-]?[ \t]*(?:\n[> \t]*)?$/i;
/** The writer giving their own number or address. */
const OWN_CONTACT = /\b(?:my (?:mobile|mob|number|phone|no|email|e-mail|landline|home number)|(?:call|ring|text|contact|email|reach) me)\b/i;
/** A forwarded e-mail ("FW:") or a quoted block ("> ..."): someone else's words. A reply ("RE: ...") unquoted is the poster's own. */
const FORWARDED = /^\s*fwd?\s*:|(?:^|\n)\s*>/i;
const CONTACT_TYPES: ReadonlySet<string> = new Set(['phone', 'email', 'address', 'postcode']);

/** FORWARDED needs a '>' or an 'f' as the first character after white space: most posts are ruled out without running it. */
function mayBeForwarded(text: string): boolean {
  if (text.indexOf('>') >= 0) return true;
  let i = 0;
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  return (text.charCodeAt(i) | 32) === 102;
}

/** True when the name at `start` signs off a message. */
export function signsOff(text: string, start: number): boolean {
  return SIGN_OFF_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

export function namesSigningOwnContact(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  if (!mayBeForwarded(text) || !FORWARDED.test(text)) return;
  let contacts: number[] | undefined;
  eachMatch(SIGN_OFF, text, (m) => {
    const start = m.index + m[0].length;
    const name = readName(text, start, false);
    if (!name || name.words < 2 || !isFirstName(text.slice(start, text.indexOf(' ', start)))) return;
    // The message this sign-off closes: back to the blank line before it (not one right above the sign-off),
    // at most 600 characters, so a long post of many sign-offs is still read in linear time.
    const window = Math.max(0, m.index - 600);
    const blank = text.slice(window, m.index).lastIndexOf('\n\n', m.index - window - 2);
    const from = blank < 0 ? window : window + blank + 1;
    if (!OWN_CONTACT.test(text.slice(from, m.index))) return;
    contacts ??= detailStarts(out, CONTACT_TYPES);
    const i = firstAtOrAfter(contacts, from);
    if (i < contacts.length && contacts[i] < m.index) out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.7, rule: 'person_name.signer' });
  });
}
