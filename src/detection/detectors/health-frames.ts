import { WORDNET_INJURIES } from './health-terms.generated';
import { BODY_PART_SET } from './health-vocabulary';
import { isFirstName } from './name-tokens';

/**
 * Frames that tie a health term to a person without a verb before it, as notes, records and
 * staff messages are typed (used by health-context.ts):
 * - a record's health field: "Medical: asthma - inhaler | alcohol dependency", "Health screen: Diabetic Type 2; meds Metformin";
 * - an absence or return-to-work phrase: "on a phased return after long covid", "recuperative duties after spinal surgery"
 *   (employment phrases about one member of staff: the named one, or the writer when none is named);
 * - a referral: "referred to OH for PTSD support" (the support is where the person is sent, not a topic);
 * - the owner named after the term: "physio for my shoulder", "surgery on her knee";
 * - a name set right before the term: "driver Harpreet Sandhu whiplash + cut to forehead";
 * - an injury to a body part: "cut to forehead", "bruising to his arm", "burns to both hands".
 */

/** A field label that says the field is about health, at the start of a line or after ';' or '|'. */
const HEALTH_FIELD =
  /^\s*[-*•]?\s*(?:medical(?: history)?|health(?: screen)?|meds|medications?|conditions?|diagnosis|diagnoses|injuries|allergies)(?:\s*\([^)\n]{0,40}\))?\s*(:)?\s/;

/** True when `p` lies in a line (or ';'-field) opened by a health label: "Medical: ...", "meds Metformin". */
export function inHealthField(lower: string, p: number, medication: boolean): boolean {
  let s = p;
  while (s > 0 && p - s < 120) {
    const c = lower.charCodeAt(s - 1);
    if (c === 10 || c === 59) break; // newline, ';'
    s--;
  }
  const m = HEALTH_FIELD.exec(lower.slice(s, p));
  // Without a colon only the medicines label counts, and only for a medicine ("meds Metformin 500mg").
  return m !== null && (m[1] === ':' || (medication && /^\s*[-*•]?\s*(?:meds|medications?)\b/.test(m[0])));
}

/** Employment phrases about one person's absence or return: their reason is their health. */
export const ABSENCE_FRAME =
  /\b(?:phased return|recuperative duties|restricted duties|light duties|adjusted duties|return(?:ing|ed)? to work|back (?:at|to) work|back on duty|off sick|signed off|sick leave|sickness absence|on the sick|off work)\b/;

/** "referred (to OH) for", "referral for": the term after it is the person's. */
const REFERRAL = /\b(?:referred|referral|refer|referring)\b(?: to [a-z&'’]+(?: [a-z&'’]+)?)? for (?:an? |the |his |her |their |my )?$/;
export function referralBefore(lower: string, p: number): number {
  const before = lower.slice(Math.max(0, p - 48), p);
  const m = REFERRAL.exec(before);
  return m ? p - before.length + m.index : -1;
}

/**
 * "licence revoked on medical grounds (epilepsy)", "retired on ill-health grounds - PTSD": a decision taken about one person
 * for a medical reason, and the reason set off right after it (a bracket, colon or spaced dash).
 */
