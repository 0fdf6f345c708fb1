import { BIRTH_STATES, CARE_RECORD_CONDITIONS, CARE_RECORD_STATES, DEVELOPMENT_CONDITIONS, EPONYM_SHORT_FORMS, MENTAL_HEALTH_PLAIN, PLAIN_CONDITIONS, PLAIN_STATES, PLAIN_TREATMENTS } from './health-plain-words';
import { MORE_MEDICINES } from './health-medicines';
import { NHS_CONDITIONS, NHS_MEDICINES, NHS_STATES } from './health-nhs-a-to-z';
import { CARE_NEED_CONDITIONS, CARE_NEED_STATES, CARE_NEED_TREATMENTS } from './health-care-needs';
import { MEDICAL_DEVICES } from './health-devices';
import { MINOR_SELF_LIMITING } from './health-self';
import { WORDNET_BODY_PARTS, WORDNET_BODY_VERBS, WORDNET_CARE_UNITS, WORDNET_CONDITIONS, WORDNET_INJURIES, WORDNET_MEDICATIONS, WORDNET_MEDICATION_PLURALS, WORDNET_PLURAL_CONDITIONS, WORDNET_PLURAL_MEDICATIONS, WORDNET_PLURAL_TREATMENTS, WORDNET_SPECIALTIES, WORDNET_TREATMENTS } from './health-terms.generated';
import { hashWord, termFilter } from '../cues';
import { WORDNET_TRADE_NAMED_MEDICINES } from './health-trade-named.generated';
import { britishSpellings, dependenceConditions, dependenceStates, shortForms, typedVariants } from './health-derived-forms';

/**
 * Health vocabulary: what a condition, injury, treatment or medicine is called. Two
 * sources: WordNet's unambiguous lemmas under illness, disorder, disability, injury,
 * surgery, therapy and medication (generated, see scripts/build-health-terms.mjs), and
 * the everyday names from the NHS Health A to Z and common UK usage that WordNet files
 * under other trees or drops as ambiguous ("depression", "stroke", "chemo", "COPD").
 * The words alone decide nothing: health.ts flags a term only when a person is said to
 * have it (see health-context.ts), so ambiguous everyday words are safe here. Forms derived
 * from the lemmas by regular rules (plurals, British spellings, dependence) are in health-derived-forms.ts.
 */
export type HealthKind = 'condition' | 'state' | 'treatment' | 'medication';

