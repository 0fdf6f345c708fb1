import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear, isAsciiDigit, isAsciiUpper } from '../text-utils';
import { plateFormat, type PlateFormat } from '../validators/vehicle-registration';
import { THREE_LETTER_WORDS } from './plate-words.generated';
import { datelessPlates } from './dateless-plates';
import { hyphenatedPlates, letterHyphenDigit } from './plates-hyphenated';
import { namedAsAnotherCode, partOfLongerCode } from './plate-other-codes';

/**
 * Number plates. The current format is distinctive enough alone; prefix and suffix
 * plates look like many other codes, so they need vehicle context nearby.
 */
/** Written with a space, a hyphen ("YR19-KDF") or nothing between the halves. */
// Fourteenth session (core27): a prefix plate's year letter may stand apart in capitals ("Y 712 KDF"), as on the plate.
const PLATE = /\b(?:[A-Za-z]{2} ?\d{2}[ -]?[A-Za-z]{3}|[A-Za-z] ?\d{1,3}[ -]?[A-Za-z]{3}|[A-Za-z]{3}[ -]?\d{1,3}[A-Za-z])\b/g;
/**
 * Vehicle words, and (dev set 14 round) what happens to a plate after a stop: its owner, its recovery ("Recovery of K291 DVT
 * arranged, owner ..."), a PNC check and what it "comes back to" ("PNC on R474 KLM comes back to ...").
 */
