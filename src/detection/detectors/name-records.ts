import { isFirstName, isPlainFirstName, isStopWord, type NameSpan } from './name-tokens';
import { isSurnameShaped } from './name-surnames';
import { isAsciiUpper as isUpper, isAsciiLower as isLower } from '../text-utils';

/**
 * Names as police and partner systems print them, pasted into posts from custody records, incident
 * logs, PNC and vehicle checks: surname first in capitals ("PEARCE Linda", "ZIELINSKI Marta"),
 * "Surname, Forename" ("Greaves, Ruth", "HOLLINS, Bradley James") or all in capitals ("ASHLEY CRUMP").
 * readName (name-tokens.ts) reads names by their ordinary shape and rejects a word in capitals (it
 * could be "PNC" or "CID"), so these are read here, and only right after a role word or a field label
 * ("Caller:", "KEEPER:", "Arrested:"). One of the words must be a known first name: that keeps out
 * capitals that are no name ("FORD FOCUS", "NOT KNOWN", "NFA Today").
 */

interface Word {
  start: number;
  end: number;
  word: string;
}

/** Letters, an apostrophe ("O'NEILL") or a hyphen ("Ellie-Mae"). */
const isWordChar = (c: number): boolean => isUpper(c) || isLower(c) || c === 39 || c === 0x2019 || c === 45;

function wordAt(text: string, i: number): Word | undefined {
  if (!isUpper(text.charCodeAt(i))) return undefined;
  let e = i;
  while (e < text.length && e - i < 24 && isWordChar(text.charCodeAt(e))) e++;
  while (e > i && !isUpper(text.charCodeAt(e - 1)) && !isLower(text.charCodeAt(e - 1))) e--;
  if (e - i < 2 || isWordChar(text.charCodeAt(e))) return undefined;
  const word = text.slice(i, e);
  return isStopWord(word) ? undefined : { start: i, end: e, word };
}

/** "PEARCE", "O'NEILL": two or more letters, all capitals. */
const allCaps = (w: Word): boolean => !/[a-z]/.test(w.word) && w.word.length >= 2;
/** "Linda", "McBride", "O'Neill": a capital, then lower case somewhere after it. */
const capitalised = (w: Word): boolean => /^[A-Z][A-Za-z'’-]*[a-z]/.test(w.word);
/** A field label follows ("INS:Y", "Tel:"), so the word is not part of the name. */
const labelAfter = (text: string, w: Word): boolean => /^\s*:/.test(text.slice(w.end, w.end + 3));

export function readRecordName(text: string, start: number): NameSpan | undefined {
  const first = wordAt(text, start);
  if (!first) return undefined;
  // "Greaves, Ruth", "O'NEILL, Patrick", "HOLLINS, Bradley James": the forename after the comma must be a known first name.
  const comma = /^, ?/.exec(text.slice(first.end, first.end + 2));
  if (comma) {
    const forename = wordAt(text, first.end + comma[0].length);
    if (!forename || !(allCaps(forename) ? isPlainFirstName(forename.word) : isFirstName(forename.word)) || labelAfter(text, forename)) return undefined;
    const middle = text.charCodeAt(forename.end) === 32 ? wordAt(text, forename.end + 1) : undefined;
    const end = middle && capitalised(middle) && capitalised(forename) && !labelAfter(text, middle) ? middle.end : forename.end;
    return { start, end, words: middle && end === middle.end ? 3 : 2, capitalised: true };
  }
  // "PEARCE Linda", "ASHLEY CRUMP": at least one word in capitals (readName reads the ordinary shape).
  if (text.charCodeAt(first.end) !== 32) return undefined;
  const initial = surnameAndInitial(text, first);
  if (initial) return initial;
  const second = wordAt(text, first.end + 1);
  if (!second || labelAfter(text, second)) return undefined;
  if (!allCaps(first) || !(allCaps(second) || capitalised(second))) return undefined;
  // In capitals an everyday word ("MAY DAY", "GRACE PERIOD") cannot be told from a first name.
  const known = (w: Word): boolean => (allCaps(w) ? isPlainFirstName(w.word) : isFirstName(w.word));
  if (!known(first) && !known(second)) return undefined;
  return { start, end: second.end, words: 2, capitalised: true };
}

/**
 * "OWUSU K", "HUGHES D.": a surname in capitals and the forename's initial, as cards, exhibits and PNC print a name
 * (dev set 14 round). The role before it vouches for the name; the surname must have a vowel and be no English word
 * (an acronym or a word in capitals: "CCTV A", "ROOM B"), and the initial end the name.
 */
function surnameAndInitial(text: string, first: Word): NameSpan | undefined {
  if (!allCaps(first) || first.word.length < 3 || !/[AEIOUY]/.test(first.word) || !isSurnameShaped(first.word.toLowerCase())) return undefined;
  const m = /^ ([A-Z])\.?(?=$|[\s,;:)])/.exec(text.slice(first.end, first.end + 4));
  if (!m) return undefined;
  return { start: first.start, end: first.end + m[0].length, words: 2, capitalised: true };
}

