import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { RANK_BEFORE } from './name-positions';
import { isSurnameShaped } from './name-surnames';
import { isFirstName, isStopWord } from './name-tokens';
import { isAsciiUpper as isUpper, isAsciiLower as isLower } from '../text-utils';
import { END, FIELDS, FIRST_LOWER, START, type Words } from '../words';

/**
 * Fourteenth session (names27): "Surname, Forename" typed in ordinary case in a list or a record's field ("Referral
 * panel: Harris, Liam (16); Nowak, Zuzanna (14)", "licence holder: Patel, Nikesh."), as name-record-format.ts reads it
 * with the surname in capitals. Title case is how everyone types a greeting or an aside ("Thanks, Liam"; "Hanley, Sarah
 * said"), so more is asked: the surname opens a field (after ':', '|', ';' or at a line's start) and is no English word
 * (so "Thanks", "Morning" are out); the forename is a known first name that ends its item (a bracket, ';', ',', '.',
 * '|', a dash, the line's end); and the post is operational or the item gives an age in brackets ("(16)"). Not in
 * an e-mail's header ("From: Smith, John"), after a rank, under a staff list's heading, nor in a post about staff.
 */
const ITEM_END = /^(?:\s*$|\s*[(;,.|\n]|\s+[-–—]\s)/;
const AGE_AFTER = /^\s*\(\s*(?:aged?\s*)?\d{1,2}\s*\)/;
const HEADER_BEFORE = /\b(?:from|to|cc|bcc|sent|sender|author|by)\s*:\s*$/;
const STAFF_LIST = /\b(?:rota|attendees|present|apologies|cohort|shift pattern|on duty|duties|course|training|panel members|staff)\b[^\n|]*$/;
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/** Both rules of this file, as person-name.ts runs them (the capitals rule behind its gate, mayHoldCapitalSurnameFirst). */
export function namesSurnameFirst(ctx: ScanContext, out: Candidate[], caseWork: () => boolean, staffPost: () => boolean): void {
  titleCaseSurnamesFirst(ctx.text, ctx.lower, out, caseWork, staffPost);
  if (mayHoldCapitalSurnameFirst(ctx.text)) capitalSurnamesFirst(ctx.text, ctx.lower, ctx.words, out, caseWork, staffPost);
}

function titleCaseSurnamesFirst(text: string, lower: string, out: Candidate[], operational: () => boolean, staffPost: () => boolean): void {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (!isLower(text.charCodeAt(comma - 1))) continue;
    let start = comma - 1;
    while (start > 0 && (isLower(text.charCodeAt(start - 1)) || isJoiner(text.charCodeAt(start - 1)))) start--;
    if (start > 0 && isUpper(text.charCodeAt(start - 1))) start--;
    if (!isUpper(text.charCodeAt(start)) || comma - start < 3 || !opensItem(text, start)) continue;
    const f = comma + (text.charCodeAt(comma + 1) === 32 ? 2 : 1);
    if (!isUpper(text.charCodeAt(f))) continue;
    let end = f + 1;
    while (end < text.length && (isLower(text.charCodeAt(end)) || isJoiner(text.charCodeAt(end)))) end++;
    const after = text.slice(end, end + 12);
    if (!ITEM_END.test(after) || /^\s*:/.test(after)) continue;
    const surname = text.slice(start, comma);
    if (isStopWord(surname) || !isSurnameShaped(surname, 3) || !isFirstName(text.slice(f, end))) continue;
    const before = lower.slice(Math.max(0, start - 16), start);
    if (HEADER_BEFORE.test(before) || RANK_BEFORE.test(before) || STAFF_LIST.test(lower.slice(Math.max(0, start - 200), start))) continue;
    if (!(AGE_AFTER.test(after) || operational()) || staffPost()) continue;
    if (out.some((c) => c.type === 'person_name' && c.start < end && c.end > start)) continue;
    out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.surname_first' });
  }
}