const CONDITIONS = [
  'depression', 'anxiety', 'stress', 'work related stress', 'work-related stress', 'cancer', 'dementia', "alzheimer's", 'alzheimers',
  "parkinson's", 'parkinsons', 'epilepsy', 'diabetes', 'asthma', 'copd', 'emphysema', 'bronchitis', 'pneumonia', 'covid', 'long covid',
  'flu', 'sepsis', 'stroke', 'a stroke', 'mini stroke', 'heart attack', 'heart failure', 'heart condition', 'heart problems', 'angina',
  'high blood pressure', 'hypertension', 'arthritis', 'osteoporosis', 'multiple sclerosis', 'ms', 'motor neurone disease', 'mnd',
  "crohn's", 'crohns', "crohn's disease", 'colitis', 'ulcerative colitis', 'ibs', 'coeliac disease', 'kidney disease', 'kidney failure',
  'liver disease', 'cirrhosis', 'hepatitis', 'hiv', 'aids', 'tb', 'tuberculosis', 'meningitis', 'shingles', 'glandular fever',
  'endometriosis', 'menopause', 'ptsd', 'ocd', 'adhd', 'autism', 'bipolar', 'bipolar disorder', 'schizophrenia', 'psychosis',
  'eating disorder', 'anorexia', 'bulimia', 'self-harm', 'self harm', 'learning disability', 'learning difficulties', 'dyslexia',
  'dyspraxia', 'cerebral palsy', "down's syndrome", 'down syndrome', 'sickle cell', 'cystic fibrosis', 'lupus', 'fibromyalgia',
  'chronic fatigue', 'chronic fatigue syndrome', 'migraine', 'migraines', 'concussion', 'tumour', 'tumor', 'brain tumour',
  'leukaemia', 'leukemia', 'lymphoma', 'melanoma', 'blood clot', 'dvt', 'pulmonary embolism', 'hernia', 'slipped disc', 'sciatica',
  'back pain', 'bad back', 'tinnitus', 'vertigo', 'glaucoma', 'cataracts', 'breakdown', 'nervous breakdown', 'burnout', 'insomnia',
  'addiction', 'alcoholism', 'drug addiction', 'gambling addiction', 'drink problem', 'drug problem', 'overdose', 'miscarriage',
  'postnatal depression', 'pre-eclampsia', 'gestational diabetes', 'delirium', 'seizure', 'seizures', 'fits', 'mental health issues',
  'mental health problems', 'mental illness', 'personality disorder', 'bpd', 'eupd', 'hearing loss', 'sight loss', 'paralysis',
  'heart disease', 'anaemia', 'anemia', 'a heart attack', 'chest infection', 'infection', 'kidney stones', 'gallstones', 'appendicitis', 'covid-19',
  'post-traumatic stress disorder', 'panic attacks', 'anxiety attacks', 'panic attack', 'anxiety attack', 'suicidal thoughts', 'depressive episode', 'mental health crisis',
  'terminal cancer', 'breast cancer', 'bowel cancer', 'prostate cancer', 'lung cancer', 'skin cancer', 'ovarian cancer', 'a brain injury',
  'brain injury', 'head injury', 'spinal injury', 'whiplash', 'a prolapse', 'prolapse', 'a bleed on the brain', 'bleed on the brain',
  // Wounds as clinicians and control rooms write them (GSW: gunshot wound).
  'gsw', 'gunshot wound', 'gunshot wounds', 'stab wound', 'stab wounds',
  // NHS Health A to Z, "Low blood sugar (hypoglycaemia)": "also called a hypo" (WordNet's "hypo" is a syringe); and the
  // plural of WordNet's "allergy" (the A to Z page is "Allergies").
  'hypo', 'a hypo', 'hypos', 'allergies',
  // Someone's mental health (read only after a possessive, health-context.ts): "struggling with her mental health".
  'mental health',
];

/** Things a person is ("is diabetic", "she's 20 weeks pregnant"). */
const STATES = [
  'diabetic', 'type 1 diabetic', 'type 2 diabetic', 'epileptic', 'asthmatic', 'pregnant', 'suicidal', 'depressed', 'bipolar', 'autistic',
  'dyslexic', 'anorexic', 'bulimic', 'disabled', 'paralysed', 'paralyzed', 'blind', 'registered blind', 'partially sighted', 'deaf',
  'terminally ill', 'seriously ill', 'critically ill', 'hiv positive', 'immunocompromised', 'sectioned', 'in remission', 'an alcoholic',
  'alcoholic', 'a drug addict', 'a heroin addict', 'an addict', 'addict', 'drug addict', 'heroin addict', 'self-harming', 'self harming', 'schizophrenic', 'psychotic',
  'on suicide watch', 'in a coma', 'unconscious', 'brain damaged', 'wheelchair bound', 'wheelchair user', 'a wheelchair user',
  // Sensory and learning disability as people describe it (NHS and RNID/RNIB usage).
  'hard of hearing', 'hearing impaired', 'visually impaired', 'sight impaired', 'deafblind', 'learning disabled',
];

const TREATMENTS = [
  'chemo', 'chemotherapy', 'radiotherapy', 'radiation therapy', 'dialysis', 'ivf', 'surgery', 'an operation', 'operation', 'a transplant',
  'transplant', 'physio', 'physiotherapy', 'counselling', 'therapy', 'rehab', 'hysterectomy', 'mastectomy', 'a hysterectomy',
  'a mastectomy', 'bypass', 'heart bypass', 'bypass surgery', 'heart bypass surgery', 'a stent', 'stent', 'methadone script',
  'methadone programme', 'a methadone script', 'detox', 'a detox', 'cbt', 'ect', 'a biopsy', 'biopsy', 'a scan', 'scan', 'an mri', 'mri',
  'a colonoscopy', 'keyhole surgery', 'a caesarean', 'caesarean', 'c-section', 'a c-section', 'skin graft', 'amputation',
];

