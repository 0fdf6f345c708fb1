import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { nameEndingAt, RANK_BEFORE } from './name-positions';
import { isFirstName, notAPersonsName } from './name-tokens';

/**
 * A name with the person's age set off by commas (dev set 12 round): "identified as Lee Fairclough, 39. PM Thursday",
 * "Kieran Doyle, 24, has been charged". This is how police appeals, press releases and court reports name members of the
 * public; a colleague is not introduced by age. The first word must be a known first name; the age (1 to 110) must close
 * the apposition (a comma, a full stop, the end, or a verb or preposition going on: "and", "from", "of", "who", "was",
 * "is", "has"), so counts ("Dave Jones, 25 years' service", "Sarah Lee, 3 arrests") are not ages. Not after a rank, nor
 * in a sentence about staff (thanks, welcomes, congratulations: read in the name's own sentence). Read from each ", " followed by a digit: no pass over the post but the native comma search.
 */
const AGE_CLOSES = /^, (\d{1,3})(?:[,.;]|$| (?:and|from|of|who|was|is|has|had|were|are)\b)/;

export function namesBeforeApposedAges(ctx: ScanContext, out: Candidate[], aboutStaff: (sentence: string) => boolean): void {
  const { text, lower } = ctx;
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    const c = text.charCodeAt(comma + 2);
    if (c < 49 || c > 57) continue;
    const m = AGE_CLOSES.exec(text.slice(comma, comma + 12));
    if (!m || Number(m[1]) > 110) continue;
    const name = nameEndingAt(text, comma, false);
    if (!name || !isFirstName(text.slice(name.start, text.indexOf(' ', name.start)))) continue;
    if (RANK_BEFORE.test(lower.slice(Math.max(0, name.start - 16), name.start)) || notAPersonsName(text, lower, name.start, name.end)) continue;
    // Read in the name's own sentence: "... identified as Kieran Doyle, 24, and has been charged. Thanks for the CCTV!"
    // thanks the readers, while "Congratulations to Jason Whitby, 41, on his promotion" is about a colleague.
    if (aboutStaff(sentenceOf(lower, name.start, comma))) continue;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.7, rule: 'person_name.apposed_age' });
  }
}

/** The sentence around [start, end): back to the last sentence stop, on to the next. */
function sentenceOf(lower: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && start - s < 200 && !isStop(lower, s - 1)) s--;
  let e = end;
  while (e < lower.length && e - end < 200 && !isStop(lower, e)) e++;
  return lower.slice(s, e);
}
function isStop(lower: string, i: number): boolean {
  const c = lower.charCodeAt(i);
  return c === 33 || c === 63 || c === 10 || (c === 46 && (i + 1 >= lower.length || lower.charCodeAt(i + 1) === 32));
}
