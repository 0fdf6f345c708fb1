import { isValidDrivingLicence } from '../../src/detection/validators/driving-licence';
import { isValidIban } from '../../src/detection/validators/iban';
import { isLuhnValid } from '../../src/detection/validators/luhn';
import { isValidNhsNumber } from '../../src/detection/validators/nhs-number';
import { isValidNino } from '../../src/detection/validators/nino';
import { isValidCroNumber, isValidPncId } from '../../src/detection/validators/police-ids';
import { isValidPostcode } from '../../src/detection/validators/postcode';
import { plateFormat } from '../../src/detection/validators/vehicle-registration';

/**
 * Seventeenth session: what the learnt core reader (core-learnt.ts) reads, shared with the script that trains it
 * (scripts/core-learnt.ts), so training and scanning see a post the same way.
 *
 * Candidates are found by generic shape, never by a rule word: a token is a run of letters and digits with single
 * / - . : separators inside ("13/44920/24", "86.153.41.209", "1x2x1"); a candidate is a run of one to six tokens, one
 * space apart, each holding a digit or being a short letter group beside one ("KN18 HDY", "PK 41 88 20 C"). Its
 * features are hashed strings: the span's shape (exact, collapsed, case-blind), digit and letter counts, which check
 * digits and formats it passes, a date's plausibility and decade, its letter prefix, the words and punctuation either
 * side (by position and as a bag within four words), and the post's words.
 */

/** The reader looks at the first part of a post only (as the other learnt reader does). */
export const CORE_MAX_CHARS = 4000;
/** Bits of the feature hash. */
export const CORE_HASH_BITS = 18;
const MASK = (1 << CORE_HASH_BITS) - 1;
/** Runs longer than this many tokens or characters are no single value. */
const MAX_TOKENS = 6;
const MAX_SPAN = 40;
/** A post with more candidates than this is a table dump; the rest are not read. */
const MAX_CANDIDATES = 300;

/** The classes, in the weight table's order: index 0 is "no value". */
export const CORE_CLASSES = [
  'none', 'crime_reference', 'date_of_birth', 'intelligence_grading', 'pnc_id', 'cro_number', 'passport', 'phone', 'postcode',
  'vehicle_registration', 'bank_account', 'iban', 'nino', 'nhs_number', 'driving_licence', 'payment_card', 'ip_address',
] as const;
export type CoreClass = (typeof CORE_CLASSES)[number];

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
// A colon is no separator: "02:14:09" is a time, and the rules read IPv6 addresses.
const isSep = (c: number): boolean => c === 47 || c === 45 || c === 46;

interface Token { start: number; end: number; digit: boolean; upper: boolean; lower: boolean }

/** The tokens of a post's head: letters and digits with single separators inside. */
function tokens(text: string): Token[] {
  const end = Math.min(text.length, CORE_MAX_CHARS);
  const out: Token[] = [];
  for (let i = 0; i < end; ) {
    if (!isAlnum(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    let digit = false;
    let upper = false;
    let lower = false;
    for (;;) {
      for (let c: number; i < end && isAlnum((c = text.charCodeAt(i))); i++) {
        if (isDigit(c)) digit = true;
        else if (c <= 90) upper = true;
        else lower = true;
      }
      if (i + 1 < end && isSep(text.charCodeAt(i)) && isAlnum(text.charCodeAt(i + 1))) { i++; continue; }
      break;
    }
    out.push({ start: s, end: i, digit, upper, lower });
  }
  return out;
}

/** Candidate spans [start, end) by shape alone. */
export function coreCandidates(text: string): Array<[number, number]> {
  const t = tokens(text);
  // A short letter group joins a value beside it only in that value's case ("bd68 kze", "KN18 HDY"), or in capitals
  // beside bare digits ("JT 48 27 61 C"): "ST16 and", "MG11 for" are a value and a word.
  const joins = (k: Token, n: Token | undefined, gap: number): boolean =>
    !!n && n.digit && gap === 1 && (n.upper || n.lower ? (k.upper && !k.lower) === (n.upper && !n.lower) && (k.lower && !k.upper) === (n.lower && !n.upper) : k.upper && !k.lower);
  const ok = t.map((k, i) => k.digit || (k.end - k.start <= 4 && (joins(k, t[i - 1], i > 0 ? k.start - t[i - 1].end : 0) || joins(k, t[i + 1], i + 1 < t.length ? t[i + 1].start - k.end : 0))));
  const out: Array<[number, number]> = [];
  for (let i = 0; i < t.length && out.length < MAX_CANDIDATES; i++) {
    if (!ok[i]) continue;
    let hasDigit = false;
    for (let j = i; j < t.length && j < i + MAX_TOKENS && ok[j]; j++) {
      if (j > i && (t[j].start - t[j - 1].end !== 1 || text.charCodeAt(t[j - 1].end) !== 32)) break;
      if (t[j].end - t[i].start > MAX_SPAN) break;
      hasDigit ||= t[j].digit;
      if (hasDigit) out.push([t[i].start, t[j].end]);
    }
  }
  return out;
}

function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & MASK;
}

function shapeOf(v: string): string {
  let s = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    s += isDigit(c) ? '9' : c >= 65 && c <= 90 ? 'A' : c >= 97 && c <= 122 ? 'a' : v[i];
  }
  return s;
}

