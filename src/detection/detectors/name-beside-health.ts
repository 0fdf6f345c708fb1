import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { sentenceBefore } from './health-person';
import { SENTENCE_BREAK } from './name-details';
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
const PAIR = /(?<![A-Za-z'’-])([A-Z][a-z]{2,15}) (?:Mc|Mac|O'|O’)?[A-Z][a-z'’-]{2,20}(?![A-Za-z])/g;
const FIRST_PERSON = /\b(?:i|i'm|im|i've|my|me)\b/;
const THIRD_PERSON = /\b(?:he|she|he's|she's|hes|shes|he'd|she'd|his|her)\b/;
const TITLE_BEFORE = /\b(?:mr|mrs|ms|miss|mx|dr)\.? $/;
const MID_RUN = /[A-Za-z0-9,;'’)] +[A-Z][A-Za-z'’-]* $/;
/** A pronoun carries the name only from the sentence's opening words (its subject): at most three words before it. */
const OPENING = /^\s*(?:[A-Za-z'’,-]+\s+){0,3}$/;

export function namesBesideHealth(ctx: ScanContext, out: Candidate[]): void {
  let health: Candidate[] | undefined;
  for (const c of out) if (c.type === 'health' && c.confidence >= 0.5) (health ??= []).push(c);
  if (!health) return;
  const { text, lower } = ctx;
  // Names the older rules read stay theirs (one reading per name).
  const named = out.filter((c) => c.type === 'person_name');
  const seen = new Set<number>();
  for (const h of health) {
    const sentence = sentenceBefore(lower, h.start, 200);
    const from = h.start - sentence.length;
    PAIR.lastIndex = 0;
    const slice = text.slice(from, h.start);
    for (let m = PAIR.exec(slice); m; m = PAIR.exec(slice)) {
      const start = from + m.index;
      if (seen.has(start)) continue;
      const name = readName(text, start, false);
      if (!name || name.words < 2 || name.end > h.start || named.some((c) => c.start < name.end && start < c.end)) continue;
      if (!linked(ctx, from, start, name.end, h.start) || !personsName(ctx, start, name.end, m[1])) continue;
      seen.add(start);
      out.push({ type: 'person_name', start, end: name.end, confidence: 0.62, rule: 'person_name.beside_health' });
    }
  }
}

/** The disclosure at `healthStart` is about the name ending at `end`: close with no writer between, or a pronoun carrying a subject to it. */
function linked(ctx: ScanContext, sentenceFrom: number, start: number, end: number, healthStart: number): boolean {
  const between = ctx.lower.slice(end, healthStart);
  if (SENTENCE_BREAK.test(between)) return false;
  if (healthStart - end <= 60 && !FIRST_PERSON.test(between)) return true;
  // Another capitalised pair between may be the one meant ("Priya said Dave Lowe's mum ...").
  const other = /[A-Z][a-z]{2,15} [A-Z][a-z]/.test(ctx.text.slice(end, healthStart));
  return !other && healthStart - end <= 160 && THIRD_PERSON.test(between) && OPENING.test(ctx.text.slice(sentenceFrom, start));
}

function personsName(ctx: ScanContext, start: number, end: number, first: string): boolean {
  const { text, lower } = ctx;
  const near = lower.slice(Math.max(0, start - 16), start);
  if (RANK_BEFORE.test(near) || TITLE_BEFORE.test(near) || MID_RUN.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (notAPersonsName(text, lower, start, end) || signsOff(text, start) || departmentAfter(text, end)) return false;
  if (isFirstName(first)) return true;
  // A first word no list holds: no English word, and a surname that is none either.
  const last = text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
  return !isEnglishWord(first) && !isStopWord(first.toLowerCase()) && isSurnameShaped(last);
}
