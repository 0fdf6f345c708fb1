import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';
import { healthKind, longestPhraseFrom } from './health-vocabulary';
import { phrasesAt, straight, wordAt } from './health-hits';
import { MINOR_SELF_LIMITING } from './health-self';
import { ADDRESSED, PERSON, TOPIC_AFTER, TOPIC_SENTENCE, hasName, hypotheticalCase, sentenceBefore } from './health-person';

/**
 * Eighteenth session (health18): four ways a post describes one person's health that the link walk of health-context.ts
 * does not read, each tied to a person by its own shape, never by the term alone:
 * - a medicine with its dose or count ("sertraline 100mg", "diazepam 5mg", "inhalers x2"): a dose is what someone is
 *   given or prescribed; the post must name a person (a role word or a name), and a drug seized is dropped later
 *   (health-other-senses.ts);
 * - an allergy to a named allergen after a verb of being about a person ("I'm allergic to latex", "she is allergic to
 *   peanuts"): only allergens a public list names (below), so "allergic to Mondays" stays a joke;
 * - a state word right before a singular person noun ("a deaf man", "the autistic lad", "pregnant woman"), and a
 *   sentence opened by "me" and a state ("Me deaf, ..."; BSL users writing English keep that order);
 * - living in a care home ("has been in a care home since March", "lives in a nursing home");
 * - someone's condition with "'s" glued on and how it is going ("my asthma's bad again", "her cancer's back"): the
 *   pre-pass hashes "asthma's" as one word, so the vocabulary never sees the term.
 */

/** A dose or count right after a medicine: "100mg", "60 ml", "2.5mg", "x2", "x 2". */
const DOSE = /^ ?(?:\d+(?:\.\d+)?\s?(?:mg|mcg|ml|micrograms?|milligrams?|units)|x ?\d{1,2})\b/;

/** A dose anywhere in the post, read at the pre-pass's digit starts: most posts have none, and then no candidate is looked at. */
const UNIT_AFTER = /^ ?(?:mg|mcg|ml|micrograms?|milligrams?|units)\b/;
function anyDose(ctx: ScanContext): boolean {
  const { lower } = ctx;
  for (const d of ctx.digitStarts ?? []) {
    const c = lower.charCodeAt(d - 1);
    // "x2", "x 2": an x standing alone ("inhalers x2"), not inside a plate or a code ("kx19", "0x80").
    const x = c === 120 ? d - 1 : c === 32 && lower.charCodeAt(d - 2) === 120 ? d - 2 : -1;
    if (x >= 0 && !isAlnum(lower.charCodeAt(x - 1))) return true;
    let e = d;
    while (e < lower.length && ((lower.charCodeAt(e) >= 48 && lower.charCodeAt(e) <= 57) || lower.charCodeAt(e) === 46)) e++;
    const u = lower.charCodeAt(e) === 32 ? lower.charCodeAt(e + 1) : lower.charCodeAt(e);
    if ((u === 109 || u === 117) && UNIT_AFTER.test(lower.slice(e, e + 13))) return true; // m..., u...
  }
  return false;
}

/** A medicine held, bought or taught about, not given to anyone: the first aid box, the fridge, an order, a course. */
const STOCK = /\b(?:stock|stocks|stocked|restock(?:ed|ing)?|order(?:ed|ing|s)?|kits?|box(?:es)?|fridges?|cupboards?|training|trained|supplies|supply|delivery|delivered|expired|expiry)\b/;

