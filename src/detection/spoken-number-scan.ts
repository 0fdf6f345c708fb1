import type { ScanContext } from './scan-context';
import type { Candidate } from './types';
import { spokenNumberView } from './spoken-numbers';
import { isAsciiDigit as isDigit } from './text-utils';

/**
 * Runs the detectors a second time on the post with its spoken numbers in digits (spoken-numbers.ts) and adds what
 * that reading finds and the post as written did not: each finding is mapped back onto the words it was read from
 * ("oh seven seven double oh 900258" is the phone number). Only posts whose pre-pass found two number words close
 * together, or a number word beside a digit, are read again, so a post with no number words costs nothing more.
 */
export function addSpokenReadings(ctx: ScanContext, candidates: Candidate[], runOn: (viewText: string) => Candidate[]): void {
  if (!numberWordsTogether(ctx)) return;
  const view = spokenNumberView(ctx.text, ctx.lower);
  if (!view) return;
  const found = runOn(view.text);
  const before = candidates.length;
  for (const c of found) {
    if (c.end <= c.start) continue;
    let start = view.starts[c.start];
    let end = view.ends[c.end - 1];
    for (let i = c.start; i < c.end; i++) {
      if (view.starts[i] < start) start = view.starts[i];
      if (view.ends[i] > end) end = view.ends[i];
    }
    // What the written post already found stays as it was found.
    let seen = false;
    for (let i = 0; i < before && !seen; i++) {
      const o = candidates[i];
      seen = o.type === c.type && o.start < end && start < o.end;
    }
    if (!seen) candidates.push({ ...c, start, end, rule: `${c.rule}.spoken` });
  }
}

/** Two number words within a dozen characters ("forty one", "oh seven"), or one beside a digit ("07700 nine"). */
function numberWordsTogether(ctx: ScanContext): boolean {
  const at = ctx.cueStarts('spokenNumber');
  const text = ctx.text;
  for (let i = 0; i < at.length; i++) {
    if (i + 1 < at.length && at[i + 1] - at[i] <= 12) return true;
    const p = at[i];
    if (isDigit(text.charCodeAt(p - 2)) || isDigit(text.charCodeAt(p - 1))) return true;
    let e = p;
    while (e < text.length && isLetter(text.charCodeAt(e))) e++;
    if (isDigit(text.charCodeAt(e + 1))) return true;
  }
  return false;
}
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
