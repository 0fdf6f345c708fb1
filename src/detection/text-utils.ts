/** Small character helpers shared by detectors; char-code based to stay allocation-free. */
export function isWordCharCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 191;
}

export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
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
