import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear } from '../text-utils';
import { readName } from './name-tokens';
import { quotedAsTitle, usedAsAThing } from './name-as-thing';
import { departmentAfter } from './name-roles';
import { addressFollows, detailFollows, detailStarts, PLACES, sentenceStart } from './name-details';
import { isStaffPost, operationalNear, STAFF, wordStartFrom, type PostFacts } from './name-post-facts';

/** Typed in lower case too ("update on mr Hollis"); not "ms" ("ms Excel" is Microsoft) or "miss" (a verb) in lower case. */
const TITLE = /\b(?:[Mm]rs?|Ms|Miss|Mx)\.? (?=[A-Z])/g;
/** Members of the public by their part in a case. */
// Fourteenth session: the other side of a claim or collision ("third party is Ms ...", "the claimant").
const PUBLIC_ROLE = /\b(?:victim|witness|complainant|suspect|misper|caller|informant|injured party|offender|nominal|defendant|third party|claimant)s?\b/;
/** A title (Mr/Mrs/Ms/Miss/Mx) and a name, less likely in a post about staff. */
export function namesAfterTitles(ctx: ScanContext, out: Candidate[], post: PostFacts): void {
  const { text, lower } = ctx;
  eachMatchNear(TITLE, text, ctx.cueStarts('title'), 0, 8, (m) => {
    const start = m.index;
    const name = readName(text, start + m[0].length, false);
    if (!name) return;
    const end = name.end;
    // Twenty-first session (prec21): a brand's or character's goods ("a Mr Blobby costume"), or a song, character or
    // nickname quoted as a title with no operational word near ("'Mr Brightside'"); a quoted name in a report of what was
    // said ("the victim said 'Mr Okafor' hit him") keeps its reading (name-as-thing.ts).
    if (usedAsAThing(text, lower, start, end)) return;
    const near = operationalNear(post, ctx, start - 80, end + 80);
    if (!near && quotedAsTitle(text, start, end)) return;
    // Staff words of an earlier sentence ("... by a fake police officer. If you know Mr Harold Pyke") say nothing of this name.
    const sentence = sentenceStart(lower, start);
    const before = sentence.slice(wordStartFrom(sentence, sentence.length - 40));
    let confidence = 0.6;
    if (near) confidence += 0.2;
    // "spoke to Mr Baxter at 31 Ash Grove": people are placed at their home address, colleagues are not.
    const placed = addressFollows((post.addresses ??= detailStarts(out, PLACES)), lower, end);
    if (placed) confidence = 0.8;
    // Praise words ("brilliant") mark thanks to colleagues, not when the sentence names the person's public role ("Witness ... was brilliant, Ms ...").
    // Thirteenth session: nor when the sentence goes on to the person's own detail or public part ("Mrs Hollis ... had a
    // tendon repair", "a Mr Arthur Pemberton, says he's a witness", "Ms Fiona Leckie rang about her stalking case (CR/...)"):
    // the staff words are then about someone else in the post (a rank the message is for, thanks to the officer who helped).
    if (((STAFF.test(before) && !placed && !PUBLIC_ROLE.test(sentenceStart(lower, start))) || isStaffPost(post, lower)) && !publicPart(post, out, lower, start, end)) confidence -= 0.35;
    if (departmentAfter(text, end)) confidence -= 0.4;
    out.push({ type: 'person_name', start, end, confidence, rule: 'person_name.title' });
  });
}

/** Details a titled person's sentence may go on to that make them the one they belong to (a work phone or e-mail would not). */
const OWN_DETAILS: ReadonlySet<string> = new Set(['health', 'nino', 'date_of_birth', 'nhs_number', 'pnc_id', 'cro_number', 'passport', 'driving_licence', 'crime_reference']);
const SENTENCE_REST = /^[^.!?\n]{0,80}/;

/** The titled name's sentence goes on to their own detail or their part in a case ("..., says he's a witness"). */
function publicPart(post: PostFacts, out: readonly Candidate[], lower: string, start: number, end: number): boolean {
  if (detailFollows((post.ownDetails ??= detailStarts(out, OWN_DETAILS)), lower, end)) return true;
  const rest = SENTENCE_REST.exec(lower.slice(end, end + 80));
  return rest !== null && PUBLIC_ROLE.test(rest[0]);
}

