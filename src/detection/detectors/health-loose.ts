import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatch } from '../text-utils';
import { GENERAL_TALK, GROUP_BEFORE, ONE_PERSON, lastClause } from './health-sentence';
import { TOPIC_SENTENCE, hasName, hypotheticalCase, sentenceBefore } from './health-person';
import { BODY_PART_SET, healthKind } from './health-vocabulary';
import { WordFacts, wordBefore } from './health-hits';

/**
 * Twelfth session: health told loosely, in words the vocabulary does not hold as a term, with one person in the sentence.
 *
 * - A medicine named by what it acts against: "anti-" and a condition of the vocabulary before a medicine's or a
 *   treatment's noun ("she's on an anti-HIV PEP course", "anti-epilepsy tablets"). The noun makes it a drug taken, and
 *   a course of a drug is treatment, not study (the sentence rule reads "course" as training).
 * - A course, round, cycle or sessions of a therapy or treatment ("a course of EMDR therapy", "six sessions of
 *   talking therapy"): the therapy's own name may be any word (new therapies keep coming), the frame says what it is.
 * - A mobility aid someone uses or sits in ("uses a wheelchair", "he's in a wheelchair", "on a mobility scooter"): the
 *   aid tells of the disability, as "wheelchair user" does; a ramp, a space or an access sign does not. (A walking stick
 *   was tried and left out: the dev sets label a misper's "walks with a stick" as a description, not health.)
 * - An organ's injury as the participle of what happened to it ("a collapsed lung", "a perforated bowel", "her detached
 *   retina"): WordNet's injury words miss these participles, which name an injury only before a body part.
 *
 * Every rule needs one specific person in the sentence (ONE_PERSON or a name) and no general talk (a group, advice to
 * "you", a campaign or course as topic) in the clause, as the sentence rule does (health-sentence.ts).
 */
const ANTI = /\banti-([a-z]+)((?:[ -][a-z]+){0,2}?)[ -](course|courses|drugs?|meds|medication|medicines?|tablets?|pills?|treatment|injections?|therapy|jabs?|prophylaxis|regime|regimen)\b/g;
const COURSE_OF = /\b(?:course|courses|round|rounds|cycle|cycles|sessions?|block) of ((?:[a-z-]+ ){0,2}?)(therapy|treatment|physio|physiotherapy|chemo|chemotherapy|radiotherapy|antibiotics|steroids|injections|infusions|dialysis)\b/g;
/** Not "a wheelchair ramp", "wheelchair access", "the wheelchair space": the aid as a thing of a place. */
const AID = /\b(?:uses|using|used|use|needs|relies on|in|on)\s+(?:a|an|his|her|their|my)\s+(wheelchair|mobility scooter|zimmer frame|zimmer)\b(?!\s*(?:ramp|access|space|bay|lift|friendly|accessible|spaces|bays|users?)\b)/g;
const ORGAN = /\b(?:a|an|his|her|their|my)\s+(?:(?:left|right|partially|partly)\s+)?(collapsed|perforated|burst|detached|prolapsed|herniated|ruptured|punctured)\s+([a-z]+)/g;
/**
 * What wakes each rule, read off the pre-pass's term candidates (the words it hashed for the health vocabulary: a
 * handful per post, already found), so a post without them costs no regex and no string search but one indexOf for
 * "anti-" (the scanner's speed is a target too). The heads of a course of treatment and the aids are added to the
 * hashed words (LOOSE_TERMS, health.ts); body parts are hashed already.
 */
