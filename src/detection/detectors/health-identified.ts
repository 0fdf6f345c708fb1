import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { GENERIC_BEFORE, TOPIC_AFTER } from './health-person';
import { EVERYDAY_SENSES } from './health-sentence';

/**
 * Thirteenth session: a vocabulary term beside someone's identifier is that person's health. Clinical and custody notes
 * give a patient by their NHS number, date of birth or PNC record and list what they have without a pronoun or a verb
 * ("NHS 596 318 2743, history of epilepsy", "nhs no.4505577104 on warfarin", "psychosis, awaiting AMHP, nhs:671...").
 * The identifier (found by the detectors that run before health) names the person the term is about, as a role noun
 * would. Same sentence only (a full stop before a space, "!", "?" or a line break ends it: the dots of "no.4505..." do
 * not), within 100 characters before the term or 60 after it; not a topic ("epilepsy awareness") or a group, nor a word
 * with an everyday sense ("GP surgery", "the bypass", "meds"). Read only where no other rule took the term.
 */
const IDENTIFIERS: ReadonlySet<string> = new Set(['nhs_number', 'date_of_birth', 'nino', 'pnc_id', 'cro_number']);
const BEFORE = 100;
const AFTER = 60;

export function identifiedPatient(ctx: ScanContext, start: number, end: number, out: Candidate[]): boolean {
  const { lower } = ctx;
  // A word with an everyday sense ("surgery", "bypass", "meds") needs more than a number nearby (health-sentence.ts's list).
  if (EVERYDAY_SENSES.has(lower.slice(start, end)) || (!out.some((c) => identifies(c, lower, start, end)) && !cellBefore(lower, start))) return false;
  // The regexes last: most terms have no identifier beside them.
  if (TOPIC_AFTER.test(lower.slice(end, end + 24)) || GENERIC_BEFORE.test(lower.slice(Math.max(0, start - 40), start))) return false;
  out.push({ type: 'health', start, end, confidence: 0.7, rule: 'health.identified' });
  return true;
}

/** `c` is someone's identifier in the sentence of the term at [start, end), close enough before or after it. */
function identifies(c: Candidate, lower: string, start: number, end: number): boolean {
  if (!IDENTIFIERS.has(c.type) || c.confidence < 0.5) return false;
  if (c.end <= start) return c.start >= start - BEFORE && !sentenceEnds(lower.slice(c.end, start));
  return c.start >= end && c.start - end <= AFTER && !sentenceEnds(lower.slice(end, c.start));
}

/** A line break, "!", a full stop at the end or before a space, a question mark before a space: "?head injury" is a clinician's query. */
function sentenceEnds(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || c === 33 || (c === 46 && (i + 1 === s.length || s.charCodeAt(i + 1) === 32)) || (c === 63 && s.charCodeAt(i + 1) === 32)) return true;
  }
  return false;
}

/**
 * Fourteenth session (health27): custody notes give a detainee by the cell they are in ("Cell 10 alcohol withdrawal,
 * chlordiazepoxide given", "c15 - abscess on groin", "cell 4: ADHD, takes Elvanse"): the cell number names its occupant as an
 * identifier does. "cell" and a number anywhere in the sentence before the term; the short "c" and a number only opening a
 * line or sentence, where a note's subject stands.
 */
const CELL = /(?:\bcell\s?(?:no\.?\s?)?|(?:^|[\n;]|[.!?] )\s*[-*•]?\s*c)\d{1,2}\b(?![/.:]\d)/g;
function cellBefore(lower: string, start: number): boolean {
  const from = Math.max(0, start - BEFORE);
  const before = lower.slice(from, start);
  if (!cellOrCNumber(before)) return false;
  CELL.lastIndex = 0;
  let last = -1;
  for (let m = CELL.exec(before); m; m = CELL.exec(before)) last = m.index + m[0].length;
  return last >= 0 && !sentenceEnds(before.slice(last));
}
/** "cell" or a "c" right before a digit: what CELL needs (fourteenth session, speed: most windows hold a "c", few these). */
function cellOrCNumber(s: string): boolean {
  for (let i = s.indexOf('c'); i >= 0; i = s.indexOf('c', i + 1)) {
    const n = s.charCodeAt(i + 1);
    if ((n >= 48 && n <= 57) || s.startsWith('ell', i + 1)) return true;
  }
  return false;
}
