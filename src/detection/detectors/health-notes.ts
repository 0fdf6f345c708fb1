import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import type { HealthKind } from './health-vocabulary';
import { isFirstName, isPlainFirstName, isStopWord } from './name-tokens';
import { NOT_NAME } from './health-frames';
import { ADDRESSED, GENERIC_BEFORE, PERSON, TOPIC_SENTENCE, sentenceBefore } from './health-person';

/**
 * Who a term is about where notes leave the link out (dev set 8 round), for health-context.ts and health-list.ts:
 * - a note line that opens with a name typed in lower case: "kerry ward - alcohol dependent, on subutex";
 * - a sentence that opens with a state, its subject dropped because the sentence before introduced the person:
 *   "Misper Jade Cole, 15. Epileptic, no meds with her.", "Spoke to the victim. Pregnant, due in May.";
 * - a link whose sentence opens with a participle after such a sentence: "Arrested Liam O'Connor. Taken to hospital with an
 *   overdose." (the dropped subject is the person just named);
 * - a verb of the body that names a condition, after its subject: "Gemma overdosed", "he'd overdosed twice" (WordNet's
 *   verb.body verbs derived from a condition of the vocabulary, health-vocabulary.ts).
 */

/**
 * A known first name (no everyday word) and a second word opening the sentence, before a dash, colon, comma or bracket; a
 * detail of theirs with a digit may sit between (an age, a school year, a date of birth: "rhys o'connor y10, ...").
 */
