import { patientsOfHealthServices } from './health-services-frame';
import { objectsPart } from './health-object-parts';
import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear } from '../text-utils';
import { detectHealthTerms } from './health-context';
import { hypotheticalCase } from './health-person';
import { otherSenseOfHealthWord } from './health-other-senses';
import { injuryFieldItems } from './health-injury-field';
import { TERM_FIRST_WORDS } from './health-vocabulary';
import { LOOSE_TERMS, looseHealth } from './health-loose';
import { objectOn, startedOnMedicine } from './health-started-on';
import { PLAIN_CARE_TERMS, plainCare } from './health-plain-care';
import { allergicTo, describedByState, dosedMedicines, gluedCondition, livingInCare } from './health-described';

/**
 * Special-category health disclosures about a person: "signed off with depression",
 * "diagnosed with MS", "her chemo starts Monday", "he's been sectioned". Mentions of
 * a topic ("mental health awareness week", "cancer research bake sale") are not
 * disclosures: a disclosure needs a person-directed verb phrase or possessive.
 * One pass finds condition words; only those hits look back for a disclosure phrase.
 */
const CONDITION = [
  'depression', 'depressed', 'anxiety', 'stress', 'work[- ]related stress', 'ptsd', 'post[- ]traumatic stress(?: disorder)?',
  '(?:breast |bowel |prostate |lung |skin |ovarian |terminal )?cancer', 'a (?:brain )?tumou?r', 'leuka?emia', 'lymphoma',
  'chemo(?:therapy)?', 'radiotherapy', '(?:type [12] )?diabetes', 'epilepsy', 'seizures?', 'multiple sclerosis', 'ms', 'hiv', 'aids',
  'hepatitis(?: [abc])?', 'bipolar(?: disorder)?', 'schizophrenia', 'psychosis', 'dementia', "alzheimer'?s", '(?:a )?(?:nervous )?breakdown',
  'alcoholism', '(?:drug |alcohol |gambling )?addiction', 'long covid', 'covid(?:-19)?', 'endometriosis', 'menopause(?: symptoms)?',
  '(?:a )?heart attack', '(?:a )?heart condition', '(?:a )?stroke', 'adhd', 'autism', 'ocd', '(?:an )?eating disorder', 'anorexia', 'bulimia',
  'self[- ]harm(?:ing)?', 'suicidal (?:thoughts|ideation)', 'panic attacks', 'mental health (?:issues|problems|difficulties|crisis|condition)',
  "crohn'?s(?: disease)?", 'colitis', 'arthritis', 'fibromyalgia', 'migraines', 'sepsis', 'pneumonia', '(?:a )?miscarriage', 'ivf',
  'dialysis', 'kidney failure', "parkinson'?s", 'motor neurone disease', 'mnd', 'tb', 'tuberculosis', 'insomnia', 'chronic fatigue',
  '(?:a )?(?:broken|fractured) (?:leg|arm|wrist|ankle|hip|back|collarbone|ribs?)', 'a slipped disc', 'concussion', 'burnout',
  'dyslexia', 'asthma', '(?:a )?bad back', 'back pain', 'a bad knee', 'angina', 'a hernia', 'shingles', 'glandular fever', 'postnatal depression', 'hypertension', 'a prolapse',
].join('|');
const CONDITION_RE = new RegExp(`\\b(?:${CONDITION})\\b`, 'g');
const MOD = '(?: (?:a|an|his|her|their|my|severe|bad|ongoing|terminal|stage [1-4]|work[- ]related|long[- ]term|really bad|suspected))?';

