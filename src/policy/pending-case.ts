import type { SearchHit } from './clause-search';
import type { ClauseWithContext } from './clause-context';
import { RESTRICT_RUNNER_UP } from './answer-thresholds';
import { contentStems, normaliseWords, stem } from './tokenise';

/**
 * "Results" and "outcomes" exist only once an event is over ("Justice updates court results, local ASBOs"). A question
 * that places its case before the end ("a case that hasn't gone to court yet", "there's a trial starting next month",
 * "keep my mouth shut till it's done at court") asks about something still under way, so a clause about results does
 * not answer it; a close runner-up that names the same event without speaking of its results does ("will not
 * jeopardise court proceedings"). "Once he's sentenced", "if we get a conviction" look past the end, and stay with the
 * results.
 */
const AFTER_THE_END = /\b(results?|outcomes?)\b/i;

// The case is placed before its end: not yet there, about to start, still running, or waited for.
const BEFORE_THE_END = [
  /\b(has ?n[o']?t|have ?n[o']?t|hasnt|havent|not)\b(?: \w+){0,4} yet\b/,
  /\bnot yet\b|\byet to\b/,
  /\b(awaiting|pending|upcoming|ongoing|forthcoming)\b/,
  /\b(starting|starts|begins|beginning|due to start)\b/,
  /\bstill (running|going on|going through|ongoing|live|open|in progress|being heard)\b/,
  /\b(till|until|before) (?:\w+ ){0,4}(court|trial|tribunal|hearing|verdict|sentencing|done|over|finished|decided|concluded)\b/,
];

/** The event words a pending case is named by, which the runner-up must share with the question. */
const EVENT = new Set(['court', 'trial', 'tribunal', 'hearing', 'case', 'proceedings', 'prosecution', 'conviction', 'sentencing'].map((w) => stem(w)));

export function placesCaseBeforeItsEnd(question: string): boolean {
  const text = ` ${normaliseWords(question.replace(/['’]/g, '')).join(' ')} `;
  if (AFTER_THE_END.test(question)) return false;
  return BEFORE_THE_END.some((r) => r.test(text));
}

/**
 * The runner-up to answer instead of a top clause about results, for a question about a case still under way: the
 * first of the next three hits scoring at least RESTRICT_RUNNER_UP of the top that names none of "results"/"outcomes"
 * and shares an event word (court, trial, case ...) with the question.
 */
export function pendingCaseRunnerUp(question: string, top: SearchHit, hits: SearchHit[], entries: ClauseWithContext[]): number | undefined {
  if (!AFTER_THE_END.test(entries[top.index].clause.text) || !placesCaseBeforeItsEnd(question)) return undefined;
  const asked = new Set(contentStems(question).filter((s) => EVENT.has(s)));
  if (!asked.size) return undefined;
  for (const h of hits.slice(1, 4)) {
    if (h.score < RESTRICT_RUNNER_UP * top.score) break;
    const text = entries[h.index].clause.text;
    if (text === entries[top.index].clause.text || AFTER_THE_END.test(text)) continue;
    if (contentStems(text).some((s) => asked.has(s))) return h.index;
  }
  return undefined;
}