const COURSE_HEADS: ReadonlySet<string> = new Set(['therapy', 'treatment', 'physio', 'physiotherapy', 'chemo', 'chemotherapy', 'radiotherapy', 'antibiotics', 'steroids', 'injections', 'infusions', 'dialysis']);
const AIDS: ReadonlySet<string> = new Set(['wheelchair', 'zimmer', 'scooter']);
const ORGAN_PARTICIPLES: ReadonlySet<string> = new Set(['collapsed', 'perforated', 'burst', 'detached', 'prolapsed', 'herniated', 'ruptured', 'punctured']);
export const LOOSE_TERMS: readonly string[] = [...COURSE_HEADS, ...AIDS];
const COURSE = 1;
const AID_WORD = 2;
const PART = 4;
const LOOSE_FACTS = new WordFacts().mark(COURSE_HEADS, COURSE).mark(AIDS, AID_WORD).mark(BODY_PART_SET, PART);

export function looseHealth(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  if (lower.indexOf('anti-') >= 0) eachMatch(ANTI, lower, (m) => antiMedicine(ctx, m, out));
  let course = false;
  let aid = false;
  let organ = false;
  for (const i of ctx.termCandidates) {
    const facts = LOOSE_FACTS.at(lower, i);
    if ((facts & COURSE) !== 0) course = true;
    else if ((facts & AID_WORD) !== 0) aid = true;
    else if ((facts & PART) !== 0 && ORGAN_PARTICIPLES.has(wordBefore(lower, i))) organ = true;
  }
  if (course) eachMatch(COURSE_OF, lower, (m) => courseOfTreatment(ctx, m, out));
  if (aid) eachMatch(AID, lower, (m) => mobilityAid(ctx, m, out));
  if (organ) eachMatch(ORGAN, lower, (m) => organInjury(ctx, m, out));
}

function antiMedicine(ctx: ScanContext, m: RegExpExecArray, out: Candidate[]): void {
  const kind = healthKind(m[1]);
  if (kind !== 'condition' && kind !== 'state') return;
  push(ctx, m.index, m.index + m[0].length, 'health.named_medicine', out);
}

function courseOfTreatment(ctx: ScanContext, m: RegExpExecArray, out: Candidate[]): void {
  push(ctx, m.index, m.index + m[0].length, 'health.course_of_treatment', out);
}

function mobilityAid(ctx: ScanContext, m: RegExpExecArray, out: Candidate[]): void {
  const start = m.index + m[0].length - m[1].length;
  push(ctx, m.index, start + m[1].length, 'health.mobility_aid', out);
}

function organInjury(ctx: ScanContext, m: RegExpExecArray, out: Candidate[]): void {
  if (!BODY_PART_SET.has(m[2]) || m[2] === 'back') return;
  const start = m.index + m[0].length - m[2].length - 1 - m[1].length;
  push(ctx, start, m.index + m[0].length, 'health.organ_injury', out);
}

/** A finding when the sentence tells it of one specific person and is no general talk (also health-plain-care.ts). */
export function push(ctx: ScanContext, start: number, end: number, rule: string, out: Candidate[], owned = false): void {
  const { lower, text } = ctx;
  const before = sentenceBefore(lower, start, 120);
  const rest = lower.slice(end, end + 120);
  const stop = /[!?\n;]|\.(?:\s|$)/.exec(rest);
  const after = stop ? rest.slice(0, stop.index) : rest;
  if (hypotheticalCase(before) || GROUP_BEFORE.test(before)) return;
  // The clause around the match (a comma or a spaced dash sets one off): advice to "you" elsewhere in the sentence is
  // another clause's ("drop him a message if you get a chance - he's recovering from ...").
  const clause = `${lastClause(before)} ${after.split(/[,:()]| [—–-] /, 1)[0]}`;
  if (GENERAL_TALK.test(clause) || TOPIC_SENTENCE.test(`${before} ${after}`)) return;
  // `owned`: the match itself holds "his", "her" or "my" (health-plain-care.ts), the one person it is told of.
  if (!owned && !ONE_PERSON.test(`${before} ${after}`) && !hasName(text, start, before.length)) return;
  // A term the older rules read stays theirs (one reading per term).
  if (out.some((c) => c.type === 'health' && c.start < end && start < c.end)) return;
  out.push({ type: 'health', start, end, confidence: 0.7, rule });
}