/** Phrases that, ending right before a condition, make it a disclosure. */
const LEADS: Array<[RegExp, number, string]> = [
  // Each lead is a whole word or phrase: "therapy for" is not the end of "chemotherapy for" (a lead inside a treatment's name).
  [new RegExp(`\\b(?:signed off|off sick|off work|off|sick leave|on the sick|absent|in hospital|in a&e|hospitali[sz]ed|admitted)(?: sick)?(?: again| long[- ]term)?(?: with| for| due to| because of| following| after| suffering(?: from)?)${MOD} $`), 0.88, 'health.signed_off'],
  [new RegExp(`\\b(?:diagnosed with|suffer(?:s|ing|ed)? (?:from|with)|going through|counselling for|therapy for|operation for|surgery for|being treated for|receiving treatment for|undergoing|battling|struggling with|recovering from|living with|on medication for|on meds for|treatment for|(?:has|had|got|have|'s got|has got|'s had)(?: been diagnosed with)?)${MOD} $`), 0.85, 'health.disclosure'],
  // Evidence short of a diagnosis is still about the person: "poss dementia", "self declared bipolar",
  // "markers say schizophrenia" (PNC warning markers), "fit note says work-related stress".
  [new RegExp(`(?:\\bposs(?:ible|ibly)?|\\bsuspected|\\bquery|\\bprobable|\\bself[- ]?declared|\\bdeclared|\\bdeclares|\\bmarkers? (?:say|says|for|show|shows|of)|\\bwarning markers? (?:for|of)|\\b(?:fit|sick) note (?:says|for|with))[:,]?${MOD} $`), 0.75, 'health.evidence'],
  // "'s" after "that", "it", "there" is "is" ("That's cancer for you"), not a possessive.
  [/(?:\bhis|\bher|\btheir|\bmy (?:wife|husband|partner|son|daughter|mum|dad|mother|father|brother|sister)'?s|(?<!\b(?:that|it|there|here|what|where|how|this|let))'s) $/, 0.72, 'health.possessive'],
];
const STATE =
  /\b(?:(?:is|was|been|being|got|'s|has been|have been|she's|he's) (?:sectioned|pregnant|on antidepressants|in rehab|hiv positive|terminally ill|on suicide watch|diabetic|epileptic|asthmatic|having chemo|having a breakdown)|attempted suicide|tried to (?:kill|take) (?:himself|herself|themselves|his own life|her own life|their own life)|on antidepressants|(?:had|suffered|having) a miscarriage|self[- ]harm(?:ing|ed))\b/g;
/**
 * Twenty-first session (prec21): machines and systems break down too ("the aircon in room 2 is having a breakdown",
 * "the server's been having a breakdown all day"): a machine's word as the clause's subject, with no person's word
 * after it up to the breakdown ("the van broke down so he's having a breakdown" is his), makes the breakdown the machine's.
 */
const MACHINE_SUBJECT =
  /\b(?:car|van|vehicle|bus|train|lift|boiler|heating|aircon|air con|air conditioning|printer|photocopier|copier|computer|laptop|pc|server|system|network|wifi|machine|fridge|kettle|radio|phone|app|website|intranet|database)s?\b(?!(?:[^.!?\n]|[.!?](?=\S))*\b(?:i|he|she|they|we|you|him|her|them|mum|dad|wife|husband|partner|colleague|officer)\b)(?:[^.!?\n]|[.!?](?=\S))*$/;
const TOPIC_ONLY =
  /^[\s-]*(?:awareness|week|month|day|training|course|charity|fundraiser|fundraising|research|support|policy|first aid|campaign|webinar|talk|leaflet|resources?|uk|foundation|trust|society|nurses?|team|services?|clinic|ward|unit|champions?|lead|app|risk assessment|management|levels?|test|ball|bucket|centres?|centers?|hospices?|figures|rates|statistics|walk|run|appeal)\b/;
const WEAK = /^(?:ms|tb|aids|mnd|stress|burnout|covid|anxiety)$/;

const HEALTH_CUES = ['condition', 'healthState', 'healthService'];

export function detectHealth(shown: ScanContext, out: Candidate[]): void {
  const ctx = shouted(shown.text) ? asTypedInLowerCase(shown) : shown;
  const { lower } = ctx;
  const first = out.length;
  eachMatchNear(CONDITION_RE, lower, ctx.cueStarts('condition'), 12, 40, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = lower.slice(Math.max(0, start - 60), start);
    if (objectsPart(before, m[0])) return;
    for (const [lead, confidence, rule] of LEADS) {
      const l = lead.exec(before);
      if (!l) continue;
      if (hypotheticalCase(before.slice(0, before.length - l[0].length))) return;
      let c = confidence;
      if (TOPIC_ONLY.test(ctx.after(end, 24))) c -= 0.4;
      // A bare "has stress"/"had covid" is everyday talk; the acronym ones are ambiguous ("has MS Teams").
      if (rule === 'health.disclosure' && WEAK.test(m[0]) && /(?:has|had|got|have) $/.test(before)) c -= 0.3;
      if ((rule === 'health.possessive' || rule === 'health.evidence') && WEAK.test(m[0])) c -= 0.2;
      out.push({ type: 'health', start: start - l[0].length, end, confidence: c, rule });
      return;
    }
  });
  eachMatchNear(STATE, lower, ctx.cueStarts('healthState'), 30, 40, (m) => {
    if (hypotheticalCase(lower.slice(Math.max(0, m.index - 40), m.index))) return;
    if (m[0].endsWith('breakdown') && MACHINE_SUBJECT.test(lower.slice(Math.max(0, m.index - 50), m.index + m[0].length))) return;
    out.push({ type: 'health', start: m.index, end: m.index + m[0].length, confidence: 0.85, rule: 'health.state' });
  });
  detectHealthTerms(ctx, out);
  // Twelfth session: medicines named by what they act against, courses of treatment, mobility aids, organ injuries.
  looseHealth(ctx, out);
  // Fourteenth session: what a clinician starts someone on is a medicine, whatever it is called.
  startedOnMedicine(ctx, out);
  // Fourteenth session (health27): injuries and operations in plain words ("done his achilles", "had her appendix out").
  plainCare(ctx, out);
  if (ctx.has('healthService')) patientsOfHealthServices(ctx, out);
  // Eighteenth session (health18): a dosed medicine, an allergy, a state before its person, a care home (health-described.ts).
  if (ctx.termCandidates.length > 0) {
    dosedMedicines(ctx, out);
    describedByState(ctx, out);
  }
  if (ctx.has('healthState') && ctx.lower.indexOf('allergic') >= 0) allergicTo(ctx, out);
  if (ctx.has('healthService')) livingInCare(ctx, out);
  gluedCondition(ctx, out);
  if (ctx.has('condition')) injuryFieldItems(ctx, out);
  // An animal's, property seized, a kind of crime, a title (health-other-senses.ts): read once every rule has run.
  let kept = first;
  for (let i = first; i < out.length; i++) if (out[i].type !== 'health' || !otherSenseOfHealthWord(ctx.text, lower, out[i])) out[kept++] = out[i];
  out.length = kept;
}

/**
 * Thirteenth session (health13): a post shouted in capitals ("HE'S COELIAC SO GLUTEN FREE PLEASE") carries no case: the
 * rules that read a capital as a name ("Amelia Grant", not the condition "amelia") or a name's capital as a person would
 * read every word as a name or none. Such a post is read as if typed in lower case, where names are read by their words
 * (health-person.ts). Offsets are the same (ScanContext.lower lines up with the text). Every dev set read in capitals
 * lost a fifth of its health values (771 of 965 found, against 854 in lower case).
 */
function shouted(text: string): boolean {
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}
function asTypedInLowerCase(ctx: ScanContext): ScanContext {
  return Object.create(ctx, { text: { value: ctx.lower } }) as ScanContext;
}

/** The health detector: its types, cue words and entry point (collected by registry.ts). */
export const healthDetector = defineDetector({
  id: 'health',
  types: {
    health: { label: 'health information', severity: 'high', topic: 'personal_information' },
  },
  cues: {
    condition: [
      'depress', 'anxi', 'stress', 'ptsd', 'trauma', 'cancer', 'tumo', 'leuk', 'lymphoma', 'chemo', 'radiother', 'diabet',
      'epilep', 'seizure', 'sclerosis', 'ms', 'hiv', 'aids', 'hepatitis', 'bipolar', 'schizo', 'psychosis', 'dementia',
      'alzheim', 'breakdown', 'alcoholism', 'addiction', 'covid', 'endomet', 'menopaus', 'heart$', 'stroke', 'adhd', 'autism',
      'ocd', 'eating$', 'anorex', 'bulim', 'harm$', 'suicid', 'panic$', 'mental$', 'crohn', 'colitis', 'arthrit', 'fibromyal',
      'migraine', 'sepsis', 'pneumon', 'miscarr', 'ivf', 'dialys', 'kidney$', 'parkinson', 'motor$', 'mnd', 'tb', 'tubercul',
      'insomn', 'fatigue', 'broken$', 'fractur', 'slipped$', 'concuss', 'burnout', 'dyslex', 'asthma', 'angina', 'hernia',
      'shingles', 'glandular', 'postnatal', 'hypertens', 'prolapse', 'back$', 'knee',
      // A record's injuries field (health-injury-field.ts).
      'injuries$', 'injury$',
    ],
    // The services of health-services-frame.ts ("under CAMHS", "known to the crisis team").
    healthService: ['camhs', 'cmht', 'crisis', 'mental', 'psych$', 'psychiatric', 'memory', 'drug', 'substance', 'gender', 'early', 'home'],
    // Fifteenth session: a clinician's word wakes the detector for health-started-on.ts's frame alone ("the GP switched
    // her onto <a medicine the vocabulary lacks>"), with its object pronoun and "on" (objectOn, below).
    prescriber: ['gp$', 'gps$', 'doctor', 'doc$', 'docs$', 'dr$', 'nurse', 'consultant', 'surgeon', 'specialist', 'prescri', 'pharmacist', 'clinic', 'hospital'],
    healthState: [
      'sectioned', 'pregnan', 'antidepress', 'rehab', 'hiv', 'terminally', 'suicid', 'diabetic', 'epileptic', 'asthmatic',
      'chemo', 'breakdown', 'miscarr', 'harm', 'life', 'himself', 'herself', 'themselves',
      // Eighteenth session: "allergic to" an allergen (health-described.ts). In this family, not one of its own: a new
      // family shifts every later one, and the operational-use families past the 31st move to the pre-pass's high word.
      'allergic',
    ],
  },
  // The heads and aids of health-loose.ts wake its rules through the same hashed words.
  terms: [...TERM_FIRST_WORDS, ...LOOSE_TERMS, ...PLAIN_CARE_TERMS],
  // Every rule starts from a condition or state cue, or a vocabulary word the pre-pass hashed.
  needs: (c) => c.termCandidates.length > 0 || c.hasAny(HEALTH_CUES) || (c.has('prescriber') && objectOn(c.lower)),
  run: detectHealth,
});
