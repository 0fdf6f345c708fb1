import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';
import { isFirstName, readName } from './name-tokens';

/**
 * A date straight after a person's name is how notes, tasking lists and court lists give a date of
 * birth, in whatever format the writer uses for dates: "Kieran Lloyd, 04/04/1995," (set off by
 * commas), "Chloe Adams 14-02-1999" (dashes), "Harvey Doyle 2009-10-30" (year first, as systems print it), "Liam Doherty 12 Sept 1988"
 * (the month in words), "marc evans 3/4/91" (a two-digit year, a name typed in lower case).
 *
 * The rule `date_of_birth.after_name` in date-of-birth.ts already reads a capitalised pair then a
 * date with slashes or dots and a four-digit year; this one reads the other shapes, and asks more
 * of the name: its first word must be a known first name (see Resources), as must a lower-case one
 * (and no everyday word: readName's lower-case reading). As there, the year must be at least four
 * years back (the dates of events people post about are recent) and at most 110.
 */
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Day, month, year with slashes, dots or dashes; the year may have two digits. Not part of a longer run ("12/03/2019/4", "1.2.3.4"). */
const NUMERIC = /(?<![\w/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|[.\-]\d)/g;
/** Year first with dashes: "2009-10-30". */
const ISO = /(?<![\w/.\-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\w/]|[.\-]\d)/g;
/** "12 Sept 1988", "22nd March 1984": the month in words needs a four-digit year. */
const TEXT_DMY = new RegExp(`(?<![\\w/.\\-])(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS})\\.? ((?:19|20)\\d{2})\\b`, 'gi');
/** The two words before the date, set off by a space, a comma or a dash or bracket opening the date. */
const NAME_BEFORE = /(?:^|[\s(,;:])([A-Za-z][a-z'’-]+ (?:[A-Za-z][a-z'’-]+|[A-Z]{2,}))(,? (?:[-–(] ?)?)$/;
/**
 * Sixteenth session: a surname opened by a lower-case particle ("Dylan ap Huw", "Sanne van Dijk", "Omar bin Salleh",
 * "Luca de Rossi"): Welsh, Dutch, Malay, Italian and Spanish names keep it small between the first name and the capitalised
 * surname, so the two words before the date are the particle and the surname. A known first name, the particle and a
 * capitalised surname are the name.
 */
const PARTICLE_NAME_BEFORE = /(?:^|[\s(,;:])([A-Z][a-z'’-]+) (?:ap|ab|van|van der|van den|von|de|da|di|del|della|dos|du|bin|binti|ibn|al|el|ni|nic|mac) ([A-Z][a-z'’-]+)(,? (?:[-–(] ?)?)$/;

/**
 * A person's sex or age right before the date: a word of its own, then a comma, a colon or a dash (a letter needs the
 * comma). The mark is needed: "Youth 01/09/2014 intake photos" names a group's date (fix18 review).
 */
const DESCRIPTOR_BEFORE =
  /(?:^|[\s(,;:])(?:(?:male|female|man|woman|boy|girl|lad|youth)(?:,|:|\s[-–])|[MF],|(?:he|she)(?:'s|’s| is) \d{1,2},|aged \d{1,3},|\d{1,2} ?(?:yo|y\/o|yrs?|years? old),)\s+$/i;
/** "... 14 March 2019 was a great night": a date that the sentence goes on about is an event's. */
const EVENT_AFTER = /^\s+(?:was|is|were|will|when)\b/i;
const CLOSED_AFTER = /^(?:\s*[,;)\n]|\s*[-–—]\s|\.(?:\s|$)|\s*$)/;
/** Shared with the older after-name rule in date-of-birth.ts. */
export const SPAN_AFTER = /^\s*(?:-|–|—|to|until|till)\s*(?:\d|today|now|present|date)/i;

export function detectDatesAfterNames(ctx: ScanContext, out: Candidate[]): void {
  const year = new Date().getUTCFullYear();
  const { text } = ctx;
  // Both regexes below that use '-' need a digit right before it (most dashes in posts are prose).
  const dashes = hasDigitBeforeDash(text);
  if (ctx.digitSlashes > 0 || ctx.digitDots > 0 || dashes) {
    eachMatch(NUMERIC, text, (m) => {
      const fourDigits = m[4].length === 4;
      // Capitalised, slashes or dots, four digits: the older rule's shape, which also reads names it knows no first name of.
      const olderShape = fourDigits && m[2] !== '-';
      consider(m.index, m[0].length, Number(m[1]), Number(m[3]), fourDigits ? Number(m[4]) : fullYear(Number(m[4]), year), !olderShape);
    });
  }
  if (dashes) eachMatch(ISO, text, (m) => consider(m.index, m[0].length, Number(m[3]), Number(m[2]), Number(m[1]), true));
  if (ctx.has('month')) {
    eachMatch(TEXT_DMY, text, (m) => {
      const month = MONTH_INDEX.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
      consider(m.index, m[0].length, Number(m[1]), month, Number(m[3]), true);
    });
  }

  function consider(start: number, length: number, day: number, month: number, y: number, newShape: boolean): void {
    if (day < 1 || day > 31 || month < 1 || month > 12 || y > year - 4 || y < year - 110) return;
    // "PC Tom Hughes, 3 May 2001 - today", "Tom Hughes 03/05/2001 to 2026": the start of a span (service, a tenancy), not a birth.
    const after = text.slice(start + length, start + length + 16);
    if (SPAN_AFTER.test(after) || EVENT_AFTER.test(after)) return;
    const window = text.slice(Math.max(0, start - 50), start);
    // Eighteenth session: after the person's sex or age, as a record describes someone ("male, 22/07/1993, NFA", "he's 17,
    // 05/01/2008"), a date ten years back or more is their birth (an event's date is recent).
    if (y <= year - 10 && DESCRIPTOR_BEFORE.test(window)) {
      out.push({ type: 'date_of_birth', start, end: start + length, confidence: 0.7, rule: 'date_of_birth.after_descriptor' });
      return;
    }
    const particle = PARTICLE_NAME_BEFORE.exec(window);
    if (particle) {
      if (particle[3].startsWith(',') && !CLOSED_AFTER.test(after)) return;
      if (isFirstName(particle[1])) out.push({ type: 'date_of_birth', start, end: start + length, confidence: 0.7, rule: 'date_of_birth.after_particle_name' });
      return;
    }
    const before = NAME_BEFORE.exec(window);
    if (!before) return;
    const nameStart = start - before[1].length - before[2].length;
    const capitalised = text.charCodeAt(nameStart) <= 90;
    // The older rule already reads "Kayden Wright 04/05/2005" (capitalised, slashes or dots, no comma, four digits).
    if (!newShape && capitalised && !before[2].startsWith(',')) return;
    // Set off by a comma, the date is an aside about the person only when it is closed too ("Kieran Lloyd, 04/04/1995, bloods ...").
    if (before[2].startsWith(',') && !CLOSED_AFTER.test(after)) return;
    const first = before[1].slice(0, before[1].indexOf(' '));
    if (!isFirstName(first)) return;
    const name = readName(text, nameStart, !capitalised);
    if (!name || name.words < 2) return;
    out.push({ type: 'date_of_birth', start, end: start + length, confidence: 0.7, rule: 'date_of_birth.after_name' });
  }
}

/** Whether some '-' has an ASCII digit right before it. */
function hasDigitBeforeDash(text: string): boolean {
  for (let i = text.indexOf('-', 1); i > 0; i = text.indexOf('-', i + 1)) {
    const c = text.charCodeAt(i - 1);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** "91" is 1991 and "05" is 2005: a two-digit year is the latest year ending in those digits that is not in the future. */
function fullYear(yy: number, year: number): number {
  const century = year - (year % 100);
  return century + yy > year ? century - 100 + yy : century + yy;
}
