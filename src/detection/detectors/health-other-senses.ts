import type { Candidate } from './detector';
import { PERSON_NOUNS, sentenceBefore } from './health-person';
import { BODY_PART_SET, INJURY_NOUN_FORMS } from './health-vocabulary';

/**
 * Eighth session, clean posts: health words found where they name something other than a person's health. Each is a
 * reading of the words around the term, applied to every health finding once the health rules have run:
 * - an animal's: the sentence is about an animal (a vet treating, an animal's own body part: "hoof", "paw") and names
 *   no person by role ("Police dog Bruno has a broken leg, vet operating tonight"; not "Pony kicked the owner, he has
 *   a broken wrist");
 * - property seized: "seizure" after a thing seized or before a seizure's paperwork ("cash seizure", "seizure of the
 *   vehicle", "seizure order"): the law's word for taking property (PACE s.19, POCA);
 * - a category of crime: a condition qualifying a hate crime or discrimination ("disability hate crime") names what the
 *   offence was about, not anyone's condition (the victim's own condition is told apart, "victim has cerebral palsy");
 * - a title: "Ms", "Dr" typed as a title before a capitalised name ("a bus pass for a Ms Laura Fenwick"), which the
 *   lower-case vocabulary reads as MS.
 * - a unit (twentieth session): MS or TB right after a number is milliseconds or terabytes ("6 ms ping", "2 TB of footage").
 */
export function otherSenseOfHealthWord(text: string, lower: string, c: Candidate): boolean {
  return unitAfterNumber(lower, c) || titleBeforeName(text, c) || propertySeized(lower, c) || crimeCategory(lower, c) || animalsHealth(lower, c) || animalSubject(lower, c) || thingsDamage(lower, c) || machinesIllness(lower, c);
}

/**
 * Thirteenth session (health13): an injury named by its kind (health-vocabulary.ts, "fracture") placed in or on a thing that
 * is no body part is that thing's damage ("a fracture in the water main", "abrasions on the paintwork").
 */
const IN_THING = /^ (?:in|on|to|across) (?:the |a |an |his |her |their |my )?([a-z]+)/;
function thingsDamage(lower: string, c: Candidate): boolean {
  let s = c.end;
  while (s > c.start && lower.charCodeAt(s - 1) >= 97 && lower.charCodeAt(s - 1) <= 122) s--;
  if (c.end - s < 5 || !INJURY_NOUN_FORMS.has(lower.slice(s, c.end))) return false;
  const m = IN_THING.exec(lower.slice(c.end, c.end + 40));
  return m !== null && !BODY_PART_SET.has(m[1]) && !/^(?:left|right|upper|lower|both)$/.test(m[1]);
}

/**
 * Fourteenth session (health27): a machine said to be ill is a figure of speech ("the coffee machine's had a heart attack",
 * "the server has a virus"): a condition whose subject, right before its link, is a machine or office device.
 */
const MACHINES: ReadonlySet<string> = new Set(['machine', 'printer', 'photocopier', 'computer', 'laptop', 'server', 'system', 'network', 'engine', 'boiler', 'kettle', 'fridge', 'radio', 'heater', 'router', 'website', 'database', 'app']);
/**
 * Eighteenth session: vehicles and phones, read only as the owner of "'s" ("my car's got a bad back tyre"): before a plain
 * link they are often where a person is ("the pcso in the van got whiplash", "Steve on the triage car has broken his wrist").
 */
