import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { isWordCharCode } from '../text-utils';
import { IBAN_LENGTHS } from '../validators/iban';

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Ninth session: an IBAN whose account part is mostly letters ("RO47 RNCB YU8S MNHS FAJ1 XB21": Romania, Qatar, Malta ...
 * register letters and digits) has no run of six digits for the run-led pass of pattern-ids.ts to start from. Read from where the
 * pre-pass saw letters meet digits: two capitals opening a word, then the two check digits, a registered country,
 * and the full check (registered length and mod 97), which no chance string of capitals passes.
 */
/** Registered IBAN lengths by the country's two capitals as (a - 65) * 26 + (b - 65): no string is sliced per joint. */
const IBAN_LENGTH_BY_CODE = new Uint8Array(26 * 26);
for (const [cc, len] of Object.entries(IBAN_LENGTHS)) IBAN_LENGTH_BY_CODE[(cc.charCodeAt(0) - 65) * 26 + cc.charCodeAt(1) - 65] = len;

/**
 * The registered length of an IBAN that may open at the letter-digit joint `p` (two capitals of a registered country
 * opening a word, then two digits), or 0.
 */
function ibanLengthAt(text: string, p: number): number {
  const s = p - 2;
  if (s < 0 || (s > 0 && isWordCharCode(text.charCodeAt(s - 1))) || !isDigitCode(text.charCodeAt(p)) || !isDigitCode(text.charCodeAt(p + 1))) return 0;
  const a = text.charCodeAt(s) - 65;
  const b = text.charCodeAt(s + 1) - 65;
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? IBAN_LENGTH_BY_CODE[a * 26 + b] : 0;
}

/** The prefilter's question: could an IBAN open anywhere (the pre-pass's letter-digit joints, a few character reads each)? */
export function mayHoldIban(ctx: ScanContext): boolean {
  return ctx.hasUpper && ctx.letterDigitPositions.some((p) => ibanLengthAt(ctx.text, p) > 0);
}

/** ISO 7064 mod 97 step for one IBAN character (a letter counts as two digits, A = 10). */
const mod97 = (rem: number, c: number): number => (c >= 65 ? (rem * 100 + c - 55) % 97 : (rem * 10 + c - 48) % 97);

/**
 * The end of an IBAN of the registered length opening at `s` (groups of any size set apart by single spaces, the check
 * digits right), or -1: read in one loop with no string built, as a post may hold a great many joints.
 */
function ibanEndAt(text: string, s: number, len: number): number {
  let rem = 0;
  let count = 4;
  let i = s + 4;
  let space = false;
  while (count < len && i < text.length) {
    let c = text.charCodeAt(i);
    if (c === 32 && !space) {
      space = true;
      i++;
      continue;
    }
    if (c >= 97 && c <= 122) c -= 32;
    if (!((c >= 65 && c <= 90) || isDigitCode(c))) return -1;
    rem = mod97(rem, c);
    count++;
    space = false;
    i++;
  }
  if (count !== len || (i < text.length && isWordCharCode(text.charCodeAt(i)))) return -1;
  for (let k = s; k < s + 4; k++) rem = mod97(rem, text.charCodeAt(k));
  return rem === 1 ? i : -1;
}

export function ibansOfLetters(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  // IBANs already read, in order: candidates come left to right, so one pointer walks them.
  const found = out.filter((c) => c.type === 'iban').sort((x, y) => x.start - y.start);
  let k = 0;
  let lastEnd = -1;
  for (const p of ctx.letterDigitPositions) {
    const len = ibanLengthAt(text, p);
    if (len === 0) continue;
    const s = p - 2;
    while (k < found.length && found[k].end <= s) k++;
    if (s < lastEnd || (k < found.length && found[k].start <= s)) continue;
    const end = ibanEndAt(text, s, len);
    if (end < 0) continue;
    lastEnd = end;
    out.push({ type: 'iban', start: s, end, confidence: 0.97, rule: 'iban.mod97' });
  }
}
