import { isLetterCode, isWordCharCode } from './text-utils';

/**
 * Labels typed against their value with no space between ("passport678401253", "acc40936158", "s/c11-04-29",
 * "nhs no8664549710", "ni noHR276405B", "ring07867102934"): fast thumbs drop the space, so a value glued to the
 * word that names it is as sure as one set off from it. Each detector asks only about a candidate it already
 * has (a number run, an ID shape), so no pass over the post is added; a glued word that is no label of the
 * value's type ("REF0770...", "abc123456789") leaves the value glued and unread, as before.
 */

/** How far back a glued label is read: the longest label here ("passportnumber") and a little more. */
const LABEL_REACH = 16;

/**
 * The letters typed against `start` (lower-cased), with a slash between letters kept ("s/c", "a/c"); '' when
 * the character before `start` is no letter, or the letters themselves follow a digit (then they are the middle
 * of a longer code, such as "AB12CD345678").
 */
export function gluedWordBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < LABEL_REACH) {
    const c = text.charCodeAt(i - 1);
    const slashInWord = c === 47 && i < start && i >= 2 && isLetterCode(text.charCodeAt(i - 2));
    if (!isLetterCode(c) && !slashInWord) break;
    i--;
  }
  if (i === start || (i > 0 && isWordCharCode(text.charCodeAt(i - 1)))) return '';
  return text.slice(i, start).toLowerCase();
}

/** The letters typed against `end` (lower-cased): "asap" in "07867102934asap"; '' when none. */
export function gluedWordAfter(text: string, end: number): string {
  let i = end;
  while (i < text.length && i - end < LABEL_REACH && isLetterCode(text.charCodeAt(i))) i++;
  if (i === end || (i < text.length && isWordCharCode(text.charCodeAt(i)))) return '';
  return text.slice(end, i).toLowerCase();
}

/** Each type's labels as typed against the value; the detector still asks its own context too. */
export const GLUED_LABELS = {
  passport: /^passport(?:no|num|number)?$/,
  nhs_number: /^(?:nhs|no|num|number)$/,
  account: /^(?:acc|acct|account|a\/c)$/,
  // Not "sc": "SC309634" is a Scottish company's number as Companies House writes it.
  sort_code: /^(?:s\/c|sort|sortcode)$/,
  nino: /^(?:ni|nino|no|number)$/,
  /** Verbs and labels a phone number is typed against ("ring07...", "mob07...", "is+447..."). */
  phone: /^(?:ring|call|text|txt|tel|mob|mobile|phone|number|no|on|is|whatsapp)$/,
} as const;
