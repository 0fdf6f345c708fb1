import { MINOR_SELF_LIMITING } from './health-self';
import { SOMEONE_ELSE } from './health-self-dropped';
import { EVERYDAY_SENSES } from './health-sentence';

/**
 * A health term as the headline that opens a post, told by the writer about themselves (dev set 13 round): "Pregnant! 🎉
 * 12-week scan today", "Long covid update: still on half days, I'm hoping ...". People open their own news this way and
 * name no subject, so neither the link rules nor the sentence rule (which needs a person in the sentence) read it.
 * - an exclamation ("Pregnant!") is an announcement, the writer's own;
 * - an "update"/"news" heading ("Long covid update:") is the writer's when the post speaks in the first person;
 * and in both only when the post brings in no one else, no group, no "you" and no topic word (SOMEONE_ELSE), so
 * "Dementia update: the force has new guidance for staff" stays topic talk. The writer's minor illness stays small talk.
 */
const EXCLAIMED = /^\s*!/;
const UPDATE_HEADING = /^\s*(?:update|news)\s*[:!\-–—]/;
const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|me|my)\b/;

export function writersHeadline(lower: string, termStart: number, end: number): boolean {
  if (termStart > 0 && lower.slice(0, termStart).trim() !== '') return false;
  const term = lower.slice(termStart, end);
  // "Covid update:" is news of the pandemic; a word with everyday senses heads a topic as often as the writer's news.
  if (MINOR_SELF_LIMITING.has(term) || EVERYDAY_SENSES.has(term)) return false;
  const after = lower.slice(end, end + 12);
  const exclaimed = EXCLAIMED.test(after);
  if (!exclaimed && !UPDATE_HEADING.test(after)) return false;
  const rest = lower.slice(end, end + 400);
  if (SOMEONE_ELSE.test(rest)) return false;
  return exclaimed || FIRST_PERSON.test(rest);
}
