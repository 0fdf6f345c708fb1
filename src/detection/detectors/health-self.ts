/**
 * Health told by the writer about themselves, for health-context.ts. The writer is an
 * identifiable person (the post carries their name), so their own condition is special-category
 * data like anyone else's. People rarely name themselves in such posts; the frames are:
 * - "anyone else on/with ...?": asking for others who share it ("Anyone else on the IVF journey?");
 * - "... like me" / "same as me" right after the condition ("if you've got a coeliac diet like me");
 * - "asking for me/myself/a friend": the question is the writer's own;
 * - a sentence with no subject that opens with an adverb or a verb of the writer's own course
 *   ("Finally off the antidepressants", "Recovering alcoholic, 4 years sober", "Just finished my chemo").
 * - a condition set off as its own clause (a list item, health-context.ts) in a sentence whose dropped subject is the
 *   writer, opening with a negated modal ("Can't make darts night, migraine again") or the writer's own absence ("Off
 *   sick from Monday, hip op on the Tuesday", dev set 8 round; "Bereavement leave then a ... diagnosis", dev set 9 round: a kind of
 *   leave opening the sentence): people drop "I" before these. Not
 *   any term in such a sentence: "Can't believe the flu is going round" is general talk.
 * A condition that opens the sentence itself ("Flu jabs in the canteen") is no such frame.
 */
import { writersDroppedSubject } from './health-self-dropped';

const DIARY_DROP =
  /^\s*(?:can'?t|cannot|won'?t|couldn'?t|not going to|not coming|not able to|unable to|(?:(?:still|now|been) )?(?:off sick|signed off|off work|on sick leave|on (?:annual )?leave|(?:annual|sick|bereavement|compassionate|special|unpaid|parental|carer'?s) leave|on the sick|on phased return|on light duties|on restricted duties))\s/;
/** The writer's apology for an absence or a silence, the clause before a list item ("Apologies for missing Tuesday, ..."). */
const APOLOGY = /^\s*(?:apologies|sorry|soz) (?:for|about) (?:missing|being off|not being (?:in|at|there)|my absence|the absence|the silence|going quiet|(?:the |my )?(?:slow|late) (?:replies|reply|response|responses))\b[^,.;!?]{0,40}$/;
/** The dropped-subject frame, read for list items only. */
export function writerDropped(sentence: string): boolean {
  const s = sentence.indexOf('’') < 0 ? sentence : sentence.replace(/’/g, "'");
  return DIARY_DROP.test(s) || APOLOGY.test(s);
}
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
  if (askingForMe) return true;
  // Both frames need their words nearby: "else" before, "me"/"i" after; most terms have neither, so no regex runs.
  if (sentence.indexOf('else') >= 0 && OTHERS_TOO.test(sentence)) return true;
  if ((after.indexOf('me') >= 0 || after.indexOf(' i ') >= 0 || after.indexOf(' i\'') >= 0) && LIKE_ME.test(after)) return true;
  return subjectless(sentence) || writersDroppedSubject(sentence);
}

/** At most four words, all from ELIDED, at least one from COURSE (read by char code, no split). */
function subjectless(sentence: string): boolean {
  if (sentence.length > 48) return false;
  let words = 0;
  let course = false;
  let i = 0;
  while (i < sentence.length) {
    while (i < sentence.length && !isLetter(sentence.charCodeAt(i))) i++;
    if (i >= sentence.length) break;
    let e = i;
    while (e < sentence.length && isLetter(sentence.charCodeAt(e))) e++;
    const w = sentence.slice(i, e);
    if (++words > 4 || !ELIDED.has(w)) return false;
    if (COURSE.has(w)) course = true;
    i = e;
  }
  return course;
}
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || c === 39;

/**
 * Minor, self-limiting illnesses: the conditions NHS England's guidance "Conditions for which over the counter items should
 * not routinely be prescribed in primary care" (2018) lists as minor and self-limiting (coughs and colds, acute sore throat,
 * conjunctivitis, diarrhoea, infrequent cold sores, mild hay fever, indigestion and heartburn, infrequent constipation, mouth
 * ulcers, sunburn, travel sickness), and flu, which the NHS Health A to Z says people treat at home and get over in about a
 * week (not notifiable, unlike COVID-19, which stays). Terms of the vocabulary only: the others never fire.
 */
export const MINOR_SELF_LIMITING: ReadonlySet<string> = new Set([
  'common cold', 'head cold', 'sore throat', 'conjunctivitis', 'diarrhoea', 'diarrhea', 'stomach upset', 'upset stomach', 'cold sore',
  'cold sores', 'hay fever', 'heartburn', 'indigestion', 'constipation', 'mouth ulcer', 'mouth ulcers', 'sunburn', 'travel sickness',
  'flu', 'influenza', 'grippe',
]);
const WRITER_WORDS = /^(?:i|im|i'm|i’m|my|me)$/;
/**
 * The writer's own minor illness ("Off sick with flu, back when I'm better", "I've been off with a head cold"): the everyday
 * reason for a day or two off, which staff post as small talk; the product reads it as a not-work status, not a disclosure
 * (the team corpus labels "off sick for 3 days with a cold" clean). Someone else's is still theirs to tell: "Dave's off with
 * flu" is flagged. `persons`: the person words of the sentence before the term (PERSON's matches); `named`: a name in it.
 */
export function writersMinorIllness(term: string, persons: readonly string[], named: boolean, link: string): boolean {
  if (!MINOR_SELF_LIMITING.has(term) || named || /^(?:his|her|their|he's|she's|hes|shes|whos|who's)$/.test(link)) return false;
  return persons.every((w) => WRITER_WORDS.test(w));
}

/**
 * A condition as the subject of its sentence with a person as the object: "Menopause symptoms are killing me on nights",
 * "Sciatica kept him off work all week", "Migraines have floored her again". The object is the one person who has it (not
 * "them": a group). Stress and burnout are everyday words for a workload ("the stress is killing me").
 * `sentenceBefore`: the sentence's text before the term; `after`: the text after it.
 */
const AFTER_SUBJECT =
  /^(?:\s+(?:symptoms|flare[- ]?ups?|attacks|episodes))?\s+(?:(?:is|are|was|were|has|have|had|been|keeps|kept|still|really|just|properly|absolutely|finally|getting)\s+){0,3}(?:[a-z]+(?:ing|ed|s)|got|kept|left|put|wiped)\s+(?:me|him|her)\b/;
const OPENS_SUBJECT = /^\s*(?:the\s+|this\s+|these\s+)?$/;
export function conditionAsSubject(sentenceBefore: string, term: string, after: string): boolean {
  if (term === 'stress' || term === 'burnout' || !OPENS_SUBJECT.test(sentenceBefore)) return false;
  const m = AFTER_SUBJECT.exec(after);
  // The writer's own cold or flu stays small talk ("Flu wiped me out for a week"), as above.
  return m !== null && !(MINOR_SELF_LIMITING.has(term) && m[0].endsWith('me'));
}