const MEDICAL_GROUNDS =
  /\b(?:on|for|due to|because of|owing to) (?:medical|health|ill[- ]health) (?:grounds|reasons)\s*(?:\(|:|\s[-–—])\s*(?:(?:a|an|his|her|their|severe|chronic)\s+)?$/;
export const medicalGroundsBefore = (lower: string, p: number): boolean => MEDICAL_GROUNDS.test(lower.slice(Math.max(0, p - 60), p));

/** "physio for my shoulder", "surgery on his knee": the owner of the body part is the person. */
const OWNER_AFTER = /^ (?:for|on|to|in) (?:my|his|her|their) (?:(?:left|right|lower|upper|bad) )?([a-z]+)/;
export function ownerAfter(lower: string, end: number): boolean {
  const m = OWNER_AFTER.exec(lower.slice(end, end + 40));
  return m !== null && BODY_PART_SET.has(m[1]);
}

/** Capitalised words that are no one's name: months, days, and headings ("Wellbeing Team", "Awareness Week"). */
export const NOT_NAME: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december jan feb mar apr aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun team week month day awareness health mental support group unit service services network police force station court hospital road street lane'.split(' '),
);
const NAME_BEFORE = /(?:^|[^A-Za-z'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?) ((?:O'|Mc|Mac)?[A-Z][a-z'’-]+) $/;
/**
 * A first name and surname right before `p` ("driver Harpreet Sandhu whiplash", "Sophie Barlow self-harm"): two
 * capitalised words, the first a known first name (name-tokens.ts) or the pair after a person word or rank
 * (`personWord`, on the text before the pair), so headings ("Wellbeing Hub", "Staff Survey") are no names.
 */
export function nameRightBefore(text: string, p: number, personWord: (before: string) => boolean): boolean {
  const s = text.slice(Math.max(0, p - 60), p);
  const m = NAME_BEFORE.exec(s);
  if (!m || NOT_NAME.has(m[1].toLowerCase()) || NOT_NAME.has(m[2].toLowerCase())) return false;
  const pairStart = s.length - (m[1].length + m[2].length + 2);
  return isFirstName(m[1]) || personWord(s.slice(0, pairStart).toLowerCase());
}

/** Every form of WordNet's injuries: "cut", "cuts", "bruising", "lacerations", "injuries". */
const INJURY_FORMS = new Set<string>();
for (const w of WORDNET_INJURIES) {
  INJURY_FORMS.add(w);
  INJURY_FORMS.add(/y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch)$/.test(w) ? `${w}es` : `${w}s`);
  INJURY_FORMS.add(`${w.replace(/e$/, '')}ing`);
}
const OWNERS = new Set(['his', 'her', 'my', 'their']);
/**
 * An injury's participle before a body part, after a determiner or owner: "a cut lip", "his bruised ribs", "a burnt hand"
 * (dev set 10 round; WordNet's injuries as verbs: "-ed"/"-d" forms, and the irregular cut, hurt, split and burnt).
 */
export const INJURED_PARTICIPLES: ReadonlySet<string> = new Set([
  ...WORDNET_INJURIES.filter((w) => !/(?:ing|ion|ment|ure|age|sis|ness|ia|y|cele)$/.test(w) || w === 'fracture').map((w) => (w.endsWith('e') ? `${w}d` : `${w}ed`)),
  'cut', 'hurt', 'split', 'burnt',
]);
const INJURY_TO_WORDS = new Set(['the', 'his', 'her', 'my', 'their', 'both', 'left', 'right', 'lower', 'upper', 'a', 'an']);

const isLetter = (c: number): boolean => c >= 97 && c <= 122;
/** The lower-case word ending at `end` (spaces before `end` skipped): [start, word]. */
function wordEndingAt(lower: string, end: number): [number, string] {
  let e = end;
  while (e > 0 && lower.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && isLetter(lower.charCodeAt(s - 1))) s--;
  return [s, lower.slice(s, e)];
}

/**
 * "cut to forehead", "bruising to his arm": the start of an injury named before the body part at `part`
 * ("<injury> to [the|his|left ...] <part>"), or -1. Read backwards from the body part, so only body parts cost anything.
 */
export function injuryToBefore(lower: string, part: number, partEnd: number): number {
  if (/^[ -]?side\b/.test(lower.slice(partEnd, partEnd + 6))) return -1; // "to the left hand side"
  let [s, w] = wordEndingAt(lower, part);
  let owned = false;
  for (let k = 0; k < 3 && INJURY_TO_WORDS.has(w); k++) {
    owned ||= OWNERS.has(w);
    [s, w] = wordEndingAt(lower, s);
  }
  // "on" only before an owner ("a gash on her head", "a burn on my hand"; not "a scratch on the back door"), or (dev set 14
  // round) straight before a body part that ends the clause, as notes drop the owner ("Child has welts on back.").
  const bare = s === wordEndingAt(lower, part)[0] && /^(?:\s*[.,;!?\n]|\s*$| and )/.test(lower.slice(partEnd, partEnd + 5));
  if (w !== 'to' && !(w === 'on' && (owned || bare))) return -1;
  const [start, injury] = wordEndingAt(lower, s);
  return INJURY_FORMS.has(injury) ? start : -1;
}
