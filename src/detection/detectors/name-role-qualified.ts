import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { isAsciiUpper } from '../text-utils';
import { isFirstName, notAPersonsName, readName } from './name-tokens';
import { RANK_BEFORE } from './name-positions';
import { signsOff } from './name-signatures';
import { departmentAfter } from './name-roles';

/**
 * Sixteenth session (nh16): a role with its place or case said before the name, "owner of the off licence, Marek
 * Zielinski", "door supervisor at the Red Lion Gary Simms", "DPS at the Crown & Anchor is now Gemma Whitfield-Hart",
 * "licensee of the Swan is Dean Platt". The role rule (name-roles.ts) reads the name only right after its role word;
 * English puts the role's complement (of/at/for + a noun phrase) between, and the name then follows as an apposition
 * (a comma), after "is"/"was" (now), or straight on. The roles are people the public are to the police as owners,
 * keepers, licence holders, tenants, residents, drivers and passengers (review16: "driver of the HGV, Andrzej
 * Nowicki") and the parties to a case; a capitalised first name and surname must follow within seven words of the
 * complement, in the same sentence, and not where colleagues are named (a post of thanks, welcomes or leaving, a rank,
 * a department in brackets, a signature).
 */
const ROLE_QUALIFIED =
  /\b(?:owner|owners|landlord|landlady|licensee|licence holder|premises licence holder|dps|designated premises supervisor|door supervisor|doorman|tenant|occupant|resident|leaseholder|keeper|registered keeper|store manager|shop manager|driver|passenger|rider|victim|witness|suspect|complainant|offender|mother|father|mum|dad|parent|sister|brother|son|daughter|wife|husband|partner|neighbour|carer|next of kin|nok)\s+(?:of|at|from|for|in)\s+/gi;
/** Review16: a title of honour too: "the Sir John Barleycorn" is a pub, "Sir Keir Starmer" a public figure. */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\.? $/;

export function namesAfterQualifiedRoles(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const { text } = ctx;
  if (!ctx.hasUpper) return;
  ROLE_QUALIFIED.lastIndex = 0;
  for (let m = ROLE_QUALIFIED.exec(text); m !== null; m = ROLE_QUALIFIED.exec(text)) {
    if (staffPost()) return;
    // The complement and the words joining the name to it ("is now"): at most seven words, no sentence break; the first
    // capitalised word after the complement's first word that opens a first name and surname is the name.
    let at = m.index + m[0].length;
    for (let w = 0; w < 7; w++) {
      const next = nextWordStart(text, at);
      if (next < 0 || /[.!?;:\n()]/.test(text.slice(at, next))) break;
      // A capitalised pair that is no person ("the Red Lion": an article before it) is part of the complement: read on.
      if (w > 0 && isAsciiUpper(text.charCodeAt(next)) && tryName(ctx, next, out, m.index)) break;
      at = wordEnd(text, next);
    }
  }
}

function tryName(ctx: ScanContext, start: number, out: Candidate[], roleStart: number): boolean {
  const { text, lower } = ctx;
  const name = readName(text, start, false);
  if (!name || name.words < 2 || !name.capitalised) return false;
  // After a title the title rule reads the name with it ("next of kin for Mr Brian Holt").
  if (TITLE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  const first = text.slice(start, text.indexOf(' ', start));
  // Review16: a rank opening the capitalised run is read by readName as its first word ("emailed Sergeant Tom Walsh"):
  // a colleague, as a rank before the name is.
  if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start + first.length))) return true;
  if (!isFirstName(first)) return false;
  if (out.some((c) => c.type === 'person_name' && c.start < name.end && c.end > start)) return true;
  if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || RANK_BEFORE.test(lower.slice(Math.max(0, roleStart - 16), roleStart))) return true;
  if (notAPersonsName(text, lower, start, name.end)) return false;
  if (signsOff(text, start) || departmentAfter(text, name.end)) return true;
  out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.qualified_role' });
  return true;
}

/** The start of the next word at or after `at` (-1 at the text's end). */
function nextWordStart(text: string, at: number): number {
  let i = at;
  while (i < text.length && !/[A-Za-z0-9&]/.test(text[i])) i++;
  return i < text.length ? i : -1;
}
function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && /[A-Za-z0-9&'’-]/.test(text[i])) i++;
  return i;
}
