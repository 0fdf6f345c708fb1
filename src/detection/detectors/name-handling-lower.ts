import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear } from '../text-utils';
import { isFirstName, isStopWord } from './name-tokens';
import { opensLowerCaseName } from './name-surnames';

/**
 * A lower-case name after a piece of case work (dev set 13 round): "took the statement off gemma wright", "FTA warrant
 * for marcus dyer". The capitalised rule (name-positions.ts, namesAfterHandling) reads such names only with capitals, and
 * the lower-case pair rule needs a surname that is no English word, so surnames that are also words ("wright", "dyer",
 * "ward") were lost in lower-case posts. After the case-work phrase the next words are the person the work is for, so a
 * known first name that may open a lower-case name (not "will", "frank") and any further word but a function word is read
 * as a name, in operational posts and not in staff posts. "statement off" is how people say "statement from".
 */
const LOWER_HANDLING =
  /\b(?:chased|searched|tasered|cuffed|restrained|interviewed|conveyed|booked in|(?:warrants?|file|referral|summons|remand|paperwork|interview|statement)(?: (?:done|booked|issued|needed|outstanding|cancelled|arranged|sorted))? for|statements? (?:taken )?(?:from|off))\s+([a-z][a-z'’-]{2,24}) ([a-z][a-z'’-]{2,24})\b/g;

/** What the post is (name-any-case.ts's facts, read lazily). */
interface PostFacts {
  operational: () => boolean;
  staffPost: () => boolean;
}

export function lowerCaseNamesAfterHandling(ctx: ScanContext, out: Candidate[], facts: PostFacts): void {
  eachMatchNear(LOWER_HANDLING, ctx.text, ctx.cueStarts('handling'), 0, 60, (m) => {
    const [first, second] = [m[1], m[2]];
    if (!isFirstName(first) || !opensLowerCaseName(first) || isStopWord(second)) return;
    const end = m.index + m[0].length;
    const start = end - first.length - 1 - second.length;
    if (out.some((c) => c.type === 'person_name' && c.start < end && start < c.end)) return;
    if (!facts.operational() || facts.staffPost()) return;
    out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.after_handling_lower_case' });
  });
}