// Fifteenth session: "VRN" (vehicle registration number) as "VRM", "veh" as vehicle, and "numberplate" as one word.
// Thirteenth session: the commonest models on British roads that are no English word (mondeo, sprinter, qashqai, ...; the
// older list had corsa, astra, focus, fiesta, golf, polo), and a dashcam, which films from a vehicle ("dashcam shows
// fn63-zpa going through the red").
// Twentieth session: a vehicle's parts and its parking permit name the vehicle as "car" does ("badge in the windscreen of
// bx63 pnu", "tyres slashed on ...", "clamped").
const CONTEXT =
  /\b(?:windscreens?|windshields?|bonnet|tyres?|dashboard|wing mirrors?|hubcaps?|exhaust|clamped|blue badge|reg|regn|registration|registered|vrm|vrn|veh|index|plate|plates|numberplates?|vehicle|car|van|cars|vans|vehicles|truck|trucks|lorries|minibus|motorbike|moped|motorcycle|lorry|hgv|taxi|transit|vauxhall|ford|bmw|audi|mercedes|vw|volkswagen|toyota|nissan|honda|kia|hyundai|peugeot|renault|skoda|seat|fiat|mini|land rover|range rover|corsa|astra|focus|fiesta|golf|polo|mondeo|sprinter|qashqai|clio|octavia|kuga|zafira|micra|yaris|insignia|anpr|dash ?cams?|driven|driving|parked|stolen|keeper|dvla|hatchback|saloon|estate|4x4|suv|pickup|tipper|scooter|driver|drivers|drive|drives|drove|drink ?driv\w*|speeding|pursuit|stinger|fleet|insurance|insured|uninsured|mot|taxed|untaxed|towed|getting into|got into|get into|owner|owners|recovery|recovered|pnc(?:'?d)?|comes? back to|came back to)\b/;
/**
 * Traffic policing: a road number ("M6", "A449"), speed checks, failing to stop. Road numbers are
 * plate-shaped themselves ("A34 and") and share "A4"/"A3" with paper and cars, so this context only
 * vouches for a plate of the current format (two letters, two digits, three letters).
 */
const TRAFFIC = /\b(?:fail(?:ed|ing)? to stop|fts|clocked|speed gun|speed check|mph|[am]\d{1,4}(?:\(m\))?)\b/;

/**
 * In lower case, digits then "k" or "m" are a count ("had 40k views", "has 190k miles", "2m"), not a suffix plate's year letter.
 */
const QUANTITY = /\d[km]$/;
/**
 * A prefix plate (R474 KLM) in capitals whose letter no road or junction number starts with (A, B, M roads; J for
 * junctions) cannot be a road number itself ("A34 AND" in a shouted post can), so traffic words vouch for it too
 * ("N492 KLP hare coursing on the A523").
 */
const ROAD_LETTER = /^[ABMJ]/;

/**
 * A prefix or suffix plate typed in lower or mixed case whose three letters are an everyday word ("come off at j15 for
 * the services", "room b12 has the van keys", "the M6 and"): a code and a word, not a plate. Capitals are left alone
 * (a shouted post is all capitals, and real plates carry words too).
 */
const EVERYDAY_WORDS = new Set(THREE_LETTER_WORDS);
const MODEL_NUMBER = /^[A-Z]{3} ?\d{1,3}[a-z]$/;

function isEverydayWord(raw: string, format: 'prefix' | 'suffix'): boolean {
  const letters = (format === 'prefix' ? /[A-Za-z]{3}$/ : /^[A-Za-z]{3}/).exec(raw);
  return letters !== null && EVERYDAY_WORDS.has(letters[0].toLowerCase());
}

/**
 * Fourteenth session: a two-letter word, a day of the month and a month's short name, spaced as prose ("on 24 May",
 * "BY 3 OCT", "fr 14 mar"): a date, though the current plate format (area letters, age, three letters) spells it too.
 */
const DATE_PHRASE = /^(?:on|by|to|at|in|of|mo|tu|we|th|fr|sa|su) (?:[1-9]|0[1-9]|[12]\d|3[01]) (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;

/** A day's short name, the last three letters of a lower-case current shape read as a rota's date (review16). */
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)$/i;

/** A colour just before: how a vehicle is described ("a silver corsa KX19 PLU", "blue L200 ek66 vwn"). */
const COLOUR_BEFORE = /\b(?:silver|black|white|red|blue|grey|gray|green|yellow|orange|purple|gold|maroon|beige|brown)\b[^.,;!?]{0,20}$/;

export function detectVehicleRegistrations(ctx: ScanContext, out: Candidate[], year?: number): void {
  if (!ctx.hasDigit) return;
  // Where a letter meets a digit ("KX19"), or with one space between ("MK 63 RTY").
  let at = ctx.letterSpaceDigitPositions.length === 0 ? ctx.letterDigitPositions : mergeSorted(ctx.letterDigitPositions, ctx.letterSpaceDigitPositions);
  // A lone capital, a space and digits ("Y 712 KDF"): a native loop over the digit groups' starts.
  const lone = ctx.hasUpper ? loneCapitalBeforeDigits(ctx.text, ctx.digitStarts) : undefined;
  if (lone) at = mergeSorted(at, lone);
  const otherCode = (start: number, end: number): boolean =>
    partOfLongerCode(ctx.text, start, end) || namedAsAnotherCode(ctx.text.slice(Math.max(0, start - 80), start), CONTEXT);
  // Plates read without vehicle words near them, kept aside until the post is known to be about vehicles.
  let unvouched: Array<{ start: number; end: number; format: PlateFormat; upper: boolean }> | undefined;
  let vouched = false;
  eachMatchNear(PLATE, ctx.text, at, 5, 10, (m) => {
    const raw = m[0];
    const upper = raw === raw.toUpperCase();
    // A lone year letter apart from its digits is read only in capitals (below, prefix plates only): no format check first.
    const spacedLetter = raw.charCodeAt(1) === 32;
    if (spacedLetter && !upper) return;
    const format = plateFormat(raw, year);
    if (!format) return;
    if (spacedLetter && format !== 'prefix') return;
    // The shape-only rejections first, before the context slices.
    if (!upper && format === 'suffix' && QUANTITY.test(raw)) return;
    if (format === 'current' && raw.charCodeAt(2) === 32 && DATE_PHRASE.test(raw)) return;
    // Eleventh session: three capitals and a lower-case last letter is how a car's model is written ("BMW 330e", "320d",
    // "118i"): a plate is typed in one case.
    if (format === 'suffix' && MODEL_NUMBER.test(raw)) return;
    if (!upper && format !== 'current' && isEverydayWord(raw, format)) return;
    // Sixteenth session: the current format in lower case ending in an everyday word is a clause ("see you at 10 the
    // latest", "gate kw19 the far end"): digits then "the", "and", "for" are prose, whichever letters stand before.
    // Review16: so is a day's short name after a week number, as rotas write dates ("van rota wk12 tue", "cw23 mon").
    if (!upper && format === 'current' && (EVERYDAY_WORDS.has(raw.slice(-3).toLowerCase()) || WEEKDAY.test(raw.slice(-3)))) return;
    // Twenty-first session (prec21): part of a longer code, or a stock, course or filing code by its sentence (plate-other-codes.ts).
    if (otherCode(m.index, m.index + raw.length)) return;
    const before = ctx.before(m.index, 50);
    // Vehicle words after the plate reach as far as those before ("bd51 smr can someone run that, it was parked ...").
    const after = ctx.after(m.index + raw.length, 50);
    // A road number then a numbered label ("RTC A58 VEH 1 FD65 WXC", "A34 JCT 5"): the letters name the number after them.
    if (format === 'prefix' && ROAD_LETTER.test(raw) && /^ \d/.test(after)) return;
    const context =
      CONTEXT.test(before) ||
      COLOUR_BEFORE.test(before) ||
      CONTEXT.test(after) ||
      ((format === 'current' || (format === 'prefix' && upper && !ROAD_LETTER.test(raw))) && (TRAFFIC.test(before) || TRAFFIC.test(after)));
    // A plate kept on its own shape (the current format in capitals) says the post is about vehicles as well.
    if (context || (format === 'current' && upper)) vouched = true;
    if (!context) (unvouched ??= []).push({ start: m.index, end: m.index + raw.length, format, upper });
    let confidence: number;
    if (format === 'current') confidence = context ? 0.95 : 0.75;
    else confidence = context ? 0.85 : 0.3;
    if (!upper) confidence = context ? confidence - 0.2 : 0.2;
    out.push({ type: 'vehicle_registration', start: m.index, end: m.index + raw.length, confidence, rule: `vehicle_registration.${format}` });
  });
  if (vouched && unvouched) carryVehicleContext(unvouched, out);
  // Whether the post names a vehicle anywhere, asked once and only for a plate without one near it.
  let inPost: boolean | undefined;
  const vehicleInPost = (): boolean => (inPost ??= CONTEXT.test(ctx.lower));
  if (unvouched) vehicleWordInPost(ctx.text, unvouched, out, vehicleInPost);
  const vehicleNear = (before: string, after: string): boolean => CONTEXT.test(before) || COLOUR_BEFORE.test(before) || CONTEXT.test(after);
  datelessPlates(ctx, out, vehicleNear);
  // Sixteenth session: three blocks joined by hyphens are a plate's print, so the vehicle may be named anywhere in the post.
  hyphenatedPlates(ctx, out, (before, after) => vehicleNear(before, after) || vehicleInPost(), year, otherCode);
}

/**
 * Sixteenth session: a current-format plate typed as one ("cn70 hdo", "ma70fvk", the area letters joined to the age
 * digits) in a post that names a vehicle further off than the 50 characters read around it ("Car parked on the zigzags
 * outside the school every single morning - cn70 hdo"): people set the plate at the end of the sentence about the car,
 * or name the keeper a sentence later. Prose in lower case spells the shape spaced ("at 10 the"), so the joined digits
 * are required (in lower case the three letters are no everyday word: the plate rule has already let those go).
 */
function vehicleWordInPost(text: string, unvouched: ReadonlyArray<{ start: number; end: number; format: PlateFormat; upper: boolean }>, out: Candidate[], vehicleInPost: () => boolean): void {
  for (const u of unvouched) {
    if (u.format !== 'current' || !isAsciiDigit(text.charCodeAt(u.start + 2))) continue;
    if (!vehicleInPost()) return;
    const c = out.find((o) => o.type === 'vehicle_registration' && o.start === u.start && o.end === u.end);
    if (c) c.confidence = Math.max(c.confidence, u.upper ? 0.9 : 0.7);
  }
}

/**
 * Fourteenth session (core27): a post whose plate has vehicle words beside it is about vehicles, so its other plates need
 * none ("Tracker on YX19 KLP ... same fault as yx19kln last month", "Old plate spotted: P417 HKD and a vintage one DGK
 * 283T"). Only the current format in any case and capital prefix or suffix plates no road letter opens, as TRAFFIC reads.
 */
function carryVehicleContext(unvouched: ReadonlyArray<{ start: number; end: number; format: PlateFormat; upper: boolean }>, out: Candidate[]): void {
  for (const u of unvouched) {
    if (u.format !== 'current' && !u.upper) continue;
    const c = out.find((o) => o.type === 'vehicle_registration' && o.start === u.start && o.end === u.end);
    if (c) c.confidence = Math.max(c.confidence, u.format === 'current' ? (u.upper ? 0.9 : 0.7) : 0.8);
  }
}

/** Where digits follow a lone capital and a space, or undefined when nowhere (most posts: no array). */
function loneCapitalBeforeDigits(text: string, digitStarts: readonly number[] | undefined): number[] | undefined {
  let out: number[] | undefined;
  if (!digitStarts) return out;
  for (const i of digitStarts) {
    if (i < 2 || text.charCodeAt(i - 1) !== 32) continue;
    const c = text.charCodeAt(i - 2);
    if (!isAsciiUpper(c)) continue;
    const b = i >= 3 ? text.charCodeAt(i - 3) | 32 : 32;
    if (b < 97 || b > 122) (out ??= []).push(i);
  }
  return out;
}

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++]);
  return out;
}

/** The vehicle registration detector: its types, cue words and entry point (collected by registry.ts). */
export const vehicleRegistrationDetector = defineDetector({
  id: 'vehicle_registration',
  types: {
    vehicle_registration: { label: 'a vehicle registration', severity: 'medium', topic: 'personal_information' },
  },
  // A capital before a digit group may open a dateless plate ("FHY 472", dateless-plates.ts).
  // Sixteenth session: or a letter, a hyphen and a digit ("vk-17-opa" in a post all in lower case, plates-hyphenated.ts),
  // which the gate did not see: the rule found such a plate only with the prefilter off (prefilter-equivalence test).
  needs: (c) => c.hasDigit && (c.hasLetterDigit || c.letterSpaceDigitPositions.length > 0 || c.hasUpper || letterHyphenDigit(c.text)),
  run: (ctx, out) => detectVehicleRegistrations(ctx, out),
});
