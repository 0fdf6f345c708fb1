import { NOT_NAME } from './health-frames';
import { isNounFirstName, isPlainFirstName } from './name-tokens';
import { isPublicFigure, isSurnameShaped, opensLowerCaseName } from './name-surnames';

/**
 * Who a health term is about, shared by the health rules (health-context.ts, health-list.ts): the person
 * words, the generic groups and topics that make a mention no disclosure, and the sentence a person is looked for in.
 */
export const MODIFIER_WORDS = new Set([
  ...('a an the his her their my some severe suspected advanced chronic terminal mild early late onset early-onset stage type bad serious ongoing possible recurring recurrent long-term long term acute major minor another multiple diagnosed confirmed undiagnosed weeks now also really very quite still been being likely probable probably new recent emergency planned pre-existing existing known lower upper left right then partially profoundly severely heavily mildly moderately totally completely double triple quadruple'.split(' ')),
  // Fourteenth session: a stage named by its place, hyphenated as one word ("end-stage COPD", "late-stage cancer").
  'end-stage', 'late-stage', 'early-stage',
]);
/**
 * The nouns that name a person by role, kin or title ("victim", "son", "detainee", "PC", "Mrs"), kept once for the two
 * rules that read them: PERSON (whose a health term is) and health-other-senses.ts (a sentence about an animal that
 * names a person).
 */
export const PERSON_NOUNS: readonly string[] = [
  'victim', 'vic', 'ip', 'suspect', 'male', 'female', 'man', 'woman', 'lady', 'gent', 'lad', 'lass', 'bloke', 'fella',
  'boy', 'girl', 'child', 'kid', 'baby', 'adult', 'casualty', 'pupil', 'son', 'daughter', 'mum', 'mom', 'dad',
  'mother', 'father', 'wife', 'husband', 'partner', 'brother', 'sister', 'colleague', 'detainee', 'prisoner', 'dp',
  'misper', 'resident', 'neighbour', 'driver', 'passenger', 'patient', 'witness', 'caller', 'subject', 'youth', 'teen',
  'officer', 'pc', 'dc', 'sgt', 'pcso', 'student', 'keeper', 'cyclist', 'motorcyclist', 'pedestrian', 'rider', 'biker',
  'inmate', 'tenant', 'mr', 'mrs', 'ms', 'miss',
];
/**
 * Person nouns PERSON reads and the animal rule of health-other-senses.ts does not, as before the lists were joined.
 * Reading them there too left every dev corpus's findings unchanged (tidy session), but would be a change of behaviour.
 */
export const MORE_PERSON_NOUNS: readonly string[] = [
  'gentleman', 'little one', 'newborn', 'infant', 'toddler', 'schoolboy', 'schoolgirl', 'juvenile', 'nan', 'grandad',
  'grandmother', 'grandfather', 'arrestee', 'occupant', 'nominal', 'elderly', 'teenager', 'insp', 'sergeant', 'sarge',
  'inspector', 'constable', 'probationer', 'recruit', 'cadet', 'trainee', 'staff member', 'member of staff', 'carer',
  'informant', 'offender', 'complainant', 'lodger', 'paramedic', 'medic', 'firefighter',
  // Fourteenth session (health27): an HR or Federation case's person ("employee absent with ..."), a tutor's student.
  'employee', 'tutee',
  // Eighteenth session: a new member of staff ("our new starter is a wheelchair user").
  'new starter',
];
/**
 * The pronouns and possessives ("he", "her", "who's", "Dave's") PERSON reads before the nouns. "Everyone's", "anyone's",
 * "somebody's" and "no one's" are nobody in particular (fix18 review), so the possessive skips them.
 */