const OWNED_MACHINES: ReadonlySet<string> = new Set(['car', 'van', 'vehicle', 'bike', 'motorbike', 'lorry', 'phone']);
const LINKS: ReadonlySet<string> = new Set(['has', 'had', 'is', 'was', 'got', 'with', 'been']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another']);
/**
 * Read word by word, no regex and no split: it runs for every health finding. The words are those of the 40 characters
 * before the finding split at single spaces (the first may be cut short, two spaces make an empty word), walked back
 * by their offsets [s, e).
 */
function machinesIllness(lower: string, c: Candidate): boolean {
  const from = Math.max(0, c.start - 40);
  let e = c.start;
  let s = wordFrom(lower, from, e);
  // The finding may open with its subject's "'s" ("'s had a heart attack"): the subject is the word right before it.
  const q = lower.charCodeAt(c.start);
  if ((q === 39 || q === 0x2019) && lower.charCodeAt(c.start + 1) === 115) return MACHINES.has(lower.slice(s, e)) || OWNED_MACHINES.has(lower.slice(s, e));
  // Back one word: false when [s, e) was the first.
  const back = (): boolean => {
    if (s === from) return false;
    e = s - 1;
    s = wordFrom(lower, from, e);
    return true;
  };
  if (s === e && !back()) return false;
  while (ARTICLES.has(lower.slice(s, e))) if (!back()) return false;
  let links = 0;
  while (links < 2 && LINKS.has(lower.slice(s, e))) {
    links++;
    if (!back()) return false;
  }
  const w = lower.slice(s, e);
  // "the machine's had a ...": the subject's "'s" is the link.
  const owned = w.endsWith("'s") || w.endsWith('’s');
  return (links > 0 || owned) && (MACHINES.has(owned ? w.slice(0, -2) : w) || (owned && OWNED_MACHINES.has(w.slice(0, -2))));
}
/** Start of the word ending at `e`: after the last space in [from, e), else `from`. */
function wordFrom(lower: string, from: number, e: number): number {
  const sp = e > from ? lower.lastIndexOf(' ', e - 1) : -1;
  return sp >= from ? sp + 1 : from;
}

/**
 * A vet (not a veteran: "army vet"), or a body part only animals have. Words that are also surnames or slang for people
 * ("withers", "beak" for a magistrate, "snout" for an informant) are left out: they would hide a person's health.
 */
const ANIMAL_CUE =
  /(?<!\b(?:army|navy|raf|forces|military|war|combat|gulf|falklands|afghan|afghanistan|iraq|ex)[ -])\b(?:vets?|vet's|veterinary|hoof|hooves|paws?|fetlocks?|udders?)\b/;
/**
 * A person by role, kin or title: if the sentence has one, its health words are that person's. The person nouns shared
 * with PERSON (health-person.ts), and the people an animal's story may name besides them: its jockey or handler, its
 * owner, a passer-by ("people", "a member of the public"). These are an explicit addition here, not in PERSON: every
 * health rule reads PERSON to find whose a term is, and more words there would change those rules' findings.
 */
const PERSON_NOUN = new RegExp(`\\b(?:${PERSON_NOUNS.join('|')}|jockey|walker|runner|ps|owner|handler|farmer|member of (?:the )?public|dr|people|person)\\b`);

function sentenceAround(lower: string, start: number, end: number): string {
  const after = lower.slice(end, end + 100);
  const stop = /[!?\n;]|\.(?:\s|$)/.exec(after);
  return `${sentenceBefore(lower, start, 100)}${lower.slice(start, end)}${stop ? after.slice(0, stop.index) : after}`;
}

function animalsHealth(lower: string, c: Candidate): boolean {
  const sentence = sentenceAround(lower, c.start, c.end);
  return ANIMAL_CUE.test(sentence) && !PERSON_NOUN.test(sentence);
}

const SEIZED_THING_BEFORE = /\b(?:cash|money|drugs?|cannabis|assets?|vehicles?|cars?|firearms?|guns?|weapons?|property|poca|phones?|devices?|goods|cigarettes|tobacco|dogs?|plants?|proceeds)[ -]$/;
const SEIZURE_PAPERWORK_AFTER = /^ (?:of|orders?|notices?|powers?|records?|receipts?|under|warrants?|log)\b/;
function propertySeized(lower: string, c: Candidate): boolean {
  const span = lower.slice(c.start, c.end);
  const at = span.lastIndexOf('seizure');
  if (at < 0) return false;
  const word = /^seizures?/.exec(span.slice(at))?.[0] ?? 'seizure';
  const start = c.start + at;
  return SEIZED_THING_BEFORE.test(lower.slice(Math.max(0, start - 12), start)) || SEIZURE_PAPERWORK_AFTER.test(lower.slice(start + word.length, start + word.length + 12));
}

const CRIME_AFTER = /^[\s-]*(?:hate|related hate|discrimination)\b/;
function crimeCategory(lower: string, c: Candidate): boolean {
  return CRIME_AFTER.test(lower.slice(c.end, c.end + 24));
}

/**
 * Twentieth session (prec20): the acronyms MS and TB are also the units ms (milliseconds) and TB (terabytes), and a unit is
 * what follows a measured number ("940 Mbps down, 6 ms ping", "has 2 TB of footage", "latency 20ms"). A condition is not
 * counted ("aged 52, ms" has a comma between; "type 1 diabetes" is no acronym).
 */
const UNIT_AFTER_NUMBER = /\d(?:[.,]\d+)? ?(?:ms|tb)$/;
function unitAfterNumber(lower: string, c: Candidate): boolean {
  return UNIT_AFTER_NUMBER.test(lower.slice(Math.max(0, c.end - 12), c.end)) && !/[a-z0-9]/.test(lower.charAt(c.end));
}

const TITLE_TYPED = /\b(?:Ms|Mr|Mrs|Dr|Mx)\.?$/;
function titleBeforeName(text: string, c: Candidate): boolean {
  return TITLE_TYPED.test(text.slice(c.start, c.end)) && /^\.? [A-Z][a-z]/.test(text.slice(c.end, c.end + 4));
}

/**
 * Eighteenth session (health18): an animal named as the subject just before the term ("Our cat's diabetic now", "Police
 * dog Rex is on antibiotics", "PD Bruno has been diagnosed with hip dysplasia"), with no person or pronoun between the
 * animal and the term: animalsHealth needs a vet or a hoof in the sentence and no person anywhere in it, but an animal's
 * story often names its handler or owner later ("..., handler says he's fine to work"). Pets and police animals only.
 */
const ANIMAL = /\b(?:cats?|dogs?|pupp(?:y|ies)|pup|kittens?|horses?|pony|ponies|spaniel|labrador|alsatian|collie|terrier|rabbit|hamster|budgie|parrot|tortoise|ferret|pd [a-z]+)(?:'s|’s)?(?= |$)/g;
const LINK_AFTER_ANIMAL = /^(?:'s|’s)|^(?: [a-z]+)? (?:is|was|has|had|got|been|'s|’s)\b/;
const PERSON_BETWEEN = /\b(?:i|i'm|im|me|my|we|us|our|you|your|he|she|him|her|his|hers|they|them|their|he's|she's|hes|shes)\b|[,;:]/;
function animalSubject(lower: string, c: Candidate): boolean {
  const clause = sentenceBefore(lower, c.start, 60);
  if (!/(?:cat|dog|pupp|pup|kitten|horse|pon|spaniel|labrador|alsatian|collie|terrier|rabbit|hamster|budgie|parrot|tortoise|ferret|pd )/.test(clause)) return false;
  let last = -1;
  for (const m of clause.matchAll(ANIMAL)) last = (m.index ?? 0) + m[0].length;
  if (last < 0) return false;
  // Between the animal and the term: its name at most, a verb of being or having ("Rex is on", "'s been diagnosed with"), a
  // few more words, and no person, pronoun or clause break ("the dog's owner has", "the dog bit me and I have").
  // The finding may open with its link ("has arthritis", "'s diabetic").
  const between = clause.slice(last - (/['’]s$/.test(clause.slice(0, last)) ? 2 : 0));
  return LINK_AFTER_ANIMAL.test(`${between.trimEnd()} ${lower.slice(c.start, c.end)}`.replace(/ (['’]s)/, '$1')) && between.split(' ').length <= 8 && !PERSON_BETWEEN.test(between) && !PERSON_NOUN.test(between);
}
