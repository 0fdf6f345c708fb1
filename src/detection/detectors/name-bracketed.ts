import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { PERSON_NOUNS } from './health-person';
import { isFirstName, notAPersonsName, readName } from './name-tokens';
import { isAsciiUpper } from '../text-utils';

/**
 * Fourteenth session: a full name put in brackets after the person it names ("the victim of the assault outside the bar
 * (Ryan ...)", "mum (Kerry ...)", "the client from Saturday's referral (Chantelle ...)"): the brackets give the name of
 * the person the sentence has just spoken of (an apposition: the bracket renames the noun before it). Bracketed words
 * that are no one's name are departments and modules ("(Control Room)", "(Personal Safety)"), which the known first
 * name keeps out. The name must fill the brackets, open with a known first name and have two words or
 * more; a role, kin or client word must come earlier in its sentence (within 80 characters).
 */
/** Staff words are left out: a colleague named in brackets is the older rules' business (thanks, rotas). */
const STAFF_NOUNS: ReadonlySet<string> = new Set(['colleague', 'officer', 'pc', 'dc', 'sgt', 'pcso']);
const PERSON_WORD = new RegExp(`\\b(?:${[...PERSON_NOUNS.filter((n) => !STAFF_NOUNS.has(n)), 'client', 'service user', 'claimant', 'third party', 'applicant', 'ip'].join('|')})s?\\b`);

export function namesInBrackets(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
    const start = i + 1;
    const c = text.charCodeAt(start);
    if (!isAsciiUpper(c)) continue;
    const name = readName(text, start, false);
    if (!name || name.words < 2 || text.charCodeAt(name.end) !== 41) continue;
    if (!isFirstName(text.slice(start, text.indexOf(' ', start)))) continue;
    const from = Math.max(0, i - 80);
    const stop = Math.max(lower.lastIndexOf('.', i), lower.lastIndexOf('\n', i), lower.lastIndexOf('!', i), lower.lastIndexOf('?', i));
    if (!PERSON_WORD.test(lower.slice(Math.max(from, stop + 1), i))) continue;
    if (notAPersonsName(text, lower, start, name.end)) continue;
    if (out.some((f) => f.type === 'person_name' && f.start < name.end && start < f.end)) continue;
    out.push({ type: 'person_name', start, end: name.end, confidence: 0.7, rule: 'person_name.bracketed' });
  }
}