/**
 * Thirteenth session: one or two initials before a surname, as cards, licences and registers print a name ("name on it
 * S R Bhatti", "name R J DALTON", "M. Osei"); read only after a role or naming word (name-roles.ts), which vouches for it.
 * The surname has a vowel and three letters or more; in capitals it must be no English word (an acronym: "A B PNC").
 */
const INITIALS_AND_SURNAME = /^(?:[A-Z]\.? ){1,2}(?=[A-Z])/;
export function initialsAndSurname(text: string, start: number): NameSpan | undefined {
  // A capital then a dot or a space before another capital, read by char code: most names after a role are whole words.
  const c1 = text.charCodeAt(start + 1);
  if (!isUpper(text.charCodeAt(start)) || (c1 !== 46 && c1 !== 32)) return undefined;
  const m = INITIALS_AND_SURNAME.exec(text.slice(start, start + 6));
  if (!m) return undefined;
  const surname = wordAt(text, start + m[0].length);
  if (!surname || surname.word.length < 3 || !/[AEIOUYaeiouy]/.test(surname.word) || labelAfter(text, surname)) return undefined;
  if (allCaps(surname) ? !isSurnameShaped(surname.word.toLowerCase()) : !capitalised(surname)) return undefined;
  return { start, end: surname.end, words: 2, capitalised: true };
}

/**
 * A custody cell's code right before a name as a custody record prints it ("Handover 0700: C1 DOHERTY Sean, epileptic";
 * dev set 14 round): the cell holds a detainee, as "cell 7:" is a role. Read only where a letter meets a digit (the
 * pre-pass's positions): "C" or "c", one or two digits, a space, then the record's shape (readRecordName: a surname in
 * capitals and a known first name).
 */
export function namesAfterCellCodes(text: string, letterDigitPositions: readonly number[], push: (start: number, end: number) => void): void {
  for (const p of letterDigitPositions) {
    if ((text.charCodeAt(p - 1) | 32) !== 99 || /[A-Za-z0-9]/.test(text.charAt(p - 2))) continue;
    const m = /^\d{1,2} (?=[A-Z]{2})/.exec(text.slice(p, p + 4));
    if (!m) continue;
    const name = readRecordName(text, p + m[0].length);
    if (name) push(name.start, name.end);
  }
}

/**
 * A list of initials and surnames under a heading that names a group of the public (dev set 9 round): offender
 * management and safeguarding lists are typed that way ("IOM tasking wk12: D. Hughes, K. Patel, S. Cartwright",
 * "MAPPA nominals: J Booth and R Dyer"). The heading's group vouches for every item, so no first name is needed;
 * without a dot after the initial the list needs two items ("A Smith" alone may be an article and a word).
 * Rotas and staff lists name no such group and are not read.
 */
// Not a bare "cohort" or "targets": recruits' cohorts and sales or crime targets are no people of interest.
const GROUP_HEADING = /\b(?:iom|integrated offender|nominals?|offenders?|suspects?|mappa|marac|persons? of interest|pois?|wanted|barred|banned)\b[^:\n]{0,30}$/;
const INITIAL_AND_SURNAME = /^([A-Z])(\.?) ?([A-Z][a-z][A-Za-z'’-]*)(?=$|[\s,;.)])/;
const LIST_SEPARATOR = /^(?:, ?|; ?| and | & )/;

/** Read from each colon back to its heading: a post has few colons, so no pass over the whole text. */
export function initialledNamesUnderGroups(lower: string, text: string, push: (start: number, end: number) => void): void {
  for (let colon = lower.indexOf(':'); colon >= 0; colon = lower.indexOf(':', colon + 1)) {
    if (!GROUP_HEADING.test(lower.slice(Math.max(0, colon - 50), colon))) continue;
    const items: Array<[number, number, boolean]> = [];
    let at = colon + 1;
    while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
    for (;;) {
      const item = INITIAL_AND_SURNAME.exec(text.slice(at, at + 40));
      if (!item || isStopWord(item[3])) break;
      items.push([at, at + item[0].length, item[2] === '.']);
      at += item[0].length;
      const sep = LIST_SEPARATOR.exec(text.slice(at, at + 5));
      if (!sep) break;
      at += sep[0].length;
    }
    if (items.length >= 2 || (items.length === 1 && items[0][2])) for (const [s, e] of items) push(s, e);
  }
}