const MEDICATIONS = [
  'methadone', 'insulin', 'antidepressants', 'anti-depressants', 'antipsychotics', 'anti-psychotics', 'lithium', 'sertraline',
  'fluoxetine', 'citalopram', 'diazepam', 'morphine', 'inhaler', 'an inhaler', 'oxygen', 'meds', 'medication', 'buprenorphine',
  'subutex', 'pregabalin', 'gabapentin', 'tramadol', 'codeine', 'olanzapine', 'quetiapine', 'risperidone', 'clozapine', 'warfarin',
  'steroids', 'epipen', 'an epipen', 'prep', 'hrt', 'statins', 'mirtazapine', 'propranolol', 'naloxone',
];

/** Body parts an injury can name ("broken jaw", "fractured pelvis", "torn ACL", "knee replacement"). */
export const BODY_PARTS = [
  'skull', 'jaw', 'nose', 'cheekbone', 'eye socket', 'neck', 'collarbone', 'collar bone', 'shoulder', 'arm', 'elbow', 'wrist',
  'hand', 'finger', 'fingers', 'thumb', 'rib', 'ribs', 'back', 'spine', 'vertebra', 'pelvis', 'hip', 'leg', 'femur', 'knee',
  'kneecap', 'ankle', 'foot', 'toe', 'toes', 'heel', 'acl', 'achilles', 'hamstring', 'cruciate', 'cruciate ligament', 'ligament',
  'ligaments', 'cartilage', 'tendon', 'shin', 'tibia', 'fibula', 'eye', 'lung', 'spleen', 'kidney', 'liver', 'heart', 'bowel', 'gallbladder',
  'hips', 'knees', 'legs', 'arms', 'cornea', 'retina', 'shoulders', 'disc', 'brain',
  // Where injuries and pain are most often reported ("chest pains", "cut to forehead", "head injury"): WordNet body parts in their first sense.
  'chest', 'head', 'face', 'forehead', 'cheek', 'lip', 'mouth', 'ear', 'stomach', 'abdomen', 'groin', 'throat', 'scalp', 'hands', 'feet',
  // Bones and limbs from WordNet (dev set 9 round: "fractured radius", "cuts to both forearms"; scripts/build-health-terms.mjs).
  ...WORDNET_BODY_PARTS,
];

/** Intensive care and its units (WordNet): a person "in intensive care", "in NICU" is a patient there (health-context.ts). */
export const CARE_UNITS: ReadonlySet<string> = new Set(WORDNET_CARE_UNITS);

