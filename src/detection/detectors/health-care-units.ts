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
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i];
    if (c.rule !== 'health.care_unit') continue;
    const from = sentenceBefore(lower, c.start, 200).length;
    const rest = /[.!?\n]/.exec(lower.slice(c.end));
    const to = rest ? c.end + rest.index : lower.length;
    if (out.some((o) => o !== c && o.type === 'health' && o.start >= c.start - from && o.end <= to)) out.splice(i, 1);
  }
}
