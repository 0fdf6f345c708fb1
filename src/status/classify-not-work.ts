import type { NotWorkReason } from './types';
import { EVENT_NOUNS, isWorkWord } from './lexicon';

/**
 * Spots statuses that aren't about work: holidays, family news, health, and "where I'll be
 * and when" (which tells everyone on the network when a house is empty). Police work is full
 * of words like "family", "health" and "leave", so known work phrases are masked first:
 * "family liaison", "mental health triage", "leave rota", "bank holiday cover".
 */

const WORK_PHRASES = [
  /\bfamily\s+(?:liaison|court|courts|services|support|hub|hubs|intervention|justice)\w*/g,
  /\b(?:mental|public|occupational|sexual|population)\s+health\b/g,
  /\bhealth\s+(?:and|&)\s+(?:safety|wellbeing|well-being|social care)\b/g,
  /\b(?:domestic|child|children's|elder)\s+(?:abuse|protection|exploitation|services)\b/g,
  /\b(?:annual\s+)?leave\s+(?:rota|rotas|requests?|policy|process|cover|planner|allocation|system|forms?|entitlement|booking)\b/g,
  /\b(?:bank\s+)?holiday\s+(?:cover|rota|rotas|requests?|policy|planner|period|season|policing|deployment|plan|operation)\b/g,
  /\bhospital\s+(?:watch|guard|liaison|handover|protocol|conveyance|conveyances)\b/g,
  /\b(?:bed|constant)\s+watch\b/g,
  /\b(?:police|beat|community|pcso|neighbourhood|street|snt|npt|lpt|ward|councillor|mp|drop-in|advice|crime prevention)\s+surger(?:y|ies)\b/g,
  /\bsick(?:ness)?\s+(?:policy|absence|absences|management|figures|data|reporting|procedure)\b/g,
  /\b(?:maternity|paternity|parental)\s+(?:policy|guidance|procedure)\b/g,
  /\bschool\s+(?:liaison|visits?|talks?|engagement|officers?|beat|run\s+patrols?)\b/g,
  /\bmissing\s+(?:children|child|persons?|from\s+home)\b/g,
  /\bhealth\s+(?:partners?|services?|board|trust|liaison|checks?\s+(?:on|of)\s+(?:the|our)\s+(?:system|data))\b/g,
];

const HEALTH = [
  /\bmy\s+(?:mental\s+)?health\b/,
  /\b(?:off|been|signed off|going)\s+sick\b/,
  /\bsick\s+(?:leave|note|day|bug)\b/,
  /\b(?:i'?m|i am|i've been|feeling|still|a bit)\s+(?:ill|unwell|poorly|sick|rough)\b/,
  /\b(?:unwell|poorly|under the weather|flu|covid|hospital|a&e|dentist|physio|physiotherapy|chemo|chemotherapy|cancer|migraines?|sprained|pregnan\w*|maternity leave|paternity leave|medication|illness|infection|tonsillitis|chickenpox|shingles)\b/,
  /\b(?:gp|doctor'?s?|dentist'?s?|dental|medical|clinic|hospital|scan)\s+(?:appointment|appt|visit|results?)\b/,
  // "Op" and "operation" are everyday police words, so only clearly medical uses count.
  /\b(?:having|had|booked in for|waiting for)\s+(?:an?\s+|my\s+)?(?:\w+\s+)?(?:operation|op|surgery)\b/,
  /\bmy\s+(?:knee|hip|back|eye|shoulder|foot|hand|wrist|ankle|heart)\s+(?:operation|op|surgery)\b/,
  /\bsurgery\b/,
  /\bbroken\s+(?:leg|arm|wrist|ankle|foot|hand|toe|finger|nose|ribs?)\b/,
  /\brecovering\s+from\b/,
  /\bmy\s+(?:diabetes|asthma|back|knee|hip|migraines?|arthritis|blood pressure|heart condition|illness|condition|leg|arm|ankle|wrist|shoulder|neck|teeth|tooth|eyes?|cold|cough|chest|stomach|tummy|hay fever|allergies|meds|medication|prescription|therapist|counsellor|consultant|gp|doctor|nhs)\b/,
  /\b(?:diabetes|asthma|arthritis|hay fever|tonsillitis|appendicitis|pneumonia|bronchitis|norovirus|sickness bug|stomach bug|food poisoning|concussion|whiplash|sciatica|slipped disc|ivf|miscarriage|menopause)\b/,
  /\b(?:i'?ve been|i was|i am|i'?m|got|been)\s+(?:diagnosed|injured|hurt)\b/,
  /\bmy\s+(?:injury|diagnosis|illness|condition)\b/,
];

const FAMILY = [
  /\b(?:my|our)\s+(?:(?:little|eldest|youngest|new|baby|twin|step|grand|lovely|beautiful)\s*)?(?:wife|husband|partner|hubby|missus|kids?|children|child|sons?|daughters?|baby|babies|mum|mom|mam|mother|dad|father|parents|nan|nana|gran|granny|grandma|grandad|grandpa|grandparents|grandson|granddaughter|grandkids|grandchildren|family|sister|brother|siblings?|auntie|aunt|uncle|cousin|niece|nephew|in-laws|fianc[ée]e?|boyfriend|girlfriend|dog|cat|puppy|kitten|pets?)\b/,
  /\b(?:school run|nursery run|parents'? evening|kids'? party|birthday party|christening|baby shower|hen do|stag do|wedding|birthday|family)\b/,
  /\b(?:my|our)\s+(?:wedding\s+)?anniversary\b/,
];

const HOLIDAY = [
  /\b(?:holiday|holidays|hols|vacation|annual leave|on leave|my leave|time off|off work|honeymoon|cruise|staycation|getaway|city break|long weekend|weekend away|jetting off|abroad|all inclusive|all-inclusive|beach|sunbathing|ski(?:ing)? trip|half term)\b/,
  /\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+off\b/,
  /\b(?:days?|weeks?)\s+off\b/,
  /\b(?:trip|flight|flying|jetting|travelling|traveling|off|going|heading|escaping|away)\s+(?:to|in)\s+(?:sunny\s+)?(?:spain|france|portugal|greece|italy|turkey|cyprus|florida|america|the usa|usa|mexico|dubai|tenerife|lanzarote|majorca|mallorca|ibiza|benidorm|crete|corfu|malta|the caribbean|jamaica|thailand|bali|australia|canada|new york|paris|rome|amsterdam|barcelona|the maldives|maldives|disney\w*|center parcs|cornwall|devon|the lakes|the lake district|wales|scotland|ireland|egypt|morocco|croatia|iceland|vegas|las vegas|orlando|lapland)\b/,
];

const SELF_AWAY = /\b(?:i'?m|i am|i'?ll be|i will be|we'?re|we are|we'?ll be|we will be|off to|heading (?:off )?to|going to|flying to|away|out of (?:the )?(?:country|office|area)|back (?:on|from|at|in))\b/;
const TIME_PERIOD = /\b(?:for (?:a|an|one|two|three|four|five|six|\d+|a couple of|a few) (?:days?|nights?|weeks?|months?|fortnight)|a fortnight|from (?:mon|tues|wednes|thurs|fri|satur|sun)day|from (?:tomorrow|next week|the \d+\w*)|until|till|til|back on|next (?:week|month)|this (?:weekend|week)|tomorrow|tonight|over the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;
const NAMED_PLACE = /\b(?:in|to|at)\s+[A-Z][a-z]+/;

export interface NotWorkVerdict {
  reason: NotWorkReason;
  message: string;
}

export const NOT_WORK_MESSAGES: Record<NotWorkReason, string> = {
  holiday:
    "Hope it's a good break! Holiday plans are best left out of your status: everyone on the network can see it, and it tells people when you'll be away (and when your home may be empty). Your status is for work topics, like what you're working on.",
  family:
    "That sounds important to you, but family news is best shared another way. Everyone on the network can see every status, and the policy asks that it's used for work-related topics.",
  health:
    "I hope you're OK. Health details are personal, and everyone on the network can see your status, so it's best to keep them out of it. If it affects work, your line manager is the right person to tell.",
  whereabouts:
    "It's safest not to say where you'll be and when in your status: everyone on the network can see it, and it can tell people when your home is empty. Stick to what you're working on.",
};

/** Returns why a text isn't a work status, or undefined when it reads as work. */
export function classifyNotWork(text: string): NotWorkVerdict | undefined {
  let lower = ` ${text.toLowerCase()} `;
  for (const phrase of WORK_PHRASES) lower = lower.replace(phrase, (m) => ' '.repeat(m.length));
  const reason = firstReason(lower, text);
  return reason ? { reason, message: NOT_WORK_MESSAGES[reason] } : undefined;
}

function firstReason(lower: string, original: string): NotWorkReason | undefined {
  if (HEALTH.some((p) => p.test(lower))) return 'health';
  if (FAMILY.some((p) => p.test(lower))) return 'family';
  if (HOLIDAY.some((p) => p.test(lower))) return 'holiday';
  // Work words are counted on the unmasked text: "SNT surgery on Friday" is still work.
  const words = original.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  // "Attending the NPCC conference on Monday" is where someone will be, but for work.
  const mentionsWork = words.some((w) => isWorkWord(w) || EVENT_NOUNS.has(w));
  if (!mentionsWork && (SELF_AWAY.test(lower) || NAMED_PLACE.test(original)) && TIME_PERIOD.test(lower)) return 'whereabouts';
  return undefined;
}
