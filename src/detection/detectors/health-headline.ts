import { MINOR_SELF_LIMITING } from './health-self';
import { SOMEONE_ELSE } from './health-self-dropped';
import { EVERYDAY_SENSES } from './health-sentence';
import { TOPIC_SENTENCE } from './health-person';

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

/**
 * The writer's course of treatment told as progress, with no subject (dev set 13 round, from how people post about their
 * own treatment): "Chemo round 3 done, thanks for the messages", "Week 3 of radiotherapy, knackered", "Cancer free!".
 * A numbered round, cycle, session or week, or the course being done, finished or all clear, in the term's own sentence
 * marks a course someone is going through; in a post that brings in no one else, no group, no "you" and no topic word
 * (SOMEONE_ELSE), that someone is the writer. Words with everyday senses and minor illness are left out, and so is a term
 * a topic word follows ("flu jab clinic round 2 done" is an event).
 */
const COURSE_MARK = /\b(?:(?:round|cycle|session|week|day|month|dose) (?:\d{1,2}|one|two|three|four|five|six)\b|(?:done|finished|over|complete|completed|all clear|free)\b)/;
/** '.', '!', '?' or a line break (`/[.!?\n]/`), read by char code: the sentence walk below tests every character it passes. */
function isSentenceStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10;
}

export function writersCourse(lower: string, termStart: number, end: number): boolean {
  // Such posts are short; the whole-post checks below then stay cheap for long posts of many terms.
  if (lower.length > 400) return false;
  const term = lower.slice(termStart, end);
  if (MINOR_SELF_LIMITING.has(term) || EVERYDAY_SENSES.has(term)) return false;
  let from = termStart;
  while (from > 0 && !isSentenceStop(lower.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < lower.length && !isSentenceStop(lower.charCodeAt(to))) to++;
  const sentence = lower.slice(from, to);
  if (sentence.length > 120 || !COURSE_MARK.test(sentence)) return false;
  return !SOMEONE_ELSE.test(lower) && !TOPIC_SENTENCE.test(lower) && !/\b(?:seminars?|session|sessions|clinic|clinics|jabs?|vaccin\w*|booster|screening|event|appeal|charity|walk|run|research)\b/.test(lower);
}
