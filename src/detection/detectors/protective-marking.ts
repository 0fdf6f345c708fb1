import type { Candidate } from '../types';
import type { ScanContext } from '../scan-context';
import { eachMatchNear } from '../text-utils';
import { Cue } from '../cues';

/**
 * Government Security Classifications and legacy GPMS markings used as markings:
 * upper-case, at the start of a line, followed by a colon or dash, or introduced by
 * "marked"/"classified". The same words in ordinary prose ("keep it confidential",
 * "protect the public", "Secret Santa") are not markings.
 */
const OFFICIAL_SENSITIVE = /\bofficial ?[-–‐]? ?sensitive\b/gi;
const UPPER = /\b(?:TOP SECRET|SECRET|RESTRICTED|CONFIDENTIAL|PROTECT)\b/g;
const MARKED = /\b(?:marked|marking|classified|classification|protectively marked|graded)(?: as| at)?\s*['"“‘]?$/;
const INTRODUCED = /\b(?:marked|marking|classified|classification)(?: as| at)?\s*['"“‘]?((?:top )?secret|restricted|confidential|protect)\b/gi;
const LINE_START = /(?:^|\n)[\s*#>[\](]*$/;
const FOLLOWED = /^\s*(?:[:\-–—\]|)]|\n|$|(?:-\s*)?(?:PERSONAL|POLICE|COMMERCIAL|STAFF|MANAGEMENT|OFFICIAL|NOT|NO|UK|EYES|HANDLE)\b)/;
const ORDINARY_NEXT = /^\s+(?:santa|squirrel|garden|recipe|ingredient|admirer|weapon|service|society|diary|life|of|to)\b/i;

export function detectProtectiveMarkings(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  if (!ctx.has(Cue.Marking)) return;
  const cues = ctx.cueStarts(Cue.Marking);
  eachMatchNear(OFFICIAL_SENSITIVE, text, cues, 30, 40, (m) => {
    out.push({ type: 'protective_marking', start: m.index, end: m.index + m[0].length, confidence: 0.95, rule: 'protective_marking.official_sensitive' });
  });
  // Computed at most once per post: a post full of markings must not rescan per match.
  let shouty: boolean | undefined;
  if (ctx.hasUpper) eachMatchNear(UPPER, text, cues, 30, 40, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 24);
    if (ORDINARY_NEXT.test(after)) return;
    const atStart = LINE_START.test(text.slice(Math.max(0, start - 12), start));
    const followed = FOLLOWED.test(after);
    const marked = MARKED.test(ctx.before(start, 30));
    let confidence = 0;
    if (marked || (atStart && followed)) confidence = 0.95;
    else if (followed && !(shouty ??= isShouty(text))) confidence = 0.85;
    else if (atStart && !(shouty ??= isShouty(text))) confidence = m[0] === 'PROTECT' ? 0.4 : 0.75;
    else if (!(shouty ??= isShouty(text)) && m[0] !== 'PROTECT') confidence = 0.6;
    if (confidence > 0) out.push({ type: 'protective_marking', start, end, confidence, rule: 'protective_marking.upper' });
  });
  eachMatchNear(INTRODUCED, text, cues, 30, 40, (m) => {
    const word = m[1];
    if (word === word.toUpperCase()) return; // handled above
    if (ORDINARY_NEXT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return;
    const start = m.index + m[0].length - word.length;
    out.push({ type: 'protective_marking', start, end: start + word.length, confidence: 0.8, rule: 'protective_marking.marked_as' });
  });
}

/** Posts typed mostly in capitals make upper case meaningless as a signal. */
function isShouty(text: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = Math.min(text.length, 2000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 12 && upper > lower;
}
