import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { isFirstName, mayBeFirstName, notAPersonsName } from './name-tokens';
import { isEnglishWord, isPublicFigure, isSurnameShaped } from './name-surnames';
import { eachCapitalsPair } from './name-pairs';

/**
 * Dev set 17 round: a name in a post shouted in capitals, right before a detail that identifies its owner ("INQUEST
 * OPENED – DAVID ABERNETHY, 12 CHAPEL STREET, ...", "MESSAGE RE TYRONE BLAKE (2001/2156066P)"). A shouted post gives no
 * word its own case, so the capitals rule (name-any-case.ts) leaves it; the detail itself, found by the detectors that
 * run before names (an address, a date of birth, a PNC or CRO number, a phone ...), set straight after the pair with
 * at most a comma, a space or an opening bracket between, says the pair is its owner, as a record lists them. One word
 * must be a known first name and the other no English word ("FORD FOCUS", "NOT KNOWN" are words).
 */
const OWNED_DETAIL: ReadonlySet<string> = new Set(['phone', 'email', 'address', 'postcode', 'date_of_birth', 'nino', 'passport', 'driving_licence', 'nhs_number', 'pnc_id', 'cro_number']);

/** `colleague(lower, start)`: a rank or thanks before the pair (name-any-case.ts), which makes it a colleague. */
/** A list of staff before the pair in its sentence ("STAFF HOME PHONE FOR THE CALL-OUT LIST: DAVE HIRST 07493 ..."). */
const STAFF_LIST_BEFORE = /\b(?:staff|colleagues?|rota|call-?out|on-?call|team|officers?|duty sheet)\b[^.!?\n]*$/;

export function shoutedNamesBeforeDetails(
  ctx: ScanContext,
  out: Candidate[],
  staffPost: () => boolean,
  colleague: (lower: string, start: number) => boolean,
): void {
  const { text, lower } = ctx;
  const detailStarts = new Set<number>();
  // Offsets inside names already read (each a few dozen characters): an overlap check in constant time, not a rescan of `out`.
  const named = new Set<number>();
  for (const c of out) {
    if (c.confidence >= 0.5 && OWNED_DETAIL.has(c.type)) detailStarts.add(c.start);
    if (c.type === 'person_name') for (let i = c.start; i < c.end && i - c.start < 80; i++) named.add(i);
  }
  if (detailStarts.size === 0) return;
  eachCapitalsPair(text, (start, firstEnd, end) => {
    // A detector may start its span at the bracket ("(07700 900412)"): any offset across the separators will do.
    let at = end;
    let found = detailStarts.has(at);
    while (!found && at < end + 3 && (text[at] === ',' || text[at] === ' ' || text[at] === '(')) found = detailStarts.has(++at);
    if (!found) return;
    if (!mayBeFirstName(lower, start, firstEnd) && !mayBeFirstName(lower, firstEnd + 1, end)) return;
    const a = text.slice(start, firstEnd);
    const b = text.slice(firstEnd + 1, end);
    const isName = (isFirstName(a) && isSurnameShaped(b)) || (isFirstName(b) && isSurnameShaped(a) && !isEnglishWord(b));
    if (!isName || isPublicFigure(text.slice(start, end)) || notAPersonsName(text, lower, start, end) || colleague(lower, start) || staffPost()) return;
    if (STAFF_LIST_BEFORE.test(lower.slice(Math.max(0, start - 80), start))) return;
    if (named.has(start) || named.has(end - 1)) return;
    out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.shouted_before_detail' });
  }, ctx.words);
}
