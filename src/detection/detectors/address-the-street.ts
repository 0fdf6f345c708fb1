import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';

/**
 * Eighteenth session (issue 14, branch core18): a house number and a street named "The <Name>" with no street type
 * ("3 The Paddocks", "27 The Spinney", "7a The Sidings"). Estates name their streets so, most often by a plural
 * ("The Maltings", "The Willows", "The Laurels") or one of a few old land words ("The Spinney", "The Coppice"); the
 * older rules read them only after the word "address" or a flat's number. The same shape is also a count and a title
 * ("left 3 The Bill box sets", "top 10 The Beatles songs"), so the number must be placed as a home is: right after
 * "at", "to", "outside", "near", "past", "lives", "address", a flat's number and the like. A time is not a house
 * number ("at 7pm"), and a venue named in the singular ("at 7 The Crown") is neither plural nor an estate word.
 */
const NUMBER_THE_NAME = /(?<![\w.,/:£$€-])(\d{1,4}[A-Za-z]?) [Tt]he ([A-Z][a-z'’-]+)(?: ([A-Z][a-z'’-]+))?/g;
/** Singular words estates name a street by ("The Spinney"), old words for a field, a wood or a way. */
const ESTATE_WORDS: ReadonlySet<string> = new Set([
  'Spinney', 'Coppice', 'Ridgeway', 'Causeway', 'Dell', 'Dingle', 'Glebe', 'Strand', 'Quadrant', 'Knoll', 'Pightle', 'Fairway', 'Boundary',
]);
/** A plural: ends in "s" after a letter that makes no singular ("Bus", "Atlas", "Cross", "Campus" end so). */
const PLURAL = /^[A-Z][a-z'’-]{2,}[^suia]s$/;
/** Where a home is placed: the word right before the number, or before "no." or "number" (read in lower case). */
const PLACED_BEFORE =
  /(?:\b(?:at|to|outside|near|behind|opposite|from|past|lives?|living|resides?|residing|address|addy|addr|attended|visited|(?:back|front|rear|side) of|next to)\b(?:\s+(?:is|now|at|in|on))?|\baddress\b[^.!?\n\d]{0,20}(?:\bis|:)|\bflat \d{1,4}[a-z]?,)(?:\s+(?:no\.?|number))?\s*$/;
/**
 * A bare place word right before the number: "at 9", "to 2", "from 6" and "past 4" are as often times and counts.
 * A move names a home ("moved to 4 the Poplars with his sister"), as "next to" does.
 */
const BARE_BEFORE = /(?<!\b(?:moved?|moves|moving|next|back) )\b(?:at|to|from|past)\s*$/;
/**
 * After a bare place word a plural name must end the clause, as an address does ("at 15 The Hawthorns, door answered"):
 * punctuation, the end of the post, a postcode, a town (one capitalised word, then punctuation or the end), or a word
 * that opens a new clause ("at 9 The Maltings please", "lives at 18 the Willows if we need her", "at 3 The Paddocks and
 * the houses either side"). A time runs on into a sentence with a plural subject or a noun ("at 9 The Sergeants will
 * brief", "at 8 The Fields car park", "to 2 The Killers gigs"); the singular estate words are no band or team.
 */
const CLAUSE_ENDS =
  /^\s*(?:$|[,.;:!?)\n]|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|[A-Z][a-z'’-]+\s*(?:$|[,.;:!?)\n]|[A-Z]{1,2}\d)|(?:and|but|or|if|please|pls|asap|where|when|because|so|then)\b)/;
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)$/;
/** The venue's own word, after the name or as its second word ("The Kings Arms", "The Foresters Inn", "The Oaks Hotel"). */
const VENUE_AFTER = /^\s*(?:Arms|Inn|Tavern|Hotel|Club|Bar|Cafe|Café|Restaurant|Theatre|Cinema|Centre|Stadium|Ground|Hall|Surgery|School|Academy|Store|Shop)\b/;
/** Street types after the name: the street rule of address.ts reads those ("8 The Drive", "6 The Green"). */
const TYPED_AFTER = /^(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Grove|Way|Crescent|Court|Gardens|Walk|Mews)$/;

/** Whether the post has a number, a space and "The " or "the " (native searches; the detector's precondition). */
export function hasNumberThe(text: string): boolean {
  for (const needle of [' The ', ' the ']) {
    for (let i = text.indexOf(needle); i > 0; i = text.indexOf(needle, i + 1)) {
      const c = text.charCodeAt(i - 1);
      const d = text.charCodeAt(i - 2);
      if ((c >= 48 && c <= 57) || (d >= 48 && d <= 57)) return true;
    }
  }
  return false;
}

export function theStreets(ctx: ScanContext, out: Candidate[]): void {
  if (!hasNumberThe(ctx.text)) return;
  eachMatch(NUMBER_THE_NAME, ctx.text, (m) => {
    if (m[3] !== undefined && TYPED_AFTER.test(m[3])) return;
    // A pub or a venue ("at 7 The Kings Arms", "from 6 The Three Tuns"): the time of a meeting, not a home.
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (NUMBER_WORD.test(m[2]) || VENUE_AFTER.test(m[3] ?? '') || VENUE_AFTER.test(after)) return;
    const estate = (w: string): boolean => PLURAL.test(w) || ESTATE_WORDS.has(w);
    // The name's last word names the estate ("The Old Maltings"); a capitalised word after a one-word name is the next
    // thing said ("at 5 The Limes Saturday"), so the name alone is read then.
    const two = m[3] !== undefined && estate(m[3]);
    if (!two && !estate(m[2])) return;
    const before = ctx.before(m.index, 40);
    if (!PLACED_BEFORE.test(before)) return;
    const end = two ? m.index + m[0].length : m.index + m[0].length - (m[3] === undefined ? 0 : m[3].length + 1);
    const singular = ESTATE_WORDS.has(two ? (m[3] as string) : m[2]);
    if (!singular && BARE_BEFORE.test(before) && !CLAUSE_ENDS.test(ctx.text.slice(end, end + 40))) return;
    if (out.some((c) => c.type === 'address' && c.start < end && m.index < c.end)) return;
    out.push({ type: 'address', start: m.index, end, confidence: 0.75, rule: 'address.the_street' });
  });
}
