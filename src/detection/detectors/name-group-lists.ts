import type { Candidate } from './detector';
import { isFirstName, notAPersonsName, readName } from './name-tokens';

/**
 * Thirteenth session: full names listed one a line under a heading that names a group of the public ("Top 5 nominals
 * for the TCG:", "Barred list updated:", "MAPPA nominals:"), numbered or bulleted or not. name-records.ts reads such
 * lists of initials and surnames on the heading's line; the same heading vouches for a list of full names below it.
 * Each item opens its line with a known first name and a surname; the list ends at the first line that is no such item.
 * Rotas and staff lists name no such group and are not read.
 */
const GROUP_LINE = /\b(?:iom|integrated offender|nominals?|offenders?|suspects?|mappa|marac|persons? of interest|pois?|wanted|barred|banned)\b[^:\n]{0,50}:[ \t]*$/;
const ITEM_OPENING = /^[ \t]*(?:\d{1,2}[.)][ \t]*|[-•*–][ \t]*)?/;

export function namesListedUnderGroups(text: string, lower: string, out: Candidate[]): void {
  for (let nl = lower.indexOf(':\n'); nl >= 0; nl = lower.indexOf(':\n', nl + 2)) {
    const lineStart = lower.lastIndexOf('\n', nl) + 1;
    if (!GROUP_LINE.test(lower.slice(Math.max(lineStart, nl - 70), nl + 1))) continue;
    for (let at = nl + 2; at < text.length; ) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const start = at + (ITEM_OPENING.exec(text.slice(at, at + 8)) as RegExpExecArray)[0].length;
      const name = readName(text, start, false);
      const first = name ? text.slice(start, text.indexOf(' ', start)) : '';
      if (!name || name.words < 2 || name.end > end || !isFirstName(first) || notAPersonsName(text, lower, start, name.end)) break;
      if (!out.some((c) => c.type === 'person_name' && c.start < name.end && start < c.end)) {
        out.push({ type: 'person_name', start, end: name.end, confidence: 0.65, rule: 'person_name.listed_under_group' });
      }
      at = end + 1;
    }
  }
}
