import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { RANK_BEFORE } from './name-positions';
import { isEnglishWord, isSurnameShaped } from './name-surnames';
import { isFirstName, isPlainFirstName, isStopWord } from './name-tokens';
import { isAsciiUpper as isUpper, isAsciiLower as isLower } from '../text-utils';

/**
 * "SURNAME, Forename" (dev set 12 round): police and partner systems print a person surname first, the surname in
 * capitals ("PER: OKAFOR, Emeka", "Victim: GRANT, Leon", "NOK: MENSAH, Abena (mother)", a wristband's "WALKER, JOANNE").
 * The shape is the record's own, so it needs no role word before it (name-records.ts reads it only after one): a
 * surname in capitals, a comma, and a known first name. The surname must be no English word ("THANKS, Dave", "URGENT,
 * Sarah"), unless it opens a field of a record (after ':' or '|', or at a line's start: "Keeper: LEE, William"), where
 * surnames that are also words ("WALKER", "FISHER") are printed the same way. Not after a rank ("PC JONES, Sarah"),
 * nor before a job title in brackets ("HALL, Jenny (Property Officer)": a colleague, as name-positions' departments), nor
 * under a staff list's heading (rota, attendees, apologies, course) or in a post about staff.
 * Read from each comma that follows a capital letter: no pass over the post but the native comma search.
 */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

const JOB_AFTER = /^\s*\((?:[A-Z][A-Za-z&]*\s?){1,4}\)/;

/** Staff lists print colleagues surname first too ("Attendees: JONES, Sarah; SMITH, Paul", "Rota: ..."). */
const STAFF_LIST = /\b(?:rota|attendees|present|apologies|cohort|shift pattern|on duty|duties|course|training)\b[^\n|]*$/;

export function namesInRecordFormat(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const { text, lower } = ctx;
  // A post shouted in capitals gives no record its own case: only a forename in ordinary case is read there.
  let shouted: boolean | undefined;
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    if (!isUpper(text.charCodeAt(comma - 1))) continue;
    let start = comma - 1;
    while (start > 0 && (isUpper(text.charCodeAt(start - 1)) || isJoiner(text.charCodeAt(start - 1)))) start--;
    if (!isUpper(text.charCodeAt(start)) || isLower(text.charCodeAt(start - 1)) || comma - start < 3) continue;
    let f = comma + 1;
    if (text.charCodeAt(f) === 32) f++;
    if (!isUpper(text.charCodeAt(f))) continue;
    let end = f + 1;
    while (end < text.length && (isLower(text.charCodeAt(end)) || isUpper(text.charCodeAt(end)) || isJoiner(text.charCodeAt(end)))) end++;
    const surname = text.slice(start, comma);
    const forename = text.slice(f, end);
    const capitals = !/[a-z]/.test(forename);
    if (capitals && (shouted ??= !/[a-z]{3}/.test(text))) continue;
    // In capitals a forename that is also a word or an acronym ("UHNM, CAD 3391") cannot be told from it.
    if (capitals ? !isPlainFirstName(forename) || isEnglishWord(forename) : !/^[A-Z][a-z'’-]+$/.test(forename) || !isFirstName(forename)) continue;
    if (isStopWord(surname) || /^\s*:/.test(text.slice(end, end + 3))) continue;
    if (!isSurnameShaped(surname, 3) && !opensField(text, start)) continue;
    // A job title or department in brackets after the name marks a colleague ("Run by: HALL, Jenny (Property Officer)").
    if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || JOB_AFTER.test(text.slice(end, end + 40))) continue;
    // The heading anywhere before on the name's line (and field): a list runs on.
    if (STAFF_LIST.test(lower.slice(Math.max(0, start - 200), start)) || staffPost()) continue;
    out.push({ type: 'person_name', start, end, confidence: 0.7, rule: 'person_name.record_format' });
  }
}

/** The word at `start` opens a record's field: after ':' or '|' (spaces between), or at the start of a line. */
function opensField(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 58 || c === 124 || c === 10;
}