const VOCABULARY = new Map<string, HealthKind>();
const add = (kind: HealthKind, words: readonly string[]): void => {
  for (const w of words) if (!VOCABULARY.has(w)) VOCABULARY.set(w, kind);
};
add('state', STATES);
add('condition', CONDITIONS);
add('treatment', TREATMENTS);
add('treatment', MEDICAL_DEVICES);
add('state', CARE_NEED_STATES);
add('condition', CARE_NEED_CONDITIONS);
add('treatment', CARE_NEED_TREATMENTS);
add('medication', MORE_MEDICINES);
// Eighteenth session (health18): names of the NHS A to Z indexes the lists above lack (health-nhs-a-to-z.ts).
add('medication', NHS_MEDICINES);
add('condition', NHS_CONDITIONS);
add('state', NHS_STATES);
add('state', PLAIN_STATES);
add('condition', PLAIN_CONDITIONS);
add('treatment', PLAIN_TREATMENTS);
add('condition', EPONYM_SHORT_FORMS);
add('condition', DEVELOPMENT_CONDITIONS);
add('state', BIRTH_STATES);
add('state', CARE_RECORD_STATES);
add('condition', CARE_RECORD_CONDITIONS);
add('condition', MENTAL_HEALTH_PLAIN);
add('medication', MEDICATIONS);
add('condition', WORDNET_CONDITIONS);
add('state', dependenceStates([...CONDITIONS, ...WORDNET_CONDITIONS]));
add('treatment', WORDNET_TREATMENTS);
// An appointment or referral in a branch of medicine is treatment ("his cardiology appointment"); the branch alone is a subject.
add('treatment', WORDNET_SPECIALTIES.filter((s) => !s.includes(' ')).flatMap((s) => ['appointment', 'referral', 'consultation', 'review'].map((w) => `${s} ${w}`)));
add('medication', WORDNET_MEDICATIONS);
// Sixteenth session (nh16): medicines WordNet files under their chemistry, found by their gloss (a trade name and what they treat).
add('medication', WORDNET_TRADE_NAMED_MEDICINES);
add('medication', WORDNET_MEDICATION_PLURALS); // fourteenth session: "on antibiotics" (the singular is also an adjective)
// Fourteenth session (hv14): single-word WordNet terms in the plural ("on painkillers", "leg ulcers"), and detox (WordNet:
// "treatment for addiction to drugs or alcohol") named by an addiction's substance ("heroin detox"; "detox" alone: a diet).
([['condition', WORDNET_PLURAL_CONDITIONS], ['treatment', WORDNET_PLURAL_TREATMENTS], ['medication', WORDNET_PLURAL_MEDICATIONS]] as const).forEach(([k, ws]) => add(k, ws));
add('treatment', [...CONDITIONS, ...WORDNET_CONDITIONS].flatMap((c) => (/^[a-z]+ addiction$/.test(c) ? ['detox', 'detoxification'].map((d) => c.replace(/addiction$/, d)) : [])));
add('condition', dependenceConditions([...CONDITIONS, ...WORDNET_CONDITIONS]));
add('condition', shortForms(WORDNET_CONDITIONS));
add('treatment', WORDNET_CARE_UNITS);
/**
 * Thirteenth session (health13): WordNet's injuries were read only before a body part ("fracture to femur", "cuts to both
 * forearms"), so an injury named by its kind was missed ("orbital fracture", "found with self-inflicted wounds"). Those
 * whose ending makes them nouns only (-ure, -ion, -sis: fracture, laceration, contusion, abrasion, dislocation) join the
 * vocabulary, singular and plural, and so does the plural "wounds" (the singular is also the past of "wind": "wound up").
 * Not "rupture", which also names a break between people ("a rupture in the talks"). A term still needs its person.
 */
const INJURY_NOUNS = WORDNET_INJURIES.filter((w) => /(?:ure|ion|sis)$/.test(w) && w !== 'rupture');
/** The injuries named by their kind, singular and plural (health-other-senses.ts reads a thing's damage apart). */
export const INJURY_NOUN_FORMS: ReadonlySet<string> = new Set([...INJURY_NOUNS, ...INJURY_NOUNS.filter((w) => !w.endsWith('sis')).map((w) => `${w}s`), 'wounds']);
add('condition', [...INJURY_NOUN_FORMS]);
for (const [variant, phrase] of britishSpellings([...VOCABULARY.keys()])) add(VOCABULARY.get(phrase) as HealthKind, [variant]);
for (const [variant, phrase] of typedVariants([...VOCABULARY.keys()])) add(VOCABULARY.get(phrase) as HealthKind, [variant]);

/** Longest phrase length (in words) starting with each first word, so lookups try only lengths that exist. */
const LONGEST = new Map<string, number>();
for (const phrase of VOCABULARY.keys()) {
  const words = phrase.split(' ');
  LONGEST.set(words[0], Math.max(LONGEST.get(words[0]) ?? 0, words.length));
}

/** Every phrase and every leading run of its words ("a", "a bleed", "a bleed on"...): a longer phrase can only follow one of these. */
const PREFIXES = new Set<string>();
for (const phrase of VOCABULARY.keys()) {
  const words = phrase.split(' ');
  for (let k = 1; k <= words.length; k++) PREFIXES.add(words.slice(0, k).join(' '));
}

/** True when some vocabulary phrase starts with these whole words. */
export function isPhrasePrefix(words: string): boolean {
  return PREFIXES.has(words);
}

