import { WORDNET_ANATOMICAL_ADJECTIVES, WORDNET_CONDITIONS } from './health-terms.generated';

/**
 * Health as people say it in plain words (dev set 13 round, written from how officers and staff talk, not from a dev
 * set's misses): WordNet lists the clinical word, people write the everyday one.
 * - labour: "in labour", "her waters broke" (pregnancy counts as health, see docs/detection.md);
 * - "concussed" (WordNet has only "concussion"), "clucking" (heroin withdrawal, as custody staff say it);
 * - "a bad chest/knee/hip ...": "bad" before a body part means ailing ("a bad back" was listed already);
 * - "stomach pumped": the treatment for a poisoning or overdose;
 * - "hearing voices" (fourteenth session, health27).
 * The sentence and link rules still need a person; "in labour" is written lower case ("in Labour" is the party).
 */
export const PLAIN_STATES = [
  'in labour', 'gone into labour', 'went into labour', 'goes into labour', 'concussed', 'clucking',
  // Fourteenth session (health27): hearing voices, as the NHS mental health pages name it (a symptom of psychosis) and
  // triage and custody notes say it ("caller is hearing voices again"); a state, read after "is", "been", "started".
  'hearing voices', 'hears voices', 'heard voices',
];
const AILING_PARTS = ['chest', 'knee', 'knees', 'hip', 'hips', 'leg', 'ankle', 'shoulder', 'neck', 'heart', 'stomach', 'foot', 'feet', 'wrist', 'eye', 'ear', 'ears'];
/**
 * Fourteenth session (health27): a syndrome named by the body part it affects is said without "syndrome" ("carpal tunnel op",
 * "her thoracic outlet"): WordNet's "X syndrome" lemmas whose X opens with an anatomical adjective (carpal, cervical,
 * thoracic, mucocutaneous) give X, where X is no lemma of its own. Eponyms and places ("Gulf War", "Chinese restaurant") stay whole.
 */
const ANATOMICAL: ReadonlySet<string> = new Set(WORDNET_ANATOMICAL_ADJECTIVES);
const KNOWN: ReadonlySet<string> = new Set(WORDNET_CONDITIONS);
const SYNDROMES_BY_PART = WORDNET_CONDITIONS.filter((c) => c.endsWith(' syndrome'))
  .map((c) => c.slice(0, -' syndrome'.length))
  .filter((x) => x.includes(' ') && ANATOMICAL.has(x.slice(0, x.indexOf(' '))) && !KNOWN.has(x));
// "Her waters broke": a condition, so a possessive links it (states are not read after "her").
export const PLAIN_CONDITIONS = [...AILING_PARTS.flatMap((p) => [`bad ${p}`, `a bad ${p}`]), 'waters broke', 'waters have broken', 'waters had broken', ...SYNDROMES_BY_PART];
export const PLAIN_TREATMENTS = ['stomach pumped'];

/**
 * Eponymous conditions said by the name alone, as "Alzheimer's" and "Parkinson's" were listed: WordNet has "Tourette's
 * syndrome", "Asperger's syndrome", "Huntington's disease", people say "he has Tourette's". Only names no one reads as an
 * everyday possessive ("Still's", "Turner's", "Wilson's" are left to the full name).
 */
export const EPONYM_SHORT_FORMS = [
  "tourette's", 'tourettes', 'tourette syndrome', "asperger's", 'aspergers', "huntington's", 'huntingtons', "korsakoff's",
  "meniere's", "hashimoto's", "munchausen's", "cushing's", "marfan's",
];
/** Conditions of development and of brain injury as services name them, and a premature birth. */
export const DEVELOPMENT_CONDITIONS = [
  'foetal alcohol syndrome', 'fetal alcohol syndrome', 'fasd', 'acquired brain injury', 'global developmental delay',
  'developmental delay', 'coeliac',
];
/** Mental health as police notes word it: a breakdown called mental, repeated overdoses, the Mental Health Act's orders. */
// Fourteenth session (health27): "OD", how control rooms and custody notes write an overdose ("after an OD", "the OD at the flats").
export const MENTAL_HEALTH_PLAIN = ['mental breakdown', 'a mental breakdown', 'overdoses', 'community treatment order', 'depot injection', 'od'];
export const BIRTH_STATES = ['born premature', 'born prematurely', 'premature baby'];

/**
 * Dev set 14 round, as safeguarding, custody and licensing notes word it:
 * - a coma doctors induce ("is in an induced coma"), beside "in a coma";
 * - a newborn's withdrawal from the mother's drug use (NHS: neonatal abstinence syndrome);
 * - injuries no one accounts for, the safeguarding phrase ("attending school with unexplained bruising");
 * - drinking named as a habit of the person ("GP says heavy drinker", "a problem drinker"), beside "an alcoholic".
 */
export const CARE_RECORD_STATES = [
  'in an induced coma', 'in a medically induced coma', 'in induced coma', 'heavy drinker', 'a heavy drinker', 'problem drinker',
  'a problem drinker', 'dependent drinker', 'a dependent drinker', 'binge drinker', 'a binge drinker',
];
const UNEXPLAINED = ['bruising', 'bruises', 'injuries', 'injury', 'marks', 'burns', 'fractures', 'cuts', 'scratches'];
export const CARE_RECORD_CONDITIONS = [
  'neonatal withdrawal', 'neonatal abstinence syndrome', ...UNEXPLAINED.map((w) => `unexplained ${w}`),
];