const PERSON_PRONOUNS = String.raw`he|she|they|him|her|his|hers|their|them|i|im|i'm|my|me|hes|shes|he's|she's|who|who's|whos|(?!(?:every|any|some|no)(?:one|body)'s)\w+'s`;
export const PERSON = new RegExp(`\\b(?:${PERSON_PRONOUNS}|${PERSON_NOUNS.join('|')}|${MORE_PERSON_NOUNS.join('|')})\\b`);
const PERSON_G = new RegExp(PERSON.source, 'g');
/** Every person word of `sentence` (PERSON's matches), in order. */
export const personWords = (sentence: string): string[] => Array.from(sentence.matchAll(PERSON_G), (m) => m[0]);
/** A sentence addressed to anyone it concerns, or about staff in general. */
export const ADDRESSED = /\b(?:you|your|you're|youre|anyone|anybody|everyone|staff|officers|colleagues|those|people)\b/;
/** Generic groups: "people with dementia", "anyone with asthma", "every officer carries naloxone" are topics, not disclosures. */
export const GENERIC_BEFORE = /\b(?:every|each|people|anyone|anybody|someone|somebody|those|staff|officers|colleagues|patients|persons|individuals|everyone|families|children|adults|men|women|if you|you|do you|for)\s+(?:\w+\s+)?$/;
/**
 * Eighth session: a case put as a condition ("if the detainee is deaf, Code C still applies", "unless a prisoner is on
 * methadone, ..."): "if" and a role noun describe whoever the rule or plan meets, no one the writer tells about. `before`
 * ends where the term or its link starts; one verb of being or having may stand between ("if the suspect is on ...").
 * Read in three places, each before its own rule's start: a lead phrase and a state (health.ts) drop the finding; a
 * linked term (health-context.ts) is made generic, unless owned or the writer's own. One check of every health finding's
 * start was tried instead (tidy session) and lost "if the suspect is on methadone": there the finding starts after the
 * link "on", which is no verb of being, and it would reach rules that never read this case.
 */
const HYPOTHETICAL_CASE = /\b(?:if|unless|whether|in case) (?:a|an|any|the) [a-z]+(?: [a-z]+)?(?: (?:is|was|has|had|'s|needs|takes|uses|gets|got))? ?$/;
export const hypotheticalCase = (before: string): boolean => HYPOTHETICAL_CASE.test(before);
export const TOPIC_AFTER =
  /^[\s-]*(?:awareness|week|month|day|training|course|charity|fundraiser|fundraising|research|support|policy|first aid|campaign|webinar|talk|leaflet|resources?|uk|foundation|trust|society|nurses?|team|services?|clinic|ward|unit|champions?|lead|app|risk assessment|management|levels?|test|ball|bucket|friends|friendly|cafe|walk|run|appeal|screening|kit|pack|guidance|network|group|jabs?|vaccines?|vaccinations?|modules?|lectures?|conferences?|seminars?|workshops?|e-?learning|exams?|studies|study|presentations?|input|centres?|centers?|hospices?|figures|rates|statistics)\b/;
/** A sentence about a course, a campaign or a policy: its terms are subjects, not anyone's health ("covers awareness of anxiety, depression ..."). */
export const TOPIC_SENTENCE =
  /\b(?:awareness|courses?|training|sessions?|webinars?|workshops?|seminars?|modules?|lectures?|talks?|e-?learning|covers|covering|research|campaign|leaflets?|guidance|conference|policy|policies|procedures?|process)\b/;
/** The last word of `before` is a person word or a rank ("driver", "occupant", "PS"). */
const PERSON_LAST = new RegExp(`(?:${PERSON.source}|\\b(?:ps|ds|di|dci|pcso|rider|inmate|tenant|lodger|pedestrian|cyclist))\\s*$`);
export const personWordLast = (before: string): boolean => PERSON_LAST.test(before);

/** The text of the sentence before `i` (at most `width` characters). */
export function sentenceBefore(lower: string, i: number, width: number): string {
  const s = lower.slice(Math.max(0, i - width), i);
  let cut = -1;
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s.charCodeAt(k);
    // [!?\n;] by char code (a regex test per character was most of this loop's cost). A full stop ends a
    // sentence only before a space or the end: the dots of "30.01.1994" and "j.pryce@outlook.com" do not.
    if (c === 33 || c === 63 || c === 10 || c === 59 || (c === 46 && (k + 1 === s.length || s.charCodeAt(k + 1) === 32))) {
      cut = k;
      break;
    }
  }
  return s.slice(cut + 1);
}

/** A capitalised word (not the sentence's first) in the `width` characters before `i`: a name. */
/**
 * `lowerCase`: also read a name typed in lower case (below). The list rule (health-list.ts) reads lower-case names only
 * as a note line's opening ("darren hulse - cocaine dependent"), not for later items of the line ("robbie williams -
 * tickets for saturday, flu permitting"), so it passes false.
 */
export function hasName(text: string, i: number, width: number, lowerCase = true): boolean {
  const from = Math.max(0, i - width);
  // Months, days and heading words ("Sept", "Wellbeing Team", "Awareness Week") are capitalised but no one's name.
  // The word opening a sentence is capitalised by position, not a name ("Heads up. Flu, covid and norovirus all on the rise").
  let q = from;
  while (q > 0 && text.charCodeAt(q - 1) === 32) q--;
  const whole = q === 0 || '.!?\n;'.includes(text.charAt(q - 1));
  // A whole sentence gets a space before it so that its first word is read like the others (and then skipped unless a first name).
  const s = (whole ? ' ' : '') + text.slice(from, i);
  // Where the first word starts: read once, not per capitalised word (fourteenth session, speed round 2).
  let first = -2;
  for (const m of s.matchAll(/\s(?:Mr|Mrs|Ms|Miss|Dr)?\.?\s?([A-Z][a-z]{2,})/g)) {
    // Unless it is a known first name that is no everyday word nor a common noun ("Ben in payroll had a heart op").
    const opening = (m.index ?? 0) + m[0].length - m[1].length === (first === -2 ? (first = s.search(/\S/)) : first) && m[0].trim() === m[1];
    if (whole && opening && !(isPlainFirstName(m[1]) && !isNounFirstName(m[1]))) continue;
    if (!NOT_NAME.has(m[1].toLowerCase())) return true;
  }
  return lowerCase && lowerCaseName(text, from, i);
}

/**
 * Thirteenth session (health13): a name typed in lower case ("concern for welfare: emma lockwood, 34, has taken an
 * overdose", "rtc casualty hannah woolley - spinal injury"). Every dev set read in lower case lost health values this way
 * (58 over 17 sets): the capitals above were the only sign of a name. As the name detector reads lower-case names
 * (name-any-case.ts): a known first name that may open one (no verb, adjective or function word: "will", "frank") before a
 * surname-shaped word (no English word), both typed in lower case, and no public figure. Read by char codes, only where no
 * capitalised name was.
 */
function lowerCaseName(text: string, from: number, to: number): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    if (!(c >= 97 && c <= 122)) {
      // A capital, digit or other mark inside a word breaks it: only plain lower-case words are read.
      if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) prevStart = -1;
      i++;
      continue;
    }
    const start = i;
    while (i < to && (((c = text.charCodeAt(i)) >= 97 && c <= 122) || c === 39 || c === 8217 || c === 45)) i++;
    const wordStart = start > 0 ? text.charCodeAt(start - 1) : 32;
    const plain = !((wordStart >= 65 && wordStart <= 90) || (wordStart >= 48 && wordStart <= 57));
    if (plain && prevStart >= 0 && i - start >= 4 && text.charCodeAt(start - 1) === 32 && start - 1 === prevEnd) {
      // Not a public figure's name (compromise's lexicon: "robbie williams"), as the name detector reads them.
      if (opensLowerCaseName(text.slice(prevStart, prevEnd)) && isSurnameShaped(text.slice(start, i)) && !isPublicFigure(text.slice(prevStart, i))) return true;
    }
    // Two assignments, no array per word.
    const keep = plain && i - start >= 3;
    prevStart = keep ? start : -1;
    prevEnd = keep ? i : -1;
  }
  return false;
}
