import type { Candidate } from './detector';

/**
 * Details that link a name to the person they describe, for person-name.ts: a health disclosure or a
 * personal identifier (found by the detectors that run before it) in the same sentence as the name,
 * and not the writer's own.
 */

/** The sentence before `i` (at most 100 characters). */
export function sentenceStart(lower: string, i: number): string {
  const s = lower.slice(Math.max(0, i - 100), i);
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('! '), s.lastIndexOf('? '), s.lastIndexOf('\n'));
  return s.slice(cut + 1);
}

/** Details that make a name personal data even in a post about staff (a work phone or e-mail does not), when they follow it in the same sentence ("Payroll: Anita Bourne NINO ...", "Natalie Birks is on a phased return after breast cancer"). */
const SAME_SENTENCE_DATA: ReadonlySet<string> = new Set(['health', 'nino', 'date_of_birth', 'nhs_number', 'bank_account', 'pnc_id', 'cro_number', 'passport', 'driving_licence']);
/** The speaker's own words between a name and a detail ("thanks Dave for covering while I was off with flu"): the detail is the writer's. */
export const FIRST_PERSON = /\b(?:i|i'm|im|i've|my|me)\b/;
export const SENTENCE_BREAK = /[.!?\n]/;

export function detailStarts(out: readonly Candidate[], types: ReadonlySet<string> = SAME_SENTENCE_DATA): number[] {
  const starts: number[] = [];
  for (const c of out) if (c.confidence >= 0.5 && types.has(c.type)) starts.push(c.start);
  return starts.sort((a, b) => a - b);
}

/** The index of the first start at or after `pos` (binary search: a post of many names reads each detail once). */
export function firstAtOrAfter(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A health disclosure or identifier about someone later in the name's sentence (within 60 characters), not the writer's own. */
export function detailFollows(starts: readonly number[], lower: string, end: number): boolean {
  for (let i = firstAtOrAfter(starts, end); i < starts.length && starts[i] - end <= 60; i++) {
    const between = lower.slice(end, starts[i]);
    if (!SENTENCE_BREAK.test(between) && !FIRST_PERSON.test(between)) return true;
  }
  return false;
}

/**
 * An identifier or health disclosure earlier in the name's sentence (within 60 characters: "BL971645A comes back
 * to someone else, not our Donna Clewes"), in a sentence without the writer in it before the name ("my NI number ...").
 */
export function detailPrecedes(starts: readonly number[], lower: string, start: number): boolean {
  for (let i = firstAtOrAfter(starts, start - 60); i < starts.length && starts[i] < start; i++) {
    if (!SENTENCE_BREAK.test(lower.slice(starts[i], start))) return !FIRST_PERSON.test(sentenceStart(lower, start));
  }
  return false;
}

/** Contact places a name may be placed at. */
export const PLACES: ReadonlySet<string> = new Set(['address', 'postcode']);

/** An address or postcode (found by the detectors before this one) within 40 characters after `end`, in the same sentence. */
export function addressFollows(starts: readonly number[], lower: string, end: number): boolean {
  const i = firstAtOrAfter(starts, end);
  return i < starts.length && starts[i] - end <= 40 && !SENTENCE_BREAK.test(lower.slice(end, starts[i]));
}
