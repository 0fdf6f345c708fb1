import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';
import { isFirstName, isNounFirstName, notAPersonsName, readName } from './name-tokens';
import { detailFollows, detailStarts, sentenceStart } from './name-details';
import { RANK_BEFORE } from './name-positions';
import { signsOff } from './name-signatures';

/**
 * A name in the possessive before the person's parents or carers, or before their own contact or identity
 * details: "Amir Khan's mum says he has ...", "Freya Doyle's dad 020 7946 0215 wants a call back",
 * "Marcus Grey's mobile should read 07700 900388", "Rachel's NINO for the claim: KX380037C".
 * - A parent or carer after the name makes the named person a child or a dependant talked about with their
 *   family: a member of the public (a full name with a known first name; spouses and partners are left out,
 *   colleagues' are talked about that way too).
 * - Contact or identity words after the name need the detail itself, found by the detectors before this one,
 *   later in the same sentence; then a known first name alone is enough.
 * Fourteenth session: parents, carers and the workers of a child or client (social, key, support, youth or case worker, CPN,
 * probation officer) after a lone first name in an operational post (person-name.ts passes `operational`).
 * Not after a rank ("PS Taylor's mum"), in a sign-off, in a post about staff, or in a bereavement notice
 * ("John Barker's dad passed away, funeral details to follow").
 */
const POSSESSIVE = /['’]s (?:(mum|mam|mom|dad|mother|father|parents?|step(?:mum|dad|mother|father)|nan|nana|gran|grandma|grandad|grandmother|grandfather|carers?|guardian|foster carers?|social worker|key worker|support worker|youth worker|case ?worker|cpn|probation officer)|(?:personal |new |home )?(?:mobile|mob|number|phone|landline|address|e-?mail|dob|d\.o\.b|date of birth|nino|ni number|national insurance(?: number)?|passport|licence|bank details))\b/gi;
const NAME_BEFORE = /(?:^|[^A-Za-z'’-])((?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)$/;
const BEREAVEMENT = /\b(?:passed away|died|funeral|condolences|sad news|rip|bereave\w*|thoughts are with)\b/;
const OWN_DETAILS: ReadonlySet<string> = new Set(['phone', 'email', 'address', 'postcode', 'date_of_birth', 'nino', 'passport', 'driving_licence', 'bank_account']);

function wordEnd(text: string, start: number): number {
  const space = text.indexOf(' ', start);
  const quote = text.slice(start, space < 0 ? undefined : space).search(/['’]/);
  return quote >= 0 ? start + quote : space < 0 ? text.length : space;
}

export function namesBeforeOwnDetails(ctx: ScanContext, out: Candidate[], staffPost: () => boolean, operational: () => boolean = () => false): void {
  const { text, lower } = ctx;
  // POSSESSIVE opens with an apostrophe, 's' and a space.
  if (lower.indexOf("'s ") < 0 && lower.indexOf('’s ') < 0) return;
  let details: number[] | undefined;
  eachMatch(POSSESSIVE, text, (m) => {
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 50), m.index));
    if (!before) return;
    // "Today Amir Khan's mum": the name starts at the first word that is a known first name.
    let start = m.index - before[1].length;
    while (!isFirstName(text.slice(start, wordEnd(text, start)))) {
      const space = text.indexOf(' ', start);
      if (space < 0 || space >= m.index) return;
      start = space + 1;
    }
    const name = readName(text, start, false);
    if (!name || name.end !== m.index) return;
    if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || signsOff(text, start)) return;
    // "slide 4, Marcus Grey's mobile": a number before a possessive is no house number ("27 Bank Top's" is not written).
    if (notAPersonsName(text, lower, start, name.end, false)) return;
    if (staffPost() || BEREAVEMENT.test(sentenceStart(lower, start) + lower.slice(start, start + 120))) return;
    // "Son's number is ...": a lone first name that is also a noun, opening a sentence, may be the noun.
    if (name.words < 2 && isNounFirstName(text.slice(start, name.end)) && /(?:^|[.!?\n]\s*)$/.test(text.slice(Math.max(0, start - 4), start))) return;
    const parent = m[1] !== undefined;
    if (parent) {
      // Fourteenth session (names27): a lone first name too in a post about case work ("went to see Deshawn's nan about
      // the truanting", "Aisha's CPN says she's known to the crisis team"): a child or client talked about with their family or worker.
      if (name.words < 2 && !operational()) return;
    } else {
      details ??= detailStarts(out, OWN_DETAILS);
      if (!detailFollows(details, lower, name.end)) return;
    }
    out.push({ type: 'person_name', start, end: name.end, confidence: name.words >= 2 ? 0.7 : 0.6, rule: 'person_name.possessive' });
  });
}
