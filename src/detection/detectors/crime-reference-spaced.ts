import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatchNear } from '../text-utils';

/**
 * Nineteenth session: a reference whose fields are set apart by spaces or spaced slashes, right after a police reference
 * word ("crime ref 13 55102 24", "crime reference - 13 / 55102 / 24", "crn: 24 00123"): typed from a phone or read out
 * over the radio, the fields keep their shape (a force code or year of one to three digits, a serial of five to eight,
 * then a two- or four-digit year) but lose the separator the other rules read. Only with the word right before, and only
 * that shape (so "crime ref 13 was closed" and "incident 4 at 14 00" stay unread); the fields may not run on into more
 * digits.
 */
const SPACED = /(?<![\w/])\d{1,3}(?: ?\/ ?| )\d{5,8}(?:(?: ?\/ ?| )(?:\d{2}|(?:19|20)\d{2}))?(?![\w/]| ?\d)/g;
const WORD_RIGHT_BEFORE =
  /\b(?:crime(?: ref(?:erence)?| number| no)?|crn|cr (?:no|number|ref)|occurrence(?: number| no| ref)?|occ(?: no| ref)?|incident(?: ref(?:erence)?| number| no)|niche(?: ref| number)?|athena(?: ref| number)?|cris(?: ref| number)?|storm(?: log| ref)|police ref(?:erence)?|urn)\.?(?: (?:is|was))?[\s:#=.\-–]*$/;

export function spacedReferences(ctx: ScanContext, out: Candidate[]): void {
  // The shape is a number run with a space in it (the pre-pass's runs) or digits around a spaced slash: most posts have neither.
  if (!ctx.runs.some((r) => r.seps.indexOf(' ') >= 0) && ctx.text.indexOf(' / ') < 0) return;
  let found: Candidate[] | undefined;
  eachMatchNear(SPACED, ctx.text, ctx.cueStarts('crime'), 0, 50, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    // A token with no space in it is one the other rules read whole.
    if (m[0].indexOf(' ') < 0 || !WORD_RIGHT_BEFORE.test(ctx.before(start, 40))) return;
    found ??= out.filter((c) => c.type === 'crime_reference');
    if (found.some((c) => c.start < end && start < c.end)) return;
    out.push({ type: 'crime_reference', start, end, confidence: 0.8, rule: 'crime_reference.spaced_fields' });
  });
}
