import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatchNear, isAsciiAlnum as isAlnum, isAsciiDigit, isAsciiLower, isAsciiUpper } from '../text-utils';

/**
 * Dateless plates (dev set 12 round): Great Britain's registrations before 1963 ("FHY 472", still on classic cars and
 * as cherished plates) and Northern Ireland's current ones ("AXZ 1234"): one to three letters and one to four digits,
 * with no year identifier. The shape is every code's ("RM 101", "ABC 123"), so it counts only in capitals and only
 * where the post calls it a plate: a plate word right before ("reg FHY 472", "VRM: AXZ 1234") or naming it later in its
 * sentence ("AXZ 1234?? is that even a real plate"). Read only around the letter-space-digit joints the plate rule visits.
 */
const DATELESS = /\b[A-PR-Z]{1,3} ?[1-9]\d{0,3}\b/g;
// Fifteenth session: a dot only as an abbreviation's ("reg.", "no."): "... an LPA registration. EXT 5528 if you can help"
// is a new sentence, not the registration's value.
const PLATE_WORD_BEFORE = /\b(?:(?:reg|regn)\b\.?|(?:registration|vrm|vrn|index|plate|number ?plate|private plate|cherished plate)\b)(?:[\s:#-]*(?:no\b\.?|number|is|was))?[\s:#-]*$/;
const PLATE_WORD_AFTER = /^[^.!\n]{0,40}?\b(?:plate|plates|reg|registration)\b/;
/**
 * Fourteenth session: a road named by its number. Britain numbers its roads A, B and M with one to four digits, and a road
 * is "the A61" ("on the A61", "off the M62"); a plate is no place one is on, so one of those letters and its digits, unspaced,
 * after "the" is the road, whatever plate word follows ("stopped on the A61, reg ...").
 */
const ROAD_NUMBER = /^[ABM]\d{1,4}$/;
const THE_BEFORE = /\bthe $/i;

/** Digits after a capital, or after a capital and a space: where a dateless plate's number starts. */
function afterCapital(text: string, starts: readonly number[]): number[] {
  const out: number[] = [];
  for (const p of starts) {
    const a = text.charCodeAt(p - 1);
    const b = a === 32 ? text.charCodeAt(p - 2) : a;
    if (b >= 65 && b <= 90) out.push(p);
  }
  return out;
}

/**
 * Fifteenth session: Northern Ireland's plates carry a code of two letters with an I or a Z after the serial letter
 * ("LFZ 2917", "AIG 4410"), which no British dateless plate or other code shares as often: with a vehicle word near
 * (the plate rule's own, passed in), that is a plate without "reg" or "plate" said.
 */
const NI_PLATE = /^[A-Z](?:AZ|BZ|CZ|DZ|FZ|GZ|HZ|IA|IB|IG|IJ|IL|IW|JI|JZ|KZ|LZ|MZ|NZ|OI|OZ|PZ|RZ|SZ|TZ|UI|UZ|VZ|WZ|XI|XZ|YZ) ?[1-9]\d{0,3}$/;

/** A year is no NI plate's number in practice that a sentence would not also read as a year ("disqualified til 2026"). */
function niPlate(raw: string, ctx: ScanContext, start: number, end: number, vehicleNear?: (before: string, after: string) => boolean): boolean {
  // The code's letters hold an I or a Z (a native test first: most capitals and digits are no NI plate).
  const a = raw.charCodeAt(1);
  const b = raw.charCodeAt(2);
  if (raw.length < 5 || (a !== 73 && b !== 73 && b !== 90)) return false;
  return NI_PLATE.test(raw) && !/ ?(?:19|20)\d\d$/.test(raw.slice(3)) && !CODE_LABEL_BEFORE.test(ctx.before(start, 20)) && vehicleNear !== undefined && vehicleNear(ctx.before(start, 50), ctx.after(end, 50));
}

/** A label of some other code right before ("van booking ref LFZ 2917", "door code AIZ 1234"): that code, not a plate. */
const CODE_LABEL_BEFORE = /\b(?:ref(?:erence)?|code|booking|order|ticket|id|pin|password|job)\b[\s:#.-]*$/;

export function datelessPlates(ctx: ScanContext, out: Candidate[], vehicleNear?: (before: string, after: string) => boolean): void {
  // The pre-pass runs on every post with letters; a post without letters has no plate.
  if (!ctx.digitStarts) return;
  const positions = afterCapital(ctx.text, ctx.digitStarts);
  if (positions.length === 0) return;
  eachMatchNear(DATELESS, ctx.text, positions, 4, 6, (m) => {
    const end = m.index + m[0].length;
    // Digits then letters or more digits straight after belong to another shape ("AB 12 CDE" is a current plate).
    // Fifteenth session: a lower-case word after a space is the sentence going on ("NI reg AXZ 4417 crossed the border");
    // capitals there may be the rest of a code or a shouted sentence, as before.
    const c0 = ctx.text.charCodeAt(end);
    const c1 = ctx.text.charCodeAt(end + 1);
    if (isAlnum(c0)) return;
    const spaced = c0 === 32 || c0 === 45;
    if (spaced && (isAsciiUpper(c1) || isAsciiDigit(c1))) return;
    const wordAfter = spaced && isAsciiLower(c1);
    if (ROAD_NUMBER.test(m[0]) && THE_BEFORE.test(ctx.before(m.index, 5))) return;
    if (!PLATE_WORD_BEFORE.test(ctx.before(m.index, 24))) {
      // A word right after, with the plate word only after it, is a model's name ("Audi A3 reg KX66 BZN").
      if (!(PLATE_WORD_AFTER.test(ctx.after(end, 60)) && !wordAfter) && !niPlate(m[0], ctx, m.index, end, vehicleNear)) return;
    }
    out.push({ type: 'vehicle_registration', start: m.index, end, confidence: 0.8, rule: 'vehicle_registration.dateless' });
  });
}

