import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { sentenceBefore } from './health-person';
import { FIRST_PERSON, SENTENCE_BREAK, firstAtOrAfter } from './name-details';
import { eachCapitalisedWordBeforeCapital } from './name-pairs';
import { RANK_BEFORE } from './name-positions';
import { departmentAfter } from './name-roles';
import { signsOff } from './name-signatures';
import { isEnglishWord, isSurnameShaped } from './name-surnames';
import { isFirstName, isStopWord, notAPersonsName, readName } from './name-tokens';

/**
 * Twelfth session: the person a health disclosure is about, named in its sentence (person-name.ts runs this after the
 * health detector). The first-name rule already takes a known first name and surname with a disclosure within 60
 * characters after it; people also write
 * - a name no first-name list holds, a nickname or a name of another tradition, before a surname that is no English word
 *   ("fyi Baz Wetherall wont be in, hes had a heart attack"): with the disclosure after it as close, it is as much a name;
 * - the name opening the sentence and the disclosure further on, a pronoun in between carrying the name to it
 *   ("Priya Banerjee in the lab has asked me to let people know she's ... because of pre-eclampsia").
 * A name after a rank is left alone (the older dev sets label a colleague's rank and name beside their health as no
 * member of the public's name), and so are titles (the title rule reads them), runs of capitals (places, things) and
 * the writer's own health (I/my/me between, as for the first-name rule, unless a pronoun carries the name past them).
 */
const THIRD_PERSON = /\b(?:he|she|he's|she's|hes|shes|he'd|she'd|his|her)\b/;
const TITLE_BEFORE = /\b(?:mr|mrs|ms|miss|mx|dr)\.? $/;
const MID_RUN = /[A-Za-z0-9,;'’)] +[A-Z][A-Za-z'’-]* $/;
/** A pronoun carries the name only from the sentence's opening words (its subject): at most three words before it. */
const OPENING = /^\s*(?:[A-Za-z'’,-]+\s+){0,3}$/;
/** How far a disclosure may follow the name: close (60 characters, as the first-name rule) or carried by a pronoun. */
const CLOSE = 60;
const CARRIED = 160;

export function namesBesideHealth(ctx: ScanContext, out: Candidate[]): void {
  let health: number[] | undefined;
  for (const c of out) if (c.type === 'health' && c.confidence >= 0.5) (health ??= []).push(c.start);
  if (!health) return;
  health.sort((a, b) => a - b);
  const { text } = ctx;
  // The capitalised pairs, read off the shared word table (no regex): a name opens each one that is read below.
  const pairs: number[] = [];
  // A first word of three letters or more: "St Theresa's", "Dr", "Mr" are no forename.
  eachCapitalisedWordBeforeCapital(text, (start, space) => {
    if (space - start >= 3) pairs.push(start);
  }, ctx.words);
  if (pairs.length === 0) return;
  // Names the older rules read stay theirs (one reading per name).
  const named = out.filter((c) => c.type === 'person_name');
  for (let k = 0; k < pairs.length; k++) {
    const start = pairs[k];
    const h = firstAtOrAfter(health, start + 1);
    if (h >= health.length || health[h] - start > CARRIED + 40) continue;
    const space = text.indexOf(' ', start);
    const name = readName(text, start, false);
    if (!name || name.words < 2 || name.end > health[h] || named.some((c) => c.start < name.end && start < c.end)) continue;
    // Cheapest first: the words read as a name (hash lookups), then the link and the name's surroundings (regexes).
    if (!nameShaped(text, name.end, text.slice(start, space))) continue;
    // Another pair between the name and the disclosure may be the one meant ("Priya said Dave Lowe's mum ...").
    const otherBetween = k + 1 < pairs.length && pairs[k + 1] >= name.end && pairs[k + 1] < health[h];
    if (!linked(ctx, start, name.end, health[h], otherBetween) || !placedAsPerson(ctx, start, name.end)) continue;
    out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.beside_health' });
  }
}

/** The disclosure at `healthStart` is about the name ending at `end`: close with no writer between, or a pronoun carrying the sentence's subject to it. */
function linked(ctx: ScanContext, start: number, end: number, healthStart: number, otherBetween: boolean): boolean {
  const between = ctx.lower.slice(end, healthStart);
  if (SENTENCE_BREAK.test(between)) return false;
  if (healthStart - end <= CLOSE && !FIRST_PERSON.test(between)) return true;
  if (otherBetween || healthStart - end > CARRIED || !THIRD_PERSON.test(between)) return false;
  const sentence = sentenceBefore(ctx.lower, start, 60);
  return OPENING.test(sentence);
}

/** A known first name, or a first word no list holds before a surname that is no English word either. */
function nameShaped(text: string, end: number, first: string): boolean {
  if (isFirstName(first)) return true;
  const last = text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
  return !isEnglishWord(first) && !isStopWord(first.toLowerCase()) && isSurnameShaped(last);
}

/** Not after a rank or title, not inside a run of capitals, not a place, a signature or a department. */
function placedAsPerson(ctx: ScanContext, start: number, end: number): boolean {
  const { text, lower } = ctx;
  const near = lower.slice(Math.max(0, start - 16), start);
  if (RANK_BEFORE.test(near) || TITLE_BEFORE.test(near) || MID_RUN.test(text.slice(Math.max(0, start - 40), start))) return false;
  return !notAPersonsName(text, lower, start, end) && !signsOff(text, start) && !departmentAfter(text, end);
}