/** The word at `start` opens a list item or a record's field: after ':', '|' or ';' (spaces between), or at a line's start. */
function opensItem(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 58 || c === 124 || c === 10 || c === 59;
}

/**
 * "DWYER Ryan - released on licence", "served on BAINS Harpreet Kaur": police systems print a person SURNAME first in
 * capitals without a comma too (name-record-format.ts reads the comma form). A word of 4+ capitals that is no English
 * word and reads as a word, not an acronym (it has a consonant followed by a vowel, which "ANPR", "IOPC", "CCTV" have not;
 * not a rank: "PCSO Amir"), then a capitalised known first name (and at most one more capitalised word), in an
 * operational post typed in ordinary case; not after a rank or thanks, nor in a post about staff.
 */
const PRONOUNCEABLE = /[BCDFGHJKLMNPQRSTVWXZ][AEIOUY]/;
const THANKS_BEFORE = /\b(?:thanks?|thank you|cheers|congrat\w*|welcome|well done|shout ?out|kudos)\b[^.!?\n]*$/;

/**
 * Whether capitalSurnamesFirst can read anything: a space with four capitals or joiners before it (the end of a word
 * of 4+ characters without a lower-case letter) and a capital and a lower-case letter after it. Fourteenth session
 * (speed14c): few posts have one (1 in 70 of the profile's), and then the post's words need not be read for this rule.
 */
export function mayHoldCapitalSurnameFirst(text: string): boolean {
  for (let i = text.indexOf(' ', 4); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (!isUpper(text.charCodeAt(i + 1)) || !isLower(text.charCodeAt(i + 2))) continue;
    if (isCapital(text.charCodeAt(i - 1)) && isCapital(text.charCodeAt(i - 2)) && isCapital(text.charCodeAt(i - 3)) && isCapital(text.charCodeAt(i - 4))) return true;
  }
  return false;
}
const isCapital = (c: number): boolean => isUpper(c) || isJoiner(c);

/** Read off the post's words (words.ts): a word of capitals only, a space, then a capital and a lower-case letter. */
export function capitalSurnamesFirst(text: string, lower: string, words: Words, out: Candidate[], operational: () => boolean, staffPost: () => boolean): void {
  const { count, data } = words;
  for (let w = 0, at = 0; w + 1 < count; w++, at += FIELDS) {
    const start = data[at + START];
    const wordEnd = data[at + END];
    if (wordEnd - start < 4 || data[at + FIRST_LOWER] !== wordEnd || !isUpper(text.charCodeAt(start)) || text.charCodeAt(wordEnd) !== 32) continue;
    if (!isUpper(text.charCodeAt(wordEnd + 1)) || !isLower(text.charCodeAt(wordEnd + 2))) continue;
    const f = wordEnd + 1;
    let end = f + 1;
    while (end < text.length && isLower(text.charCodeAt(end))) end++;
    if (!isFirstName(text.slice(f, end))) continue;
    const surname = text.slice(start, wordEnd);
    // A rank in capitals ("PCSO Amir Khan") is the rank.
    if (!PRONOUNCEABLE.test(surname) || isStopWord(surname) || !isSurnameShaped(surname, 4) || RANK_BEFORE.test(surname.toLowerCase())) continue;
    // One more capitalised word: a second forename ("Harpreet Kaur").
    if (text.charCodeAt(end) === 32 && isUpper(text.charCodeAt(end + 1)) && isLower(text.charCodeAt(end + 2))) {
      let e = end + 2;
      while (e < text.length && isLower(text.charCodeAt(e))) e++;
      if (isFirstName(text.slice(end + 1, e))) end = e;
    }
    const before = lower.slice(Math.max(0, start - 40), start);
    if (RANK_BEFORE.test(before.slice(-16)) || THANKS_BEFORE.test(before) || !/[a-z]{3}/.test(text)) continue;
    if (out.some((c) => c.type === 'person_name' && c.start < end && c.end > start)) continue;
    if (!operational() || staffPost()) continue;
    out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.capital_surname_first' });
  }
}
