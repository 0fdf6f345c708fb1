import { isFirstName, readName, type NameSpan } from './name-tokens';

/**
 * Names a role word reaches past one more word, for person-name.ts's role rule (dev set 8 round): a describing word
 * ("owner is the landlord Dave Bentley") or a first name joined to a full name ("said Jayden and Reece Stokes").
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