/** The sentence or row after `i`, up to its end ([.!?;\n], a full stop only before a space), at most `width` characters. */
function sentenceAfter(lower: string, i: number, width: number): string {
  const s = lower.slice(i, i + width);
  // An initial's full stop ("K. Rowntree") ends no row.
  const m = /[!?;\n]|(?<!(?:^|[\s,])[a-z])\.(?:\s|$)/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/**
 * A table's row ("methadone 40ml,daily,K. Rowntree") under a header naming a person column ("drug,dose,detainee"): the
 * lines above the row that are cells too (a separator in each), up to the first that is not.
 */
function personHeader(lower: string, at: number, row: string): boolean {
  if (!/[,|\t]/.test(row)) return false;
  let end = lower.lastIndexOf('\n', at);
  while (end > 0) {
    const start = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(start, end);
    if (!/[,|\t]/.test(line)) return false;
    if (PERSON.test(line)) return true;
    end = start - 1;
  }
  return false;
}

export function dosedMedicines(ctx: ScanContext, out: Candidate[]): void {
  const { lower, text } = ctx;
  if (!ctx.hasDigit || !anyDose(ctx)) return;
  for (const p of ctx.termCandidates) {
    const w = straight(wordAt(lower, p));
    const longest = longestPhraseFrom(w);
    if (longest === 0) continue;
    let end = -1;
    for (const [phrase, e] of phrasesAt(lower, p, longest, true)) if (healthKind(phrase) === 'medication') end = e;
    if (end < 0) continue;
    const dose = DOSE.exec(lower.slice(end, end + 16));
    if (!dose) continue;
    // Whose dose: a role word or a name in the medicine's own sentence or row (a log's row names its detainee: "C2,
    // Darren Hope, diazepam 5mg"). Read in the whole post, "I've put them in the first aid box" made a stock order
    // someone's medicine (fix18 review).
    const doseEnd = end + dose[0].length;
    const head = sentenceBefore(lower, p, 160);
    const tail = sentenceAfter(lower, doseEnd, 160);
    const sentence = `${head}${lower.slice(p, doseEnd)}${tail}`;
    if (STOCK.test(sentence)) continue;
    if (!PERSON.test(sentence) && !hasName(text, doseEnd + tail.length, sentence.length) && !personHeader(lower, p, sentence)) continue;
    out.push({ type: 'health', start: p, end: doseEnd, confidence: 0.75, rule: 'health.dose' });
  }
}

/**
 * What people are allergic to, as two public lists name them: the fourteen allergens food labels must declare (Food
 * Standards Agency, "Allergen guidance for food businesses") and the common allergens of the NHS Health A to Z page
 * "Allergies" (pollen, dust mites, animal fur, insect stings, latex, mould, medicines). Any medicine of the vocabulary is
 * an allergen too ("allergic to penicillin"). Lower case, singular and plural as people write them.
 */
const ALLERGENS: ReadonlySet<string> = new Set([
  'celery', 'gluten', 'wheat', 'crustaceans', 'shellfish', 'prawns', 'crab', 'lobster', 'egg', 'eggs', 'fish', 'lupin',
  'milk', 'dairy', 'lactose', 'molluscs', 'mussels', 'mustard', 'nuts', 'tree nuts', 'peanuts', 'peanut', 'nut', 'sesame',
  'soya', 'soy', 'sulphites', 'sulfites', 'pollen', 'grass', 'grass pollen', 'tree pollen', 'dust', 'dust mites',
  'house dust mites', 'cats', 'dogs', 'horses', 'animal fur', 'fur', 'feathers', 'wasps', 'bees', 'wasp stings',
  'bee stings', 'stings', 'insect bites', 'latex', 'mould', 'mold',
]);
const ALLERGIC = /\b(i'm|im|i am|is|was|he's|she's|hes|shes|they're|are|been|being|as)\s+(?:(?:very|severely|seriously|really|badly|mildly|quite|also|highly)\s+)?allergic to ([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})/g;

export function allergicTo(ctx: ScanContext, out: Candidate[]): void {
  const { lower, text } = ctx;
  eachMatch(ALLERGIC, lower, (m) => {
    const start = m.index + m[0].length - m[2].length;
    let end = -1;
    const words = m[2].split(' ');
    for (let k = words.length; k > 0 && end < 0; k--) {
      const a = words.slice(0, k).join(' ');
      if (ALLERGENS.has(a) || healthKind(a) === 'medication') end = start + a.length;
    }
    if (end < 0) return;
    const before = sentenceBefore(lower, m.index, 70);
    // "If a detainee is allergic to nuts, ..." is a case; "I'm" and "she's" say who; "is" and "as" need a person before.
    if (hypotheticalCase(`${before}${m[1]}`) || /\b(?:if|unless|whether|anyone|anybody|everyone|those)\b/.test(before)) return;
    if (!/^(?:i'm|im|i am|he's|she's|hes|shes)$/.test(m[1]) && !PERSON.test(before) && !hasName(text, m.index, before.length)) return;
    out.push({ type: 'health', start: start - 'allergic to '.length, end, confidence: 0.8, rule: 'health.allergy' });
  });
}

/** States a person is described by, before the person ("a deaf man"); each a state of the vocabulary. */
const STATES: ReadonlySet<string> = new Set(['deaf', 'deafblind', 'blind', 'autistic', 'diabetic', 'epileptic', 'asthmatic', 'pregnant', 'disabled', 'paralysed', 'dyslexic', 'schizophrenic', 'psychotic', 'suicidal']);
/** Singular person nouns only: "deaf people", "pregnant women" are groups (health-person.ts GENERIC_BEFORE). */
const ONE = 'man|woman|lady|gentleman|gent|lad|lass|bloke|fella|boy|girl|child|kid|baby|son|daughter|male|female|detainee|prisoner|victim|witness|suspect|caller|tenant|resident|neighbour|colleague|student|driver|passenger|pedestrian|misper|youth|teenager|nan|grandad|mum|dad|mother|father|brother|sister|wife|husband|partner';
const PERSON_AFTER = new RegExp(`^ (?:young |old |elderly |older |little )?(?:${ONE})\\b`);
/** What a described person noun may be part of: "disabled driver parking", "pregnant woman policy". */
const THING_AFTER = /^[ -]*(?:parking|bays?|spaces?|badges?|toilets?|access|pass(?:es)?|cards?|schemes?|policy|policies|procedures?|guidance|protocol|training|awareness|support|services?|categor(?:y|ies))\b/;
/** Nouns a person noun runs on into when it names a group, a service or a payment, not a person. */
const GROUP_AFTER =
  /^[ -]*(?:assistance|forums?|associations?|allowances?|benefits?|payments?|grants?|rights|liaison|reps?|representatives?|committees?|clubs?|teams?|staff|officers?|leads?|charit(?:y|ies)|communit(?:y|ies)|facilities|scheme|networks?|groups?|sports?|games|events?|members?|membership)\b/;
const ADVICE = /\b(?:never|always|don'?t|do not|must|should|how to|remember)\b/;
const ANY_BEFORE = /\b(?:if|unless|whether|when|any|every|each|no|for)\s+(?:a|an|the)?\s*$/;
/** "Me deaf" opening a sentence: the state's word right after "me" or "myself", which opens the post or a sentence. */
const ME_BEFORE = /(?:^|[.!?\n]\s*)(?:me|myself)\s+$/;

/** Read at the pre-pass's term candidates only: a state word is a vocabulary term, so no regex runs over the whole post. */
export function describedByState(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  for (const p of ctx.termCandidates) {
    const w = wordAt(lower, p);
    if (!STATES.has(w)) continue;
    const end = p + w.length;
    // "profoundly deaf", "registered blind": the degree is part of the state (health-person.ts MODIFIER_WORDS).
    const degree = /\b(?:profoundly|registered|severely|partially) $/.exec(lower.slice(Math.max(0, p - 12), p));
    const start = degree ? p - degree[0].length : p;
    const after = lower.slice(end, end + 40);
    if (PERSON_AFTER.test(after)) {
      const nounEnd = end + (PERSON_AFTER.exec(after) as RegExpExecArray)[0].length;
      const next = lower.slice(nounEnd, nounEnd + 24);
      // The person noun naming a service, a group or a benefit ("the disabled passenger assistance team", "the disabled
      // colleague network meets") describes no one (fix18 review).
      if (THING_AFTER.test(next) || TOPIC_AFTER.test(next) || GROUP_AFTER.test(next)) continue;
      const before = sentenceBefore(lower, start, 70);
      // Advice on whoever staff meet is about nobody ("Never restrain a pregnant woman face down", "how to help a deaf caller").
      if (ANY_BEFORE.test(before) || hypotheticalCase(before) || TOPIC_SENTENCE.test(before) || ADDRESSED.test(before) || ADVICE.test(before)) continue;
      out.push({ type: 'health', start, end, confidence: 0.75, rule: 'health.described' });
    } else if (ME_BEFORE.test(lower.slice(Math.max(0, start - 12), start))) {
      out.push({ type: 'health', start, end, confidence: 0.75, rule: 'health.described' });
    }
  }
}

/** Living in care: "has been in a care home since March", "lives in a nursing home", "moved into residential care". */
// "Been to a care home" is a visit ("I've been to a care home twice this week for the scam talks"), so "been" takes "in" only.
const IN_CARE = /\b(?:(?:lives|living|lived|live|been|resident|residing)\s+(?:(?:permanently|now|still|full[- ]time)\s+)?in|(?:moved|placed|admitted)\s+(?:(?:permanently|now|still|full[- ]time)\s+)?(?:in|into|to))\s+(?:a|the|her|his|their)\s+(?:care|nursing|residential(?: care)?) home\b/g;
/** A job, a visit or a talk at a care home ("moved into a care home role", "a care home visit"): nobody's stay. */
const HOME_AS_NOUN = /^[ -]*(?:roles?|jobs?|posts?|staff|manager|managers|workers?|visits?|talks?|inspections?|sector|work|shifts?|placements?|residents|owners?|providers?)\b/;

export function livingInCare(ctx: ScanContext, out: Candidate[]): void {
  const { lower, text } = ctx;
  if (lower.indexOf(' home') < 0 || !/(?:care|nursing|residential) home/.test(lower)) return;
  eachMatch(IN_CARE, lower, (m) => {
    const before = sentenceBefore(lower, m.index, 90);
    if (ANY_BEFORE.test(before) || hypotheticalCase(before) || TOPIC_SENTENCE.test(before)) return;
    if (!PERSON.test(before) && !hasName(text, m.index, before.length)) return;
    if (HOME_AS_NOUN.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 20))) return;
    // The finding is the stay ("in a care home"), not the verb before it.
    const at = /\b(?:in|into|to)\s/.exec(m[0]);
    out.push({ type: 'health', start: m.index + (at ? at.index : 0), end: m.index + m[0].length, confidence: 0.75, rule: 'health.in_care' });
  });
}

/**
 * A sentence opening "On <medicine>" drops the writer's "I'm" ("On sertraline at the mo, doc says ..."), read by
 * health-context.ts (kept here, not in health-self.ts, which health-person.ts reaches: no import cycle). Not a heading or
 * a rule for staff ("On naloxone: every officer carries one"). `end`: where the medicine ends.
 */
export function writerOnMedicine(lower: string, end: number): boolean {
  const rest = lower.slice(end, end + 60).split(/[.!?\n]/, 1)[0];
  return !/^\s*[:;(-]/.test(rest) && !ADDRESSED.test(rest) && !TOPIC_SENTENCE.test(rest) && !OTHER_SUBJECT.test(rest);
}
/**
 * Another subject in the sentence ("On diazepam, the custody nurse wants every dose logged", "On methadone, he says ..."):
 * then the medicine is theirs or a rule's, not the writer's (fix18 review). A bare "doc says" keeps the writer's.
 */
const OTHER_SUBJECT =
  /(?:^|[,;]\s*)(?:the|a|an|our|their|his|her|this|that|each|every)\s+(?:[a-z]+\s+){0,2}?(?:wants?|says?|said|needs?|asks?|asked|insists?|requires?|will|must|should|has|have|is|are|was|were|gets?|keeps?)\b|\b(?:he|she|they|he's|she's|they're)\b/;

/**
 * "my asthma's bad again", "her cancer's back", "his depression's got worse": a possessive pronoun, a condition or state of
 * the vocabulary with "'s" (is/has) glued on, then how it is going. Conditions only, not body parts, whose "'s" sayings are
 * idioms ("my back's against the wall", "his heart's in the right place").
 */
/** How it is going, right after the "'s ". */
const GOING = /^(?:(?:really|very|so|getting|got|been|gone|come|playing|acting|flared|flaring|much|properly|absolutely|all)\s+)?(?:bad|worse|back|flared|flaring|up|killing|better|improving|returned|through the roof|under control|worse again|bad again|spread|progressed)\b/;
const OWNER = /\b(?:my|his|her|their) $/;

/** Read at each "'s " of the post (most posts have a few), not by a regex tried at every offset. */
export function gluedCondition(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  for (const q of ["'s ", '’s ']) {
    for (let at = lower.indexOf(q); at >= 0; at = lower.indexOf(q, at + 3)) {
      if (!GOING.test(lower.slice(at + 3, at + 40))) continue;
      // The term: one word, or two ("type 2 diabetes" is longer than this frame reads; "bipolar disorder's" is not).
      let s = at;
      while (s > 0 && isLetterOrHyphen(lower.charCodeAt(s - 1))) s--;
      let start = s;
      let kind = healthKind(lower.slice(s, at));
      if (!OWNER.test(lower.slice(Math.max(0, s - 7), s)) && s > 1) {
        let s2 = s - 1;
        while (s2 > 0 && isLetterOrHyphen(lower.charCodeAt(s2 - 1))) s2--;
        kind = healthKind(lower.slice(s2, at));
        start = s2;
      }
      if (!OWNER.test(lower.slice(Math.max(0, start - 7), start))) continue;
      // The writer's own cold or flu is small talk (health-self.ts), however it is going.
      if ((kind !== 'condition' && kind !== 'state') || MINOR_SELF_LIMITING.has(lower.slice(start, at))) continue;
      out.push({ type: 'health', start, end: at, confidence: 0.8, rule: 'health.glued' });
    }
  }
}
const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isLetterOrHyphen = (c: number): boolean => (c >= 97 && c <= 122) || c === 45;