/** Which check digits and formats a value passes: generic facts of the value, not of its wording. */
function checks(v: string): string[] {
  const out: string[] = [];
  const compact = v.replace(/[\s-]/g, '');
  if (isValidNhsNumber(v)) out.push('nhs');
  if (/^\d{13,19}$/.test(compact) && isLuhnValid(compact)) out.push('luhn');
  if (isValidIban(v)) out.push('iban');
  if (isValidPncId(v)) out.push('pnc');
  if (isValidCroNumber(v)) out.push('cro');
  if (isValidNino(v)) out.push('nino');
  if (isValidDrivingLicence(v, true)) out.push('dl');
  if (isValidPostcode(v)) out.push('postcode');
  if (compact.length <= 8 && plateFormat(v)) out.push('plate');
  const d = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(v);
  if (d) {
    const [a, b, c] = [Number(d[1]), Number(d[2]), d[3]];
    const ymd = d[1].length === 4;
    const day = ymd ? Number(c) : a;
    const year = ymd ? d[1] : c;
    out.push(day >= 1 && day <= 31 && b >= 1 && b <= 12 ? 'date' : 'nodate');
    out.push(year.length === 4 ? `dec${year.slice(0, 3)}` : `yy${year[0]}`);
    // The year in broad bands (a birth year of an adult, of a youth, or a recent year), fixed so the features do not age.
    const y = Number(year.length === 2 ? (Number(year) > 30 ? `19${year}` : `20${year}`) : year);
    out.push(`yb${y < 1940 ? 0 : y < 1980 ? 1 : y < 2000 ? 2 : y < 2013 ? 3 : y < 2022 ? 4 : 5}`);
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(v)) out.push('ipv4');
  if (/^[1-5a-e][x/ -]?[1-5a-e]?[x/ -]?[1-5a-e]?$/i.test(v)) out.push('gradelike');
  return out;
}

/** The context word at a position: lower case, digits as '#'. */
function word(text: string, s: number, e: number): string {
  return text.slice(s, e).toLowerCase().replace(/\d+/g, '#');
}

/** Word spans of the post's head (letters and digits runs). */
export function wordSpans(text: string): Array<[number, number]> {
  const end = Math.min(text.length, CORE_MAX_CHARS);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < end; ) {
    if (!isAlnum(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    while (i < end && isAlnum(text.charCodeAt(i))) i++;
    out.push([s, i]);
  }
  return out;
}

/** The post-level keys (its words), computed once per post and shared by its candidates. */
export function postKeys(text: string, words: Array<[number, number]>): number[] {
  const seen = new Set<number>();
  for (const [s, e] of words) if (e - s > 1 && !isDigit(text.charCodeAt(s))) seen.add(fnv(`P:${word(text, s, e)}`));
  return [...seen];
}

/** The hashed keys of one candidate span. */
export function coreKeys(text: string, start: number, end: number, words: Array<[number, number]>, post: readonly number[]): number[] {
  const v = text.slice(start, end);
  const shape = shapeOf(v);
  const f: string[] = [`sh:${shape}`, `sc:${shape.replace(/(.)\1+/g, '$1')}`, `si:${shape.replace(/a/g, 'A')}`];
  let nd = 0;
  let nl = 0;
  for (let i = 0; i < v.length; i++) { const c = v.charCodeAt(i); if (isDigit(c)) nd++; else if (isAlnum(c)) nl++; }
  f.push(`nd:${nd}`, `nl:${Math.min(nl, 8)}`, `nt:${v.split(' ').length}`, `len:${Math.min(v.length, 30)}`);
  if (v === v.toLowerCase() && nl > 0) f.push('lower');
  for (const c of checks(v)) f.push(`ck:${c}`);
  const pre = /^[A-Za-z]{1,3}/.exec(v);
  if (pre) f.push(`pre:${pre[0].toUpperCase()}`);
  // Words either side by position and as a bag within four.
  let k = 0;
  while (k < words.length && words[k][1] <= start) k++;
  const left: string[] = [];
  for (let j = k - 1; j >= 0 && left.length < 4; j--) left.push(word(text, words[j][0], words[j][1]));
  let r = k;
  while (r < words.length && words[r][0] < end) r++;
  const right: string[] = [];
  for (let j = r; j < words.length && right.length < 4; j++) right.push(word(text, words[j][0], words[j][1]));
  if (left[0] !== undefined) f.push(`L1:${left[0]}`);
  if (left[1] !== undefined) f.push(`L2:${left[1]}`, `LL:${left[1]}_${left[0]}`);
  if (right[0] !== undefined) f.push(`R1:${right[0]}`);
  if (right[1] !== undefined) f.push(`R2:${right[1]}`, `RR:${right[0]}_${right[1]}`);
  for (const w of left) f.push(`Lw:${w}`);
  for (const w of right) f.push(`Rw:${w}`);
  if (left.length === 0) f.push('first');
  if (right.length === 0) f.push('last');
  const before = text.slice(Math.max(0, start - 2), start).trim();
  const after = text.slice(end, end + 2).trim();
  f.push(`pb:${before.slice(-1)}`, `pa:${after.slice(0, 1)}`);
  const keys = new Set<number>(post);
  for (const s of f) keys.add(fnv(s));
  return [...keys];
}

/** Types whose values carry a check or a fixed format: the reader may name them only where the value passes it. */
const VALIDATE: Partial<Record<CoreClass, (v: string) => boolean>> = {
  nhs_number: isValidNhsNumber,
  iban: isValidIban,
  payment_card: (v) => { const d = v.replace(/[\s-]/g, ''); return /^\d{13,19}$/.test(d) && isLuhnValid(d); },
  pnc_id: isValidPncId,
  cro_number: isValidCroNumber,
  nino: isValidNino,
  driving_licence: (v) => isValidDrivingLicence(v, true),
  postcode: isValidPostcode,
  date_of_birth: isPlausibleBirthDate,
};

/**
 * A date of birth is a real day in the past, at most 120 years ago: a date to come or a famous birthday is no living
 * person's (a two-digit year is read either way, so it passes).
 */
export function isPlausibleBirthDate(v: string, now: Date = new Date()): boolean {
  const m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(v.trim());
  if (!m) return true;
  const ymd = m[1].length === 4;
  const [y, mo, d] = ymd ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[2]), Number(m[1])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  if (String(y).length <= 2 && !ymd && m[3].length === 2) return true;
  const date = Date.UTC(y, mo - 1, d);
  return date <= now.getTime() && y >= now.getUTCFullYear() - 120;
}

