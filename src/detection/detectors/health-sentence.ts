import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatch, isAsciiLower as isLower } from '../text-utils';
import { INJURED_PARTICIPLES, injuryToBefore } from './health-frames';
import { isFirstName } from './name-tokens';
import { ADDRESSED, PERSON, TOPIC_AFTER, TOPIC_SENTENCE, hasName, personWords, sentenceBefore } from './health-person';
import { possessiveOwner } from './health-links';
import { MINOR_SELF_LIMITING, writersMinorIllness } from './health-self';
import { BODY_PART_SET, CARE_UNITS, type HealthKind } from './health-vocabulary';

/**
 * The sentence rule (dev set 10 round). Three rounds of link patterns ("has", "suffering from", "his", "on" for
 * medicines ...) each took its dev set to 0.96-1.00 and the next blind set to 0.66-0.70: the next writer links a term to
 * its person in ways no list of links foresees ("physio says its a slipped disc", "reported depression to his GP",
 * "doc says it's anxiety and gave me propranolol", "undergoing chemotherapy for breast cancer"). The general statement:
 * people name a condition, injury, treatment or medicine in a sentence about one specific person only to say something
 * about that person's health; they name it in general talk (a campaign, a course, a statistic, a group, advice to "you")
 * without one. So a vocabulary term in a sentence that refers to one specific person (a name, a title, he/she, a role noun,
 * a possessive, or the writer: I/my/me), before or after the term, counts, unless the sentence is general or topic talk.
 *
 * Everyday words of the hand-written vocabulary that have common non-health senses are left to the link rules
 * (`EVERYDAY_SENSES`, hand-written and kept small: "the stress of the move", "the operation at Hanley", "it fits"); the WordNet
 * terms are unambiguous by construction (scripts/build-health-terms.mjs keeps only lemmas every noun sense of which is
 * medical).
 */
export const EVERYDAY_SENSES: ReadonlySet<string> = new Set([
  'stress', 'burnout', 'breakdown', 'fits', 'infection', 'surgery', 'operation', 'an operation', 'therapy', 'a scan', 'scan', 'bypass',
  'transplant', 'a transplant', 'oxygen', 'meds', 'medication', 'prep', 'hrt', 'ms', 'tb', 'aids', 'ect', 'rehab', 'detox',
  'a detox', 'mri', 'an mri', 'cbt', 'stent', 'a stent', 'stroke', 'back pain', 'bad back', 'mental health', 'addict', 'addiction',
  'disabled', 'blind', 'deaf', 'unconscious', 'steroids', 'statins', 'covid', 'flu', 'allergies', 'counselling', 'physio',
  // Devices with other senses (health-devices.ts): a race's pacemaker, a band.
  'pacemaker', 'a pacemaker', 'hearing aid',
]);

