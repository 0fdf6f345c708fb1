import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { addressFollows, detailStarts, PLACES } from './name-details';
import { isFirstName, readName, type NameSpan } from './name-tokens';

/**
 * Names a role word reaches past one more word, for person-name.ts's role rule (dev set 8 round): a describing word
 * ("owner is the landlord Dave Bentley") or a first name joined to a full name ("said Jayden and Reece Stokes");
 * and (dev set 9 round) what a role's words may or may not lead to: a lower-case name after "address for" when the
 * address follows, and no name after an advert's "<thing> wanted:".
 */

/**
 * "owner is the landlord Dave Bentley", "victim, a lad called Tyler Marsh": one lower-case word describing the person
 * between the role and the name, after an article ("the landlord", "a friend"), or "called"/"named". A verb after a
 * bare role ("driver thanked Sarah Jones") is not read. The name must be a known first name and a surname, so the
 * role's evidence carries over one word.
 */
const DESCRIBING_WORD = /^[a-z]{3,15} (?=[A-Z])/;
export function describedName(text: string, at: number, afterArticle: boolean): NameSpan | undefined {
  const word = DESCRIBING_WORD.exec(text.slice(at, at + 17));
  if (!word || !(afterArticle || /^(?:called|named) $/.test(word[0]))) return undefined;
  const start = at + word[0].length;
  const name = readName(text, start, false);
  return name && name.words >= 2 && isFirstName(text.slice(start, text.indexOf(' ', start))) ? name : undefined;
}

/** The full name after "<first name> and" ("Jayden and Reece Stokes"), when both first names are known ones. */
export function joinedFullName(text: string, start: number, end: number): NameSpan | undefined {
  const and = / (?:and|&) (?=[A-Z])/y;
  and.lastIndex = end;
  if (!and.test(text) || !isFirstName(text.slice(start, end))) return undefined;
  const second = readName(text, and.lastIndex, false);
  if (!second || second.words < 2 || !isFirstName(text.slice(second.start, text.indexOf(' ', second.start)))) return undefined;
  return second;
}

/** A lower-case word before "wanted:" that is no person or role ("car share wanted:", "volunteers wanted:"). */
export const AD_BEFORE_WANTED = /(?:^|[^a-z])(?!(?:is|was|are|were|been|still|now|also|urgently|male|female|man|woman|lad|person|suspect|nominal|offender|youth|people)\b)[a-z]{2,} $/;

/**
 * "bail addy for sophie lang is 7 mulberry close ...": after "address for" or "bail for" a lower-case known first name
 * and a surname are a person when their address or postcode (found before this detector) follows in the sentence.
 */
export function placedLowerCase(ctx: ScanContext, out: Candidate[], role: string, at: number): NameSpan | undefined {
  if (!/^(?:(?:address|addy) for|bail for)/.test(role)) return undefined;
  const name = readName(ctx.text, at, true);
  if (!name || name.capitalised || name.words < 2) return undefined;
  return addressFollows(detailStarts(out, PLACES), ctx.lower, name.end) ? name : undefined;
}
