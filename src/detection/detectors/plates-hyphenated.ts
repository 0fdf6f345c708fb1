import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { plateFormat } from '../validators/vehicle-registration';
import { isAsciiDigit as isDigit } from '../text-utils';

/**
 * Twelfth session: a current-format plate with a hyphen after the area letters too ("a white transit ML-62-HRU"), as
 * people copy a plate's three blocks. The plate rule (vehicle-registration.ts) reads a hyphen only between the age
 * digits and the letters, and only near a letter-digit joint, which this spelling has none of. Part and stock codes are
 * written so as well, so it counts only with a vehicle word or a colour near it (`vehicleNear`, the plate rule's
 * context), and the age identifier must be one a plate can carry (plateFormat). Read by char codes at each hyphen (no
 * regex): most posts have hyphens, few have this shape.
 */
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Letters, digits and hyphens continue a code: the plate must stand alone. */
const joins = (c: number): boolean => isLetter(c) || isDigit(c) || c === 45;

/** `otherCode`: whether the shape at start..end is a code of another kind by its neighbours (plate-other-codes.ts). */
export function hyphenatedPlates(
  ctx: ScanContext, out: Candidate[], vehicleNear: (before: string, after: string) => boolean, year?: number, otherCode?: (start: number, end: number) => boolean,
): void {
  const { text } = ctx;
  // "ML-62-HRU": the first hyphen at p, two letters before it, two digits and a hyphen after, three letters.
  // Thirteenth session: or the hyphen after the area letters only, the letters joined or spaced ("ML-62HRU", "ML-62 HRU").
  for (let p = text.indexOf('-', 2); p >= 0; p = text.indexOf('-', p + 1)) {
    const c = (k: number): number => text.charCodeAt(p + k);
    if (!isDigit(c(1)) || !isDigit(c(2)) || !isLetter(c(-1)) || !isLetter(c(-2)) || joins(c(-3))) continue;
    const gap = c(3) === 45 || c(3) === 32 ? 1 : 0;
    if (!isLetter(c(3 + gap)) || !isLetter(c(4 + gap)) || !isLetter(c(5 + gap)) || joins(c(6 + gap))) continue;
    const start = p - 2;
    const end = p + 6 + gap;
    const raw = text.slice(start, end);
    if (plateFormat(raw, year) !== 'current') continue;
    if (!vehicleNear(ctx.before(start, 50), ctx.after(end, 50)) || otherCode?.(start, end)) continue;
    const upper = raw === raw.toUpperCase();
    out.push({ type: 'vehicle_registration', start, end, confidence: upper ? 0.9 : 0.7, rule: 'vehicle_registration.hyphenated' });
  }
}

/** A letter, a hyphen and a digit somewhere in `text` ("ml-62"): where a hyphenated plate could stand. Native, per hyphen. */
export function letterHyphenDigit(text: string): boolean {
  for (let p = text.indexOf('-', 1); p >= 0; p = text.indexOf('-', p + 1)) {
    if (isLetter(text.charCodeAt(p - 1)) && isDigit(text.charCodeAt(p + 1))) return true;
  }
  return false;
}
