import { PhoneNumber, parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import minMetadata from 'libphonenumber-js/min/metadata';
import { defineDetector, needs, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import type { NumberRun } from '../number-runs';
import { isWordCharCode } from '../text-utils';
import { inStaffSignature, organisationsNumber } from './phone-organisation';
import { SPOKEN_NUMBER_CUES } from '../spoken-numbers';
import { GLUED_LABELS, gluedWordAfter, gluedWordBefore } from '../glued-labels';

/**
 * UK phone numbers (mobile, landline, +44) and explicit international numbers.
 * libphonenumber-js (region GB metadata) decides whether a number is possible.
 * isPossible() (not isValid()) is the test: Ofcom's drama ranges and newly allocated
 * blocks must count, not only numbers in the library's allocation tables.
 * Full parsing costs ~30-40 µs (it compiles metadata regexes per call and, for +44,
 * tries GB/GG/IM/JE), so UK candidates are checked with PhoneNumber('+44' + national)
 * (~0.6 µs, same metadata) and full parsing is kept for the rare non-UK numbers.
 */
// The JSON import is typed structurally by TypeScript; it is the library's own MetadataJson.
const metadata = minMetadata as unknown as MetadataJson;
/** The (country, national number) constructor exists at runtime but not in the typings. */
const NationalPhoneNumber = PhoneNumber as unknown as new (country: string, national: string, md: MetadataJson) => PhoneNumber;

/**
 * libphonenumber's isPossible() for a fixed region depends on the national number's
 * length (and, for shared calling codes, its leading digits), yet costs microseconds per
 * call. Its answers are memoised per (length, leading four digits): exact, and tiny.
 */
const possibleCache = new Map<string, boolean>();
function isPossibleGb(national: string): boolean {
  const key = `${national.length}:${national.slice(0, 4)}`;
  let v = possibleCache.get(key);
  if (v === undefined) {
    v = new NationalPhoneNumber('GB', national, metadata).isPossible();
    if (possibleCache.size > 20_000) possibleCache.clear();
    possibleCache.set(key, v);
  }
  return v;
}

const POSITIVE = /\b(?:caller id|call|ring|rang|tel|telephone|phone|mobile|mob|number|no\.?|contact|text|txt|whats ?app|landline|reach|fax|dial)\b/;
/**
 * Fifteenth session: a mobile as networks and comms data returns print it, the country code without its plus
 * ("MSISDN: 447700900812", a CSV column "MSISDN" over "447700900812"): twelve digits opening 447, under a phone label.
 */
const MSISDN_LABEL = /\b(?:msisdn|mobile|mob|tel|telephone|phone|cli)(?: no\.?| number)?[\s:#=-]*$/;
const PERSONAL = /\b(?:my|me|his|her|their|mum|dad|home|personal|mobile|mob|whats ?app|private)\b/;
/** "ID" before a number marks an identifier, except "caller ID", which is how phones show the calling number. */
const NEGATIVE = /\b(?:ext|extn|extension|room|ref|reference|job|invoice|order|nhs|account|acc|a\/c|sort code|card|crime|incident|log|urn|occurrence|serial|isbn|ticket|(?<!caller )id)\b[^0-9]{0,12}$/;

/**
 * "his number on the order is 0113 ...", "her mobile on the job sheet is ...": someone's own number named
 * before a document word tells whose number follows; the document word then names where it is written,
 * not the number (as "order 0113..." or "ref ..." would).
 */
const OWNED_NUMBER = /\b(?:my|his|her|their|your|mum's|dad's)\s+(?:(?:home|mobile|personal|contact|phone)\s+)?(?:number|no|mobile|mob|phone|landline|tel)\b/;
function ownedBefore(ctx: ScanContext, run: NumberRun, negativeFromEnd: number): boolean {
  const wide = ctx.before(run.start, 50);
  const m = OWNED_NUMBER.exec(wide);
  // No other number between: "my number is 01632 960001, ref 0113 ..." names the first, not the second.
  return m !== null && m.index + m[0].length <= wide.length - negativeFromEnd && !/\d/.test(wide.slice(m.index));
}

export function detectPhones(ctx: ScanContext, out: Candidate[]): void {
  for (const run of ctx.runs) {
    if (run.digitCount < 9 || run.digitCount > 14) continue;
    if (!bounded(ctx.text, run)) {
      const c = gluedMobile(ctx.text, run) ? classify(ctx, run) : undefined;
      if (c && c.rule === 'phone.uk_mobile') out.push({ ...c, confidence: c.confidence - 0.1 });
      continue;
    }
    const c = classify(ctx, run);
    if (c) out.push(c);
  }
}

/**
 * "ring07700900123", "is+447700900123": a UK mobile (07 and nine more digits, or +447 and nine more) typed against
 * the word before it. Only a lower-case word may touch it (codes such as "REF07700900123" are upper case). The end
 * must be bounded as usual, unless the word before is a phone's own label or verb: then a word typed against the
 * end too ("ring07867102934asap") is the rest of the sentence, not the rest of a code.
 */
function gluedMobile(text: string, run: NumberRun): boolean {
  const before = run.start > 0 ? text.charCodeAt(run.start - 1) : 32;
  const mobile = run.plus ? run.digitCount === 12 && run.digits.startsWith('447') : run.digitCount === 11 && run.digits.startsWith('07');
  if (!(before >= 97 && before <= 122) || !mobile) return false;
  const after = run.end < text.length ? text.charCodeAt(run.end) : 32;
  if (!isWordCharCode(after) && after !== 47) return true;
  const label = gluedWordBefore(text, run.start);
  return label !== '' && GLUED_LABELS.phone.test(label) && /^[a-z]+$/.test(gluedWordAfter(text, run.end));
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function bounded(text: string, run: NumberRun): boolean {
  const before = run.start > 0 ? text.charCodeAt(run.start - 1) : 32;
  const after = run.end < text.length ? text.charCodeAt(run.end) : 32;
  // "/" and ":" glue numbers into dates, times and references, not phone numbers; but a colon after a letter
  // ends a field's label, typed without a space ("mob:07700900123", "Tel:01782 234567").
  if (isWordCharCode(before) || before === 47) return false;
  if (before === 58 && !(run.start > 1 && isLetterCode(text.charCodeAt(run.start - 2)))) return false;
  if (isWordCharCode(after) && !(after === 120 || after === 88)) return false; // allow "x123" extensions after
  return after !== 47;
}

function classify(ctx: ScanContext, run: NumberRun): Candidate | undefined {
  let digits = run.digits;
  let international = run.plus;
  if (!international && digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  let national: string;
  if (international) {
    if (!digits.startsWith('44')) return international_(ctx, run, digits);
    national = digits.slice(2);
    if (national.startsWith('0')) national = national.slice(1); // "+44 (0)7700 ..."
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else if (run.digitCount === 12 && digits.startsWith('447') && run.groups.length === 1 && MSISDN_LABEL.test(ctx.fieldBefore(run.start, 30))) {
    national = digits.slice(2);
  } else {
    return northAmerican(ctx, run);
  }
  if (national.length < 9 || national.length > 10) return undefined;
  const lead = national.charCodeAt(0) - 48;
  if (lead !== 1 && lead !== 2 && lead !== 3 && lead !== 5 && lead !== 7 && lead !== 8 && lead !== 9) return undefined;
  if (!shapeLooksLikePhone(run)) return undefined;
  if (!isPossibleGb(national)) return undefined;

  let confidence: number;
  let rule: string;
  if (lead === 7) {
    const personalRange = national.startsWith('70') || national.startsWith('76');
    confidence = personalRange ? 0.7 : 0.9;
    rule = 'phone.uk_mobile';
  } else if (lead === 1 || lead === 2) {
    confidence = 0.85;
    rule = 'phone.uk_landline';
    if (organisationsNumber(ctx.before(run.start, 60)) || inStaffSignature(ctx.text, run.start)) confidence -= 0.4;
  } else {
    // 03/08/09 numbers belong to organisations (101, helplines, switchboards).
    confidence = 0.35;
    rule = 'phone.uk_non_geographic';
    if (PERSONAL.test(ctx.before(run.start, 30))) confidence += 0.3;
  }
  return adjust(ctx, run, confidence, rule);
}

function adjust(ctx: ScanContext, run: NumberRun, confidence: number, rule: string): Candidate {
  const before = ctx.before(run.start, 30);
  const negative = NEGATIVE.exec(before);
  if (negative && !ownedBefore(ctx, run, before.length - negative.index)) confidence -= 0.4;
  else if (POSITIVE.test(before)) confidence = Math.min(1, confidence + 0.05);
  return { type: 'phone', start: run.start, end: run.end, confidence, rule };
}

/**
 * A run joined by dots into many short groups is a version, an IP or a decimal, not a phone; but one opening with
 * the trunk 0 and a code of three or more digits, every group three or more ("07391.662.048"), is a number typed
 * with dots: no IP octet has a leading zero or four digits, and versions are not written so.
 */
function shapeLooksLikePhone(run: NumberRun): boolean {
  const g0 = run.groups[0];
  const dottedNumber = !run.plus && g0 >= 4 && run.digits[0] === '0' && run.groups.every((n) => n >= 3);
  if (run.seps.includes('.') && run.groups.length > 2 && !dottedNumber) return false;
  for (let i = 0; i < run.groups.length; i++) {
    const g = run.groups[i];
    if (g === 1 && !(run.plus && i === 1)) return false; // "(0)" after +44 is the one single-digit group people write
  }
  return true;
}

function international_(ctx: ScanContext, run: NumberRun, digits: string): Candidate | undefined {
  const parsed = parsePhoneNumberFromString('+' + digits, metadata);
  if (!parsed || !parsed.isPossible()) return undefined;
  return adjust(ctx, run, 0.75, 'phone.international');
}

/**
 * Written US/Canada numbers ("(555) 123-4567", "555-123-4567"): outside the UK focus,
 * so only the unambiguous written shapes count, and only when valid for NANP.
 */
function northAmerican(ctx: ScanContext, run: NumberRun): Candidate | undefined {
  const g = run.groups;
  const tenDigit = run.digitCount === 10 && g.length === 3 && g[0] === 3 && g[1] === 3 && g[2] === 4;
  const elevenDigit = run.digitCount === 11 && g.length === 4 && g[0] === 1 && g[1] === 3 && g[2] === 3 && g[3] === 4;
  // Ten bare digits only count as a phone when the words before say so.
  const bare = run.digitCount === 10 && g.length === 1 && POSITIVE.test(ctx.before(run.start, 25));
  if (!tenDigit && !elevenDigit && !bare) return undefined;
  const d = elevenDigit ? run.digits.slice(1) : run.digits;
  // NANP: area code and exchange start 2-9 and are not N11. Checked here because the
  // library's validation compiles regexes per call and costs tens of microseconds.
  if (d[0] < '2' || d[3] < '2' || (d[1] === '1' && d[2] === '1') || (d[4] === '1' && d[5] === '1')) return undefined;
  if (/\bnhs\b/.test(ctx.before(run.start, 40))) return undefined;
  // Area codes with 9 in the middle are reserved for expansion. Beyond that the plan's
  // structure decides, not the library's allocation tables: a written 3-3-4 number with a
  // real area-code shape is a phone whether or not its exchange is in the (min) metadata.
  if (d[1] === '9') return undefined;
  if (!new PhoneNumber(`+1${d}`, metadata).isPossible()) return undefined;
  return adjust(ctx, run, bare ? 0.5 : 0.6, 'phone.north_american');
}

/** The phone detector: its types, cue words and entry point (collected by registry.ts). */
export const phoneDetector = defineDetector({
  id: 'phone',
  types: {
    phone: { label: 'a phone number', severity: 'medium', topic: 'personal_information', mask: [6, 2] },
  },
  // Number words, for the scanner's second reading of numbers said in words (spoken-number-scan.ts).
  cues: { spokenNumber: SPOKEN_NUMBER_CUES },
  needs: needs.numberRun,
  run: detectPhones,
});
