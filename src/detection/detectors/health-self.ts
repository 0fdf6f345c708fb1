/**
 * Health told by the writer about themselves, for health-context.ts. The writer is an
 * identifiable person (the post carries their name), so their own condition is special-category
 * data like anyone else's. People rarely name themselves in such posts; the frames are:
 * - "anyone else on/with ...?": asking for others who share it ("Anyone else on the IVF journey?");
 * - "... like me" / "same as me" right after the condition ("if you've got a coeliac diet like me");
 * - "asking for me/myself/a friend": the question is the writer's own;
 * - a sentence with no subject that opens with an adverb or a verb of the writer's own course
 *   ("Finally off the antidepressants", "Recovering alcoholic, 4 years sober", "Just finished my chemo").
 * A condition that opens the sentence itself ("Flu jabs in the canteen") is no such frame.
 */
const OTHERS_TOO = /\b(?:anyone|anybody|who|any of you) else\s+$/;
const LIKE_ME = /^\s*,?\s*(?:just |exactly )?(?:like me|like myself|same as me|as do i|as i do)\b/;
/** Read once per post (health-context.ts), not per term: a post of many terms must stay linear. */
export const ASKING_FOR_ME = /\basking for (?:me|myself|a friend)\b/;
/** Words of a subjectless sentence before the term: at least one of COURSE, the rest from ELIDED. */
const COURSE = new Set(['finally', 'just', 'still', 'officially', 'newly', 'recovering', 'started', 'starting', 'finished', 'finishing', 'beat', 'beating', 'beaten', 'survived', 'off', 'back']);
const ELIDED = new Set([...COURSE, 'now', 'on', 'the', 'a', 'an', 'my', 'our', 'last', 'of', 'with', 'from', 'and', 'round', 'after']);

/**
 * `sentence`: the lower-case text of the sentence before the link (or term); `after`: the text after the
 * term; `askingForMe`: ASKING_FOR_ME tested on the post.
 */
export function selfDisclosed(askingForMe: boolean, sentence: string, after: string): boolean {
  if (askingForMe || OTHERS_TOO.test(sentence) || LIKE_ME.test(after)) return true;
  const words = sentence.replace(/[^a-z' ]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 4 && words.every((w) => ELIDED.has(w)) && words.some((w) => COURSE.has(w));
}
