/**
 * Fourteenth session: a date typed with spaces ("DOB is 03 07 1962", "Kyle Mabbott 22 11 2003", "dob 1990 05 19") is
 * the date people type with slashes or dashes, and a phone keyboard makes spaces the easiest separator. The date
 * readings (date-of-birth.ts, date-after-name.ts) read their separators as written; rather than widen every one, the
 * post is read again by the detectors that find dates of birth, with each spaced date that is a real calendar date with
 * a four-digit year written as "03/07/1962" ("1990-05-19" year first). Same length, so offsets are unchanged. Only
 * dates of birth found on a rewritten date are kept. A two-digit year stays unread ("12 05 96" is also a sort code).
 * Only posts holding such a date pay for the second reading.
 */
import type { ScanContext } from './scan-context';
import type { Candidate } from './types';

const isYear = (y: number): boolean => y >= 1900 && y <= 2099;
const isDayMonth = (d: number, m: number): boolean => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** The post with its spaced calendar dates slashed, and where they are; undefined when it has none. */
function spacedDateView(ctx: ScanContext): { text: string; spans: number[] } | undefined {
  const text = ctx.text;
  let parts: string[] | undefined;
  const spans: number[] = [];
  let from = 0;
  for (const r of ctx.runs) {
    const g = r.groups;
    if (g.length !== 3 || r.seps !== '  ' || r.end - r.start !== r.digitCount + 2 || r.digitCount < 6 || r.digitCount > 8) continue;
    const a = Number(r.digits.slice(0, g[0]));
    const b = Number(r.digits.slice(g[0], g[0] + g[1]));
    const c = Number(r.digits.slice(g[0] + g[1]));
    let sep: string;
    if (g[0] <= 2 && g[1] <= 2 && g[2] === 4 && isDayMonth(a, b) && isYear(c)) sep = '/';
    else if (g[0] === 4 && g[1] === 2 && g[2] === 2 && isYear(a) && isDayMonth(c, b)) sep = '-';
    else continue;
    const s1 = r.start + g[0];
    const s2 = s1 + 1 + g[1];
    (parts ??= []).push(text.slice(from, s1), sep, text.slice(s1 + 1, s2), sep);
    from = s2 + 1;
    spans.push(r.start, r.end);
  }
  if (!parts) return undefined;
  parts.push(text.slice(from));
  return { text: parts.join(''), spans };
}

/** Adds the dates of birth found on the post's spaced dates read with slashes (see above). */
export function addSpacedDateReadings(ctx: ScanContext, candidates: Candidate[], runOn: (viewText: string) => Candidate[]): void {
  if (!ctx.hasDigit) return;
  const view = spacedDateView(ctx);
  if (!view) return;
  const before = candidates.length;
  for (const c of runOn(view.text)) {
    if (c.type !== 'date_of_birth') continue;
    let onSpacedDate = false;
    for (let k = 0; k < view.spans.length && !onSpacedDate; k += 2) onSpacedDate = c.start < view.spans[k + 1] && view.spans[k] < c.end;
    if (!onSpacedDate) continue;
    let seen = false;
    for (let i = 0; i < before && !seen; i++) seen = candidates[i].type === c.type && candidates[i].start < c.end && c.start < candidates[i].end;
    if (!seen) candidates.push({ ...c, rule: `${c.rule}.spaced` });
  }
}