const LOWER_NAME_OPENS = /^\s*[-*•]?\s*([a-z]+) ([a-z][a-z'’-]+)(?: [a-z]{0,4}\d[\d/.]*)?\s*(?:\s[-–—]\s|[:,(])/;

/**
 * True when `sentence` (the lower-case text of a sentence up to a term or link, whole: `whole`) opens with a lower-case name
 * set off from what follows ("leanne price - heroin dependent"). The first word must be a known first name that is no
 * everyday word ("will", "grace"), the second no stop word ("police", "male").
 */
export function opensWithLowerName(sentence: string, whole: boolean): boolean {
  return lowerNameOpening(sentence, whole) >= 0;
}

/** Where the separator after a lower-case name opening `sentence` ends (see opensWithLowerName), or -1. */
export function lowerNameOpening(sentence: string, whole: boolean): number {
  if (!whole) return -1;
  const m = LOWER_NAME_OPENS.exec(sentence);
  return m !== null && isPlainFirstName(m[1]) && !isStopWord(m[2]) && !NOT_NAME.has(m[2]) ? m[0].length : -1;
}

/** Pronouns and possessives of PERSON: a note's earlier sentence must name or describe someone, not just say "I" or "his". */
const PRONOUN = /^(?:he|she|they|him|her|his|hers|their|them|i|im|i'm|my|me|hes|shes|he's|she's|who|who's|whos)$/;
const PERSON_G = new RegExp(PERSON.source, 'g');
function describesPerson(text: string, lower: string, start: number, end: number): boolean {
  const s = lower.slice(start, end);
  for (const m of s.matchAll(PERSON_G)) if (!PRONOUN.test(m[0]) && !/'s$/.test(m[0])) return true;
  // Or a known first name and a surname: "Sophie Lang DOB ...".
  for (const m of text.slice(start, end).matchAll(/\b([A-Z][a-z]+)(?= (?:O'|Mc|Mac)?[A-Z][a-z'’-]+)/g)) if (isFirstName(m[1]) && !NOT_NAME.has(m[1].toLowerCase())) return true;
  return false;
}

/**
 * Right after the item: punctuation, a spaced dash, or "and"/"&" (the item is a whole predicate, not a subject). Not a
 * question mark: "Pregnant? Maternity guidance is on the intranet" asks the reader.
 */
const ITEM_ENDS = /^(?:\s*[,;.!]|\s+[-–—]\s|\s+(?:and|&)\s|\s*$)/;
/** ", he's ...", " - she has ...": a clause whose subject is a person, with a verb of having or being. */
const PRONOUN_CLAUSE = /^\s*(?:,|\s[-–—])\s*(?:he|she)(?:['’]s|\s+(?:is|was|has|had|takes|needs|uses|gets|carries))\s/;
const SENTENCE_END = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/**
 * "Sophie Lang DOB 09/07/2006. Type 1 diabetic, no meds with her.": a state opening a sentence, standing
 * alone, right after a sentence that names or describes a person (a role noun or a first name and surname). Topic
 * sentences ("Dementia awareness week ...") have a word after the term, and courses or guidance around it do not count.
 */
export function noteOpening(ctx: ScanContext, p: number, end: number, kind: HealthKind, out: Candidate[]): void {
  // Only a state, or a noun before a person's clause: an adjective ("Asthmatic, ...") cannot be the sentence's subject, a
  // noun can ("Hypertension, diabetes and obesity were her topics").
  const { lower, text } = ctx;
  // A noun may open its sentence as a note item when a clause with a person as its subject follows it: "Heroin dependency,
  // he's on a script", "Epilepsy - she has her meds with her". The pronoun is the person; no sentence before is needed.
  const pronounClause = PRONOUN_CLAUSE.test(lower.slice(end, end + 16));
  if (kind !== 'state' && !pronounClause) return;
  let k = p;
  while (k > 0 && (lower.charCodeAt(k - 1) === 32 || lower.charCodeAt(k - 1) === 9)) k--;
  const opens = k === 0 ? pronounClause : k !== p && SENTENCE_END(lower.charCodeAt(k - 1));
  if (!opens) return;
  if (!ITEM_ENDS.test(text.slice(end, end + 6))) return;
  const own = lower.slice(end, end + 80).split(/[.!?\n]/, 1)[0];
  if (TOPIC_SENTENCE.test(own) || ADDRESSED.test(own)) return;
  if (!pronounClause && !previousDescribesPerson(text, lower, k)) return;
  out.push({ type: 'health', start: p, end, confidence: 0.7, rule: `health.note_${kind}` });
}

/** The sentence ending just before `k` (its full stop at `k - 1`) names or describes someone and is no topic or address. */
function previousDescribesPerson(text: string, lower: string, k: number): boolean {
  const previous = sentenceBefore(lower, k - 1, 120);
  if (previous.trim().length === 0 || TOPIC_SENTENCE.test(previous) || ADDRESSED.test(previous) || GENERIC_BEFORE.test(previous)) return false;
  return describesPerson(text, lower, k - 1 - previous.length, k - 1);
}

/** Participles and verbs that open a sentence whose subject was dropped: "Taken to hospital with ...", "Admitted with ...". */
const PARTICIPLE = /^(?:[a-z]+(?:ed|en)|found|brought|sent|kept|seen|known|went|came|has|had|is|was|suffers|suffering|needs|needed)$/;

/**
 * "Arrested Liam O'Connor. Taken to hospital with an overdose.": a sentence holding no person of its own, opening with
 * a participle or a link verb, right after a sentence that names or describes someone: its dropped subject is that person.
 * `before` is the sentence's text up to the link, starting at `sentenceStart`.
 */
export function subjectDroppedAfterPerson(text: string, lower: string, sentenceStart: number, before: string, link: string): boolean {
  let k = sentenceStart;
  while (k > 0 && lower.charCodeAt(k - 1) === 32) k--;
  if (k === 0 || !SENTENCE_END(lower.charCodeAt(k - 1))) return false;
  const first = /^\s*([a-z]+)/.exec(before)?.[1] ?? link;
  if (!PARTICIPLE.test(first) || TOPIC_SENTENCE.test(before) || ADDRESSED.test(before)) return false;
  return previousDescribesPerson(text, lower, k);
}

/** Words that may sit between a subject and its verb: "he'd nearly overdosed", "Gemma has apparently overdosed". */
const AUXILIARIES = new Set(['has', 'had', 'have', "'s", "'d", 'was', 'were', 'been', 'is', 'nearly', 'almost', 'possibly', 'apparently', 'allegedly', 'reportedly', 'just', 'then', 'later', 'may', 'might', 'probably', 'also', 'again']);
const SUBJECT_PRONOUN = /^(?:he|she|they|i|who|we)$/;
const CONTRACTED = /^(?:he|she|they|i|who|we)['’](?:s|d|ve)$/;

/**
 * "Gemma Salt overdosed", "she's overdosed", "the victim had overdosed": a verb form of a condition (`verbStart`..`verbEnd`)
 * with a person as its subject right before it (a subject pronoun, a role noun, a name). Not "you", "people", "anyone".
 */
export function conditionVerb(ctx: ScanContext, verbStart: number, verbEnd: number, out: Candidate[]): void {
  const { lower, text } = ctx;
  let e = verbStart;
  for (let k = 0; k < 4; k++) {
    while (e > 0 && lower.charCodeAt(e - 1) === 32) e--;
    let s = e;
    while (s > 0 && /[a-z'’]/.test(lower.charAt(s - 1))) s--;
    if (s === e) return;
    const w = lower.slice(s, e).replace(/’/g, "'");
    if (AUXILIARIES.has(w)) {
      e = s;
      continue;
    }
    const pronoun = SUBJECT_PRONOUN.test(w) || CONTRACTED.test(w);
    if (!pronoun) {
      if (/'s$/.test(w)) return; // "the lad's" could be "is" or a possessive: read only as a contraction of a pronoun
      const person = PERSON.test(w) && !/^(?:his|her|their|them|him|my|me|hers)$/.test(w);
      if (!person && !(/^[A-Z][a-z]/.test(text.slice(s, e)) && !NOT_NAME.has(w) && !isStopWord(w))) return;
    }
    // "anyone who overdoses", "people overdosing": a group, not a person.
    if (GENERIC_BEFORE.test(`${lower.slice(Math.max(0, s - 30), e)} `)) return;
    break;
  }
  out.push({ type: 'health', start: verbStart, end: verbEnd, confidence: 0.75, rule: 'health.condition_verb' });
}
