import type { Candidate } from './detector';
import { sentenceBefore } from './health-person';

/** Intensive care and its units (WordNet's "intensive care", ICU, NICU; health-vocabulary.ts), read by health-context.ts. */

/**
 * "he's in intensive care", "was taken to ICU", "spent a week in NICU": a patient is in a care unit, staff work there ("she works
 * in ICU", "ICU nurses"), so only being, staying or being taken there links the unit to a person.
 */
const CARE_UNIT_LEAD = /\b(?:is|was|were|are|'s|’s|been|being|still|now|remains?|remained|stay(?:s|ed|ing)?|spent [a-z0-9 ]{1,20}|ended up|(?:taken|admitted|moved|rushed|transferred|sent|airlifted)(?: straight)?) (?:in|into|to|on) (?:the )?$/;
export function careUnitLink(lower: string, p: number): { link: string; linkIndex: number; owner?: boolean } | undefined {
  const m = CARE_UNIT_LEAD.exec(lower.slice(Math.max(0, p - 40), p));
  // The lead is the link: the finding is the unit alone, and the person is looked for before the lead.
  return m ? { link: m[0].trimEnd(), linkIndex: p - m[0].length } : undefined;
}
/**
 * "he's in ICU after his stroke": the condition is the disclosure and the unit only where the person is, so a care unit is
 * reported only as the one health fact of its sentence ("little one was in NICU for a week").
 */
export function dropRedundantCareUnits(lower: string, out: Candidate[]): void {
  if (!out.some((c) => c.rule === 'health.care_unit')) return;
  // Linear in the findings: the other health findings' starts sorted once, each unit's sentence (bounded) searched in them.
  const starts = out.filter((o) => o.type === 'health' && o.rule !== 'health.care_unit').map((o) => o.start).sort((a, b) => a - b);
  let kept = 0;
  for (const c of out) {
    if (c.rule === 'health.care_unit' && otherIn(starts, c.start - sentenceBefore(lower, c.start, 200).length, sentenceEnd(lower, c.end))) continue;
    out[kept++] = c;
  }
  out.length = kept;
}

function sentenceEnd(lower: string, from: number): number {
  const rest = /[.!?\n]/.exec(lower.slice(from, from + 200));
  return rest ? from + rest.index : Math.min(lower.length, from + 200);
}

/** True when a start in `starts` (sorted) lies in [from, to). */
function otherIn(starts: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo] < to;
}