/** Whether a value may be named this type: it passes the type's check where the type has one. */
export function passesCheck(type: CoreClass, value: string): boolean {
  const check = VALIDATE[type];
  return check ? check(value) : true;
}

/** A weight table: per class bias, and key -> [class, weight] pairs. */
export interface CoreWeights { bias: readonly number[]; weights: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>> }

/** Class probabilities of one candidate's keys (softmax; each key 1/sqrt(n), so long posts do not score higher). */
export function coreScores(keys: readonly number[], m: CoreWeights, out: Float64Array = new Float64Array(CORE_CLASSES.length)): Float64Array {
  for (let c = 0; c < out.length; c++) out[c] = 0;
  for (const k of keys) { const ws = m.weights.get(k); if (ws) for (const [c, w] of ws) out[c] += w; }
  const v = 1 / Math.sqrt(keys.length || 1);
  let max = -Infinity;
  for (let c = 0; c < out.length; c++) { out[c] = m.bias[c] + out[c] * v; if (out[c] > max) max = out[c]; }
  let sum = 0;
  for (let c = 0; c < out.length; c++) { out[c] = Math.exp(out[c] - max); sum += out[c]; }
  for (let c = 0; c < out.length; c++) out[c] /= sum;
  return out;
}

/**
 * A rule candidate at or above the engine's default minimum confidence (config.ts) is a rule finding: the reader adds
 * nothing over it. One below (a number read as an NHS number without its check word, at 0.45) is dropped by the scanner
 * anyway, so the reader may read that span itself.
 */
export const RULE_MIN_CONFIDENCE = 0.5;

/** A value the reader would add: its span, class and probability. */
export interface CoreAddition { start: number; end: number; type: CoreClass; score: number }

/**
 * What the reader would add to a post at a threshold: each candidate no rule candidate overlaps (`blocked`), named its
 * most likely type other than none where that type's check passes, kept from the most probable down where it overlaps
 * none already kept. Candidate keys are computed only for unblocked candidates.
 */
export function coreAdditions(text: string, blocked: (start: number, end: number) => boolean, m: CoreWeights, thresholds: readonly number[]): CoreAddition[] {
  const spans = coreCandidates(text);
  if (spans.length === 0) return [];
  const words = wordSpans(text);
  const post = postKeys(text, words);
  const probs = new Float64Array(CORE_CLASSES.length);
  const found: CoreAddition[] = [];
  for (const [s, e] of spans) {
    if (blocked(s, e)) continue;
    coreScores(coreKeys(text, s, e, words, post), m, probs);
    let best = 0;
    for (let c = 1; c < probs.length; c++) if (probs[c] > probs[best] || best === 0) best = c;
    if (probs[best] < thresholds[best]) continue;
    const type = CORE_CLASSES[best];
    if (!passesCheck(type, text.slice(s, e))) continue;
    found.push({ start: s, end: e, type, score: probs[best] });
  }
  found.sort((a, b) => b.score - a.score);
  const kept: CoreAddition[] = [];
  for (const a of found) if (!kept.some((k) => k.start < a.end && a.start < k.end)) kept.push(a);
  return kept;
}
