import type { Candidate } from '../types';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';

/**
 * Special-category health disclosures about a person: "signed off with depression",
 * "diagnosed with MS", "her chemo starts Monday", "he's been sectioned". Mentions of
 * a topic ("mental health awareness week", "cancer research bake sale") are not
 * disclosures: a disclosure needs a person-directed verb phrase or possessive.
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
  'a (?:broken|fractured) (?:leg|arm|wrist|ankle|hip|back|collarbone)', 'a slipped disc', 'concussion', 'burnout', 'grief',
].join('|');

const PATTERNS: Array<[RegExp, number, string]> = [
  [new RegExp(`\\b(?:signed off|off sick|off work|sick leave|on the sick|absent|in hospital|in a&e|hospitali[sz]ed|admitted)(?: sick)?(?: again| long[- ]term)?(?: (?:with|for|due to|because of|following|after|suffering))(?: (?:a|an|his|her|their|my|severe|bad|ongoing|work[- ]related|long[- ]term))? (?:${CONDITION})\\b`, 'g'), 0.88, 'health.signed_off'],
  [new RegExp(`\\b(?:diagnosed with|suffer(?:s|ing|ed)? (?:from|with)|being treated for|receiving treatment for|undergoing|battling|struggling with|recovering from|living with|on medication for|on meds for|treatment for|(?:has|had|got|have|'s got|has got) (?:been diagnosed with )?)(?: (?:a|an|severe|bad|ongoing|terminal|stage [1-4]))? ?(?:${CONDITION})\\b`, 'g'), 0.85, 'health.disclosure'],
  [new RegExp(`\\b(?:his|her|their|my wife'?s|my husband'?s|my partner'?s|my son'?s|my daughter'?s|my mum'?s|my dad'?s) (?:${CONDITION})\\b`, 'g'), 0.72, 'health.possessive'],
  [/\b(?:(?:is|was|been|being|got|'s|has been|have been) (?:sectioned|pregnant|on antidepressants|in rehab|hiv positive|terminally ill|on suicide watch|diabetic|epileptic|asthmatic|having chemo|having a breakdown)|attempted suicide|tried to (?:kill|take) (?:himself|herself|themselves|his own life|her own life|their own life)|on antidepressants|(?:had|suffered|having) a miscarriage|self[- ]harm(?:ing|ed))\b/g, 0.85, 'health.state'],
];
const TRIGGER = /sick|ill|hospital|a&e|diagnos|suffer|treat|undergo|battl|struggl|recover|living with|medication|meds|his |her |their |my |sectioned|pregnan|antidepress|rehab|suicid|harm|miscarr|diabetic|epilep|asthma|chemo|breakdown|signed off|absent|admitted|has |had |got /;
const TOPIC_ONLY = /^[\s-]*(?:awareness|week|month|day|training|course|charity|fundraiser|fundraising|research|support|policy|first aid|campaign|webinar|talk|leaflet|resources?|uk|foundation|trust|society|nurses?|team|services?|clinic|ward|unit|champions?|lead|app)\b/;

export function detectHealth(ctx: ScanContext, out: Candidate[]): void {
  if (!TRIGGER.test(ctx.lower)) return;
  for (const [re, confidence, rule] of PATTERNS) {
    eachMatch(re, ctx.lower, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      // "struggling with stress awareness training" is about a topic.
      const after = ctx.after(end, 24);
      let c = confidence;
      if (TOPIC_ONLY.test(after)) c -= 0.4;
      // "has ms" etc: short acronyms after a generic verb need more than that.
      if (/(?:has|had|got|have) (?:ms|tb|aids|mnd|stress|grief|burnout|covid)$/.test(m[0])) c -= 0.3;
      out.push({ type: 'health', start, end, confidence: c, rule });
    });
  }
}
