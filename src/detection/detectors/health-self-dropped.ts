/**
 * The writer's dropped "I" (dev set 13 round). Diary-style posts drop the subject and its auxiliary before a word of the
 * writer's own state or course: "(I'm) Off again this week with migraines", "(I'm) Feeling loads better since the gastric
 * band", "(I've) Been off with sciatica", "(I'm) Back on the antidepressants". health-self.ts read such sentences only
 * when every word came from a short list ("Finally off the ..."); the next writer puts time and degree words between
 * ("again this week", "loads better since"), so here the opening word decides, and the rest of the clause may be any
 * words that bring in no one else: no other person's pronoun or possessive, no group, no "you" (advice), no topic word.
 * Only the opening words that a sentence can open with when its subject is dropped count; "Off to the dementia awareness
 * talk" is still stopped later by the topic checks of health-context.ts.
 */
// Eighteenth session: "(I) Tested positive for covid this morning" (the sentence before the link "positive for" is "tested").
const OPENS_DROPPED = /^\s*(?:(?:feeling|felt|been|off|back|still|finally)\b|tested(?:\s*$| positive\b))/;
export const SOMEONE_ELSE =
  /\b(?:he|she|him|his|her|hers|they|them|their|you|your|we|us|our|everyone|anyone|people|staff|officers|colleagues|victim|suspect|male|female|mum|dad|son|daughter|wife|husband|partner|friend|course|training|awareness|talk|about)\b|['’]s\b/;

/** `sentence`: the lower-case sentence before the term or its link. */
/** "Off to the SNT surgery", "back from the GP surgery": going somewhere, not the writer's state. */
const GOING = /^\s*(?:off|back|been)\s+(?:to|from|out|home|into|up|down|over|round|at)\b/;

export function writersDroppedSubject(sentence: string): boolean {
  if (sentence.length > 64 || !OPENS_DROPPED.test(sentence) || GOING.test(sentence)) return false;
  return !SOMEONE_ELSE.test(sentence);
}