/**
 * The prefixes' FNV-1a hashes as a bit set (as the pre-pass's term filter): most runs of words after a hit ("on the",
 * "in a") open no phrase, and their bit answers that without a slice or a probe of the large set of prefixes.
 */
const PREFIX_HASHES = termFilter(PREFIXES);
/** False when lower[start, end), ’ read as ', is surely no phrase prefix (isPhrasePrefix answers exactly). */
export function mayBePhrasePrefix(lower: string, start: number, end: number): boolean {
  const h = hashWord(lower, start, end) & 0xfffff;
  return (PREFIX_HASHES[h >>> 5] & (1 << (h & 31))) !== 0;
}

export const BODY_PART_SET: ReadonlySet<string> = new Set(BODY_PARTS);

/** The kind of a vocabulary phrase, if it is one. */
export function healthKind(phrase: string): HealthKind | undefined {
  return VOCABULARY.get(phrase);
}

/** Every word that starts a vocabulary phrase. */
export function vocabularyFirstWords(): IterableIterator<string> {
  return LONGEST.keys();
}

/** The most words a phrase starting with `word` can have (0 when no phrase starts with it). */
export function longestPhraseFrom(word: string): number {
  return LONGEST.get(word) ?? 0;
}

/**
 * Verb forms of a condition (dev set 8 round): WordNet's verbs of the body (every sense in verb.body) that are, or derive
 * from, a condition or state of this vocabulary ("overdose", "ail" from "ailment", "sedate" from "sedation"). Inflected
 * forms only: the base form is often another word ("a sedate pace").
 */
const inflections = (v: string): string[] =>
  v.endsWith('e') ? [`${v}d`, `${v}s`, `${v.slice(0, -1)}ing`] : [`${v}ed`, `${v}s`, `${v}ing`];
export const CONDITION_VERB_FORMS: ReadonlySet<string> = new Set([
  // Not the verbs of a minor, self-limiting illness ("I got sunburned": small talk, health-self.ts).
  ...WORDNET_BODY_VERBS.filter((nouns) => nouns.some((n) => VOCABULARY.get(n) === 'condition' || VOCABULARY.get(n) === 'state') && !nouns.some((n) => MINOR_SELF_LIMITING.has(n)))
    .flatMap((nouns) => inflections(nouns[0])),
  // "Self-harm" is a verb too in NHS usage ("people who self-harm"; WordNet lacks it): "she self-harms", "he self-harmed"
  // (the -ing form stays a state of the vocabulary: "is self-harming").
  ...['self-harm', 'self harm'].flatMap((v) => [`${v}s`, `${v}ed`]),
]);

/** Every word that can open a term or name a body part: the words the pre-pass hashes for the health detector. */
export const TERM_FIRST_WORDS: readonly string[] = [...LONGEST.keys(), ...BODY_PARTS, ...CONDITION_VERB_FORMS];

/**
 * What a candidate word is, in one look-up (health-hits.ts reads this for each of the pre-pass's hash hits, where it
 * asked the body parts, the vocabulary, the verb forms and the phrase lengths in turn, most of them in vain).
 */
export const OPENS_TERM = 1;
/** Opens a phrase of two words or more ("on", "in", "new", "a"): a hit only when the next word continues one. */
export const OPENS_LONGER = 2;
const FIRST_WORD_FACTS = new Map<string, number>();
for (const w of [...TERM_FIRST_WORDS, 'terminally', 'hiv']) {
  const opens = BODY_PART_SET.has(w) || healthKind(w) !== undefined || w === 'terminally' || w === 'hiv' || CONDITION_VERB_FORMS.has(w);
  FIRST_WORD_FACTS.set(w, (opens ? OPENS_TERM : 0) | (longestPhraseFrom(w) > 1 ? OPENS_LONGER : 0));
}
/** OPENS_TERM and OPENS_LONGER bits of a word (0 for a word that opens nothing). */
export function firstWordFacts(word: string): number {
  return FIRST_WORD_FACTS.get(word) ?? 0;
}
