import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { reachedOnExtension } from './name-extension';
import { namesABusiness } from './name-business';
import { isFirstName, mayBeFirstName, notAPersonsName, readName } from './name-tokens';
import { departmentAfter, inventedPeople } from './name-roles';
import { signsOff } from './name-signatures';
import { detailFollows, detailPrecedes, detailStarts } from './name-details';
import { eachCapitalisedWordBeforeCapital } from './name-pairs';
import { inMediaTalk, MEDIA } from './name-media';
import { RANK_BEFORE } from './name-positions';
import { caseWords, isLinkedData, isStaffPost, STAFF, wordStartFrom, type PostFacts } from './name-post-facts';

/** Names after a title are the title rule's (name-titles.ts). */
// Fourteenth session (names27): and a doctor's or professor's title, a professional named in their work ("Dr Amira Hassan from Keele presents").
const TITLE_BEFORE = /\b(?:mr|mrs|ms|miss|mx|dr|prof)\.? $/;
/**
 * Twentieth session (prec20): a name set in apposition after a public office ("a visit from the Mayor, Andy Burnham,",
 * "our MP, Jo Blake, has asked for figures", "Cllr Dean Hart"): the office holder, a public figure named in that office.
 */
const PUBLIC_OFFICE_BEFORE =
  /\b(?:mayor|mp|minister|home secretary|prime minister|pcc|police and crime commissioner|deputy pcc|chancellor|secretary of state|councillor|cllr|high sheriff|lord lieutenant|bishop|archbishop)\.?(?:,| -| –)? $/;
const MID_SENTENCE_CAPITAL_BEFORE = /[A-Za-z0-9,;'’)] +[A-Z][A-Za-z'’-]* $/;

/**
 * A known first name and a surname in a post about operational matters, or in a post that
 * also carries someone's contact or identity details (found by the detectors before this one).
 */
export function knownFirstNames(ctx: ScanContext, out: Candidate[], post: PostFacts): void {
  const { text, lower } = ctx;
  let operationalPost: boolean | undefined;
  let media: boolean | undefined;
  // Starts of the details found before this detector, sorted once: each name then looks only at those just after it.
  let details: number[] | undefined;
  // The capitalised words before another capital (`/\b[A-Z][a-z]{1,15} (?=(?:Mc|Mac|O'|O’)?[A-Z])/g`), read off the post's words.
  eachCapitalisedWordBeforeCapital(text, (start, space) => {
    // Most capitalised words are no first name: their hash says so without a slice (the match has no hyphen).
    if (!mayBeFirstName(lower, start, space) || !isFirstName(text.slice(start, space))) return;
    const name = readName(text, start, false);
    if (!name || name.words < 2) return;
    // "Mr Peter Quinn": the title rule reads the name with its title.
    if (TITLE_BEFORE.test(lower.slice(Math.max(0, start - 6), start))) return;
    // Inside a run of capitalised words ("Rue Al Imam Al Bakri", "Cite Belle Vue") it is a place; a capitalised
    // first word of the sentence before the name ("Seriously Gavin Shaw") is not part of it.
    if (MID_SENTENCE_CAPITAL_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return;
    if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || PUBLIC_OFFICE_BEFORE.test(lower.slice(Math.max(0, start - 40), start))) return;
    if (departmentAfter(text, name.end) || namesABusiness(text, name.end)) return;
    // "Regards,\nSarah Pike | Victim Care Officer": the writer (see name-signatures.ts).
    if (notAPersonsName(text, lower, start, name.end) || signsOff(text, start)) return;
    details ??= detailStarts(out);
    if (detailFollows(details, lower, name.end) || detailPrecedes(details, lower, start)) {
      out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.with_detail' });
      return;
    }
    // Read once, at the first name that needs it (it reads the whole post); names pushed above are no linked data.
    // Fourteenth session (names27): and the orders officers enforce (curfews, tags, probation: SIGHTINGS_AND_ORDERS), as for names in any case.
    operationalPost ??= !isStaffPost(post, lower) && (caseWords(post, ctx) || out.some(isLinkedData));
    if (!operationalPost) return;
    // Fifteenth session: the window opens at a word's start ("neighbour" cut to "our" is no staff word).
    if (STAFF.test(lower.slice(wordStartFrom(lower, start - 40), start)) || reachedOnExtension(lower, name.end)) return;
    // An actor or a character in talk about a film or a programme (name-media.ts).
    if (inMediaTalk(lower, start, () => (media ??= MEDIA.test(lower))) || inventedPeople(lower, start)) return;
    out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.first_name' });
  }, ctx.words);
}

