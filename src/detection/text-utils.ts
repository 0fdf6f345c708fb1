/** Small character helpers shared by detectors; char-code based to stay allocation-free. */
export function isWordCharCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || isOtherLetter(c);
}

/** ASCII digit, lower-case and capital letter codes: the case changes and digit runs rules read char by char. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isAsciiLetter = (c: number): boolean => isAsciiLower(c) || isAsciiUpper(c);
export const isAsciiAlnum = (c: number): boolean => isAsciiDigit(c) || isAsciiLetter(c);

export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || isOtherLetter(c);
}

/**
 * Accented Latin, Greek, Cyrillic and other alphabets count as letters; emoji (surrogate
 * pairs), punctuation and symbols (U+2000 on) do not, so a value right next to an emoji
 * or a curly quote is still bounded ("07700900215😀", "“AB12 CDE”").
 */
function isOtherLetter(c: number): boolean {
  return c > 191 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || (c >= 0x2c00 && c < 0xd800) || (c >= 0xf900 && c < 0xfe00));
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator, as String.prototype.trim reads them too), for char loops that replace a regex. */
export function isRegexSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** How many ASCII digits `s` has (`s.replace(/\D/g, '').length`, without a regex run per non-digit). */
export function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** True when the characters either side of [start, end) are not letters or digits. */
export function isBounded(text: string, start: number, end: number): boolean {
  return (start === 0 || !isWordCharCode(text.charCodeAt(start - 1))) && (end >= text.length || !isWordCharCode(text.charCodeAt(end)));
}

/** Runs a global regex over text and calls fn per match; resets lastIndex so shared regexes are safe. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * Runs a global regex only in windows around the given offsets ([p - before, p + after],
 * merged, widened to word edges so \b behaves as on the whole text) and calls fn with
 * absolute match offsets. Keeps detectors linear: text far from any cue is never scanned.
 */
export function eachMatchNear(
  re: RegExp,
  src: string,
  positions: readonly number[],
  before: number,
  after: number,
  fn: (m: RegExpExecArray) => void,
): void {
  if (positions.length === 0) return;
  const n = src.length;
  let i = 0;
  let lastEnd = -1;
  while (i < positions.length) {
    let start = Math.max(0, positions[i] - before);
    let end = Math.min(n, positions[i] + after);
    i++;
    while (i < positions.length && positions[i] - before <= end) {
      end = Math.min(n, Math.max(end, positions[i] + after));
      i++;
    }
    for (let k = 0; k < 30 && start > 0 && isWordCharCode(src.charCodeAt(start - 1)); k++) start--;
    for (let k = 0; k < 30 && end < n && isWordCharCode(src.charCodeAt(end)); k++) end++;
    const window = src.slice(start, end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      m.index += start;
      // Windows never overlap after merging, but keep matches strictly increasing anyway.
      if (m.index >= lastEnd) {
        lastEnd = m.index + m[0].length;
        fn(m);
      }
    }
  }
}

/** A list item's line: a bullet ("-", "•", "*") or a number and "." or ")" opening it (after a little indent). */
const LIST_ITEM = /^[ \t]{0,4}(?:[-•*–]|\d{1,2}[.)])\s/;
/**
 * Ninth session: the header of the list whose item holds `start` (lower-cased), or '' when `start` is on no list item.
 * A list's header names what each item is ("GP shared NHS numbers" over "- twin 1: ...", "- twin 2: ..."), however many
 * items come between; read back over at most `maxItems` item lines within `reach` characters (only that window is read,
 * so a post of many numbers on one long line costs no more per number).
 */
export function listHeader(lower: string, start: number, maxItems = 8, reach = 400): string {
  const from = Math.max(0, start - reach);
  const win = lower.slice(from, start);
  let lineEnd = win.length;
  let lineStart = win.lastIndexOf('\n') + 1;
  for (let items = 0; items <= maxItems; items++) {
    // A line cut by the window's start is not known to open where it seems to.
    if (lineStart === 0 && from > 0) return '';
    const line = win.slice(lineStart, Math.min(lineEnd, lineStart + 12));
    if (!LIST_ITEM.test(line)) return items === 0 ? '' : win.slice(lineStart, lineEnd);
    if (lineStart === 0 || items === maxItems) return '';
    lineEnd = lineStart - 1;
    lineStart = win.lastIndexOf('\n', lineEnd - 1) + 1;
  }
  return '';
}

/** `s.split(/[ ,]+/)` without a regex: the pieces between runs of spaces and commas (empty at an end that is one). */
export function splitOnSpacesAndCommas(s: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 44) {
      i++;
      continue;
    }
    pieces.push(s.slice(from, i));
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 44)) i++;
    from = i;
  }
  pieces.push(s.slice(from));
  return pieces;
}