/** One specific person: pronouns of one person, the writer, role nouns and titles (not "they", "who": groups and questions). */
export const ONE_PERSON =
  /\b(?:he|she|him|her|his|hers|himself|herself|i|im|i'm|i've|i'd|ive|my|me|myself|hes|shes|he's|she's|he'd|she'd|victim|vic|ip|suspect|male|female|man|woman|lady|gent|lad|lass|bloke|fella|gentleman|boy|girl|child|kid|baby|toddler|infant|newborn|pupil|juvenile|son|daughter|mum|mom|dad|mother|father|wife|husband|partner|brother|sister|nan|grandad|grandmother|grandfather|colleague|detainee|arrestee|prisoner|defendant|dp|misper|occupant|resident|neighbour|driver|passenger|patient|witness|caller|complainant|subject|nominal|officer|pc|dc|ps|ds|sgt|insp|pcso|sergeant|sarge|inspector|constable|probationer|recruit|student|carer|informant|offender|holder|tenant|owner|keeper|cyclist|motorcyclist|pedestrian|rider|biker|inmate|lodger|paramedic|medic|firefighter|mr|mrs|ms|miss|dr)\b/;

/**
 * Dev set 13 round: "going/back to work at ..." is where someone goes, not a job, so it is no topic talk; a
 * vehicle's (registered) keeper is one person like its owner, and so are road users (cyclist, pedestrian, rider).
 *
 * General or topic talk: awareness, training, campaigns, policy, statistics, events, media, groups of people, advice to
 * "you" (with ADDRESSED, GENERIC_BEFORE, TOPIC_SENTENCE of health-person.ts).
 */
export const GENERAL_TALK =
  /\b(?:people|patients|sufferers|survivors|families|children|kids|adults|men|women|victims|officers|staff|anyone|anybody|everyone|someone|somebody|nobody|whoever|if you|you|your|charity|charities|fundraiser|fundraising|raise|raised|raising|donate|donated|donations?|sponsor|sponsored|bake sale|walk|marathon|run for|statistics|stats|figures|cases|per cent|percent|rates?|survey|study|studies|documentary|film|movie|book|novel|article|podcast|programme|episode|series|soap|telly|tv|the play|character|news|advert|poster|leaflet|quiz|questions?|answers?|(?:talk|talked|talking|on|read|reading|heard|learn|learnt|learned|learning|know|knows|knew)(?: all| a lot| loads| more)? about|how|lecture|homework|project|dissertation|thesis|biology|science|gcses?|a[- ]levels?|revision|revising|exam|essay|assignment|module|topic|subject of|signs of|symptoms of|causes?|caused by|linked to|risk of|leading|prevent|prevention|common|rare|type of|kind of|such as|e\.?g|what is|how to|info|information|(?<!(?:going|back|go|goes|get|gets|got|went|walk|walking|drive|driving) to )works? (?:in|on|at|for)|job|career|role in|specialis\w+|nurses|doctors|nhs|research|awareness)\b/;

/** A group right before the term ("people with dementia", "every officer carries"): GENERIC_BEFORE of health-person.ts without "for", which here opens a reason ("chemo for breast cancer"). */
export const GROUP_BEFORE = /\b(?:every|each|people|anyone|anybody|someone|somebody|those|staff|officers|colleagues|patients|persons|individuals|everyone|families|children|adults|men|women|if you|you|do you)\s+(?:\w+\s+)?$/;
/** A term naming a kind of administration or trade, not anyone's condition: "ill health retirement", "the insulin price debate". */
const ADMIN_AFTER = /^[\s-]*(?:retirement|pension|grounds|scheme|process|procedure|forms?|paperwork|papers|payments?|benefits?|leave|allowance|prices?|costs?|debate|shortages?|stocks?|supply|supplies|market|industry)\b/;

/** The text of the sentence after `end` (at most `width` characters, up to the sentence's end). */
function sentenceAfter(lower: string, end: number, width: number): string {
  const s = lower.slice(end, end + width);
  const m = /[!?\n;]|\.(?:\s|$)/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** A possessive noun owned by a person or a name ("Dave's", "the victim's") in `sentence`, which starts at `from`. */
function possessiveIn(text: string, lower: string, sentence: string, from: number): boolean {
  for (const m of sentence.matchAll(/[a-z]+'s\b/g)) if (possessiveOwner(text, lower, from + (m.index ?? 0), m[0])) return true;
  return false;
}

/**
 * The last clause of `before`: what follows its last comma, colon, bracket or dash that is not joined to the next
 * character ("x-ray", "—paranoid" go on; "s.136 — paranoid", "her," end a clause). Fourteenth session (speed round 2):
 * `before.slice(before.search(/(?:[^,:()—–-]|[—–-](?=\S))*$/))` read back from the end, one step per character (the
 * search tried every start and was quadratic in the sentence's commas).
 */
export function lastClause(before: string): string {
  let s = before.length;
  for (; s > 0; s--) {
    const c = before.charCodeAt(s - 1);
    if (c === 44 || c === 58 || c === 40 || c === 41) break;
    if ((c === 0x2014 || c === 0x2013 || c === 45) && (s === before.length || /\s/.test(before.charAt(s)))) break;
  }
  return before.slice(s);
}

/** The sentence rule: a finding for the term at [termStart, end) when its sentence tells it of one specific person. */
export function sentenceRule(ctx: ScanContext, termStart: number, end: number, kind: HealthKind, out: Candidate[]): void {
  if (toldOfOnePerson(ctx, termStart, end, kind)) out.push({ type: 'health', start: termStart, end, confidence: 0.7, rule: 'health.sentence' });
}

/** True when the term at [termStart, end) is told about one specific person by the sentence it is in (the sentence rule above). */
export function toldOfOnePerson(ctx: ScanContext, termStart: number, end: number, kind: HealthKind): boolean {
  const { lower, text } = ctx;
  const term = lower.slice(termStart, end);
  // Medicines, treatments, conditions and states alike; the kind is for the caller's finding.
  if (EVERYDAY_SENSES.has(term) || !kind) return false;
  // A term capitalised mid-sentence is a name or part of a title ("images of Amelia Grant": WordNet's "amelia" is a condition).
  // Fifteenth session: not one written in capitals of two to five letters, an initialism ("GTN spray given", "has COPD"),
  // but for a care unit's, which names the place ("the Royal Stoke ICU"; health-care-units.ts reads who is in it).
  if (/^[A-Z]/.test(text.charAt(termStart)) && (!/^[A-Z]{2,5}\b/.test(text.slice(termStart, termStart + 6)) || CARE_UNITS.has(term)) && !/(?:^|[.!?\n:;-]\s*)$/.test(text.slice(Math.max(0, termStart - 3), termStart))) return false;
  const after = sentenceAfter(lower, end, 100);
  if (TOPIC_AFTER.test(after.slice(0, 24)) || ADMIN_AFTER.test(after.slice(0, 24))) return false;
  const before = sentenceBefore(lower, termStart, 100);
  const from = termStart - before.length;
  const sentence = `${before} ${after}`;
  // General talk is read in the term's own clause: a sentence may tell someone's condition and then speak to others
  // ("X is having chemo, she's asked us to share so people know why she's off").
  // A spaced dash sets off a clause as a comma does ("Officers detained Mr K under s.136 — paranoid schizophrenia, ...").
  const clause = `${lastClause(before)} ${upToClauseMark(after)}`;
  // A course, a campaign or a policy makes the whole sentence a topic ("Dementia, she said, is the theme of the next talk").
  if (GROUP_BEFORE.test(before) || TOPIC_SENTENCE.test(sentence) || ADDRESSED.test(clause) || GENERAL_TALK.test(clause)) return false;
  // The writer's own cold or flu is small talk (health-self.ts).
  const named = hasName(text, termStart, before.length) || nameAfter(text, end, after.length);
  // Only a minor illness can be small talk: the person words are read for one alone.
  if (MINOR_SELF_LIMITING.has(term) && writersMinorIllness(term, personWords(sentence), named, '')) return false;
  if (ONE_PERSON.test(sentence) || named || possessiveIn(text, lower, before, from)) return true;
  return personCarried(text, lower, from, sentence);
}

/** Notes drop the subject a sentence shares with the one before ("detainee Shane Podmore, CRO ... Insulin-dependent type 2
 * diabetes, meds brought in"; "caller ... saying she can't breathe. Call taker thinks asthma attack"). */
const NO_PERSON_CARRY = /\b(?:they|them|their|we|us|our|it|its|topics|themes)\b/;
/** Meeting, thanking or welcoming someone: the next sentence is about the meeting's subject, not that person's health. */
const MET_OR_THANKED = /\b(?:thanks?|thank you|cheers|welcome|congrat\w*|well done|great work|meet|met|meeting|talk|visit(?:ed)?)\b/;
function personCarried(text: string, lower: string, from: number, sentence: string): boolean {
  // The sentence before, when this one refers to nobody else: a person named or described there is the one meant.
  // Not from a question ("Pregnant? The guidance is ..."), nor a sentence of general talk anywhere in it.
  if (from < 2 || NO_PERSON_CARRY.test(sentence) || GENERAL_TALK.test(sentence) || lower.charCodeAt(from - 1) === 63) return false;
  if (/^[^.!?\n]*\?/.test(lower.slice(from, from + 100))) return false;
  const end = from - 1;
  const previous = sentenceBefore(lower, end, 160);
  if (previous.length === 0 || GENERAL_TALK.test(previous) || TOPIC_SENTENCE.test(previous) || MET_OR_THANKED.test(previous)) return false;
  // A person word, or a known first name and surname: hasName's broader reading of capitals ("Macmillan") is not carried.
  return ONE_PERSON.test(previous) || fullNameIn(text.slice(end - previous.length, end));
}
function fullNameIn(s: string): boolean {
  for (const m of s.matchAll(/\b([A-Z][a-z]{2,}) (?:Mc|Mac|O')?[A-Z][a-z'’-]+/g)) if (isFirstName(m[1])) return true;
  return false;
}

/** A known first name (capitalised) in the `width` characters after `end`: "..., Kelly Brough 24yrs". */
function nameAfter(text: string, end: number, width: number): boolean {
  for (const m of text.slice(end, end + width).matchAll(/\b([A-Z][a-z]{2,})\s+[A-Z][a-z]+/g)) if (isFirstName(m[1])) return true;
  return false;
}

const INJURED_PART = /\b(a|an|his|her|their|my)\s+(?:(?:nasty|bad|badly|deep|small|minor|swollen|painful|sore|huge|big)\s+)?([a-z]+)\s+([a-z]+)(?:\s+([a-z]+))?/g;
/**
 * "a cut lip", "his bruised ribs": an injury's participle (health-frames.ts) before a body part, after a determiner or an
 * owner, with a person in the sentence (an owner is one). Not "back", also an adverb ("a cut back on overtime").
 */
export function injuredParts(ctx: ScanContext, out: Candidate[]): void {
  const { lower, text } = ctx;
  eachMatch(INJURED_PART, lower, (m) => {
    if (!INJURED_PARTICIPLES.has(m[2])) return;
    const two = m[4] !== undefined && BODY_PART_SET.has(`${m[3]} ${m[4]}`);
    if (!two && (!BODY_PART_SET.has(m[3]) || m[3] === 'back')) return;
    const before = sentenceBefore(lower, m.index, 90);
    if (!/^(?:his|her|their|my)$/.test(m[1]) && !PERSON.test(before) && !hasName(text, m.index, before.length)) return;
    const start = m.index + m[0].indexOf(` ${m[2]} `) + 1;
    const end = start + m[2].length + 1 + m[3].length + (two ? 1 + m[4].length : 0);
    // An overlapping "sprained ankle" of the injury rule is merged with it by the scanner, as other overlaps are.
    out.push({ type: 'health', start, end, confidence: 0.75, rule: 'health.injury' });
  });
}

/**
 * Thirteenth session (health13): the same injury listed with no determiner, as a clause of its own after a comma, dash or
 * "and" ("came off at the match – concussion and bruised ribs", "thrown off, bruised shoulder but ok"): injuries are
 * listed so in incident notes. The participle must open the clause (so "a cut back on overtime" and "the cut hand towel"
 * stay out), the body part must end its phrase, and the sentence must hold a person, as above. Read from each body part
 * the pre-pass found (health-context.ts), walking back by char codes.
 */
const PART_ENDS = /^(?:\s*[,.;:!?)\n]|\s*$|\s+[-–—]|\s+(?:and|but|so|with|from|after|too|as|which|&)\b)/;
export function listedInjuredPart(ctx: ScanContext, part: number, partEnd: number, out: Candidate[]): void {
  const { lower, text } = ctx;
  const [start, participle] = wordBefore(lower, part);
  if (!INJURED_PARTICIPLES.has(participle)) return;
  let q = start;
  while (q > 0 && lower.charCodeAt(q - 1) === 32) q--;
  const c = lower.charCodeAt(q - 1);
  // , ; – — & or a spaced "-", or the word "and".
  const opens = c === 44 || c === 59 || c === 8211 || c === 8212 || c === 38 || (c === 45 && lower.charCodeAt(q - 2) === 32) || wordBefore(lower, start)[1] === 'and';
  if (!opens || q === start) return;
  // A body part of two words ("eye socket") ends at its second.
  const next = wordAfter(lower, partEnd);
  const end = next && BODY_PART_SET.has(`${lower.slice(part, partEnd)} ${next[1]}`) ? next[0] + next[1].length : partEnd;
  if (end === partEnd && lower.slice(part, partEnd) === 'back') return;
  if (!PART_ENDS.test(lower.slice(end, end + 8))) return;
  const before = sentenceBefore(lower, start, 90);
  if (!PERSON.test(before) && !hasName(text, start, before.length)) return;
  out.push({ type: 'health', start, end, confidence: 0.7, rule: 'health.injury' });
}
/** The lower-case word ending before `end` (one space between): [start, word], or [end, ''] if none. */
function wordBefore(lower: string, end: number): [number, string] {
  if (lower.charCodeAt(end - 1) !== 32) return [end, ''];
  let s = end - 1;
  while (s > 0 && isLower(lower.charCodeAt(s - 1))) s--;
  return [s, lower.slice(s, end - 1)];
}
/** The lower-case word after `end` (one space between): [start, word], or undefined. */
function wordAfter(lower: string, end: number): [number, string] | undefined {
  if (lower.charCodeAt(end) !== 32) return undefined;
  let e = end + 1;
  while (e < lower.length && isLower(lower.charCodeAt(e))) e++;
  return e > end + 1 ? [end + 1, lower.slice(end + 1, e)] : undefined;
}

/** `s.split(/[,:()]/, 1)[0]` without a regex: `s` up to its first comma, colon or bracket. */
function upToClauseMark(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 58 || c === 40 || c === 41) return s.slice(0, i);
  }
  return s;
}

/**
 * Moved from health-context.ts (fix18: file size). "cut to forehead", "bruising to his arm". Unlike "broken jaw", "bruising to upper arm" is also how reports of an object
 * or a scene read: the sentence must hold a person.
 */
export function injuryTo(ctx: ScanContext, part: number, partEnd: number, out: Candidate[]): void {
  const { lower, text } = ctx;
  const start = injuryToBefore(lower, part, partEnd);
  if (start < 0) return;
  const before = sentenceBefore(lower, start, 90);
  if (!/\b(?:his|her|their|my)\s/.test(lower.slice(start, part)) && !PERSON.test(before) && !hasName(text, start, before.length)) return;
  out.push({ type: 'health', start, end: partEnd, confidence: 0.8, rule: 'health.injury_to' });
}
