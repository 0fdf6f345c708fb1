import { ENGLISH_WORDS_FRONT_CODED, FIRST_NAMES_THAT_ARE_OTHER_WORDS, PUBLIC_FIGURES } from './english-words.generated';
import { isFirstName, isStopWord } from './name-tokens';
import { hashWord, termFilter } from '../cues';
import { COMPROMISE_SURNAMES } from './surnames.generated';

/**
 * Telling a surname from an everyday word when case tells nothing: in lower case ("kyle brannigan",
 * "mrs hollis") or in capitals ("DEAN MULLARKEY"). A word is surname-shaped when it is no English word:
 * not a WordNet 3.1 lemma nor a word of the compromise lexicon (english-words.generated.ts, built by
 * scripts/build-english-words.mjs), after its regular inflection is undone ("spotted", "reckons",
 * "running"). Surnames that are also words ("smith", "green", "banks") are left to the capitalised rules.
 */
const ENGLISH: ReadonlySet<string> = decodeFrontCoded(ENGLISH_WORDS_FRONT_CODED);

/**
 * The words' FNV-1a hashes as a bit set (as the pre-pass's term filter): most look-ups, one per inflection tried,
 * are answered without probing the set of English words, whose probes missed the cache.
 */
const ENGLISH_HASHES = termFilter(ENGLISH);
function isListedWord(w: string): boolean {
  const h = hashWord(w, 0, w.length) & 0xfffff;
  return (ENGLISH_HASHES[h >>> 5] & (1 << (h & 31))) !== 0 && ENGLISH.has(w);
}

/** The generated list is front-coded (see scripts/build-english-words.mjs): one base-36 digit of letters shared with the word before, then the rest. */
function decodeFrontCoded(coded: string): Set<string> {
  const out = new Set<string>();
  let previous = '';
  for (const entry of coded.split(' ')) {
    previous = previous.slice(0, parseInt(entry.charAt(0), 36)) + entry.slice(1);
    out.add(previous);
  }
  return out;
}

/** Regular English endings and what the stem ended with before them ("carries" -> "carry", "hoped" -> "hope"). */
const INFLECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['ies', 'y'], ['ied', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['d', ''], ['ing', ''], ['ing', 'e'],
  ['ly', ''], ['er', ''], ['er', 'e'], ['est', ''], ["'s", ''], ['’s', ''], ["s'", ''],
];

/**
 * Texting spellings no dictionary lists, typed in posts in lower case ("pls", "tmrw", "dont"): they would pass as
 * surnames. General English chat shorthand, kept to those the team corpus and dev sets 1-9 show in use (the rest of the
 * shorthand that compromise knows, "gonna", "yeah", is in the English words already).
 */
const CHAT = new Set([
  'pls', 'thx', 'tmrw', 'lol', 'asap', 'ffs', 'fyi', 'btw', 'tbh', 'thru', 'tonite', 'ta', 'ur',
  'atm', 'ive', 'im', 'id', 'ill', 'dont', 'doesnt', 'cant', 'wont', 'hasnt', 'couldnt',
  'wouldnt', 'hes', 'shes', 'thats', 'theres', 'yours',
]);

export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (isListedWord(w) || CHAT.has(w)) return true;
  for (const [ending, stem] of INFLECTIONS) {
    if (!w.endsWith(ending) || w.length - ending.length < 2) continue;
    const base = w.slice(0, w.length - ending.length);
    if (isListedWord(base + stem)) return true;
    // A doubled consonant before the ending: "stopped", "running", "bigger".
    if (stem === '' && base.length >= 3 && base.charCodeAt(base.length - 1) === base.charCodeAt(base.length - 2) && isListedWord(base.slice(0, -1))) return true;
  }
  return false;
}

/** Letters, with an apostrophe or hyphen inside ("d'souza", "o'neill", "smith-jones"). */
const SURNAME_SHAPE = /^[a-z](?:[a-z]|['’-](?=[a-z]))*[a-z]$/;
const VOWEL = /[aeiouy]/;
/** "we're", "they'll", "isn't": a contraction, no surname ("O'Neill", "D'Souza" have the apostrophe near the start). */
const CONTRACTION = /['’](?:re|ve|ll|d|s|t|m)$/;

/** A word that reads as a surname whatever its case: surname-shaped, with a vowel, at least `minLength` letters, no English word. */
export function isSurnameShaped(word: string, minLength = 4): boolean {
  const w = word.toLowerCase();
  return w.length >= minLength && SURNAME_SHAPE.test(w) && VOWEL.test(w) && !CONTRACTION.test(w) && !isStopWord(w) && !isEnglishWord(w);
}

/**
 * A known first name that may open a name in lower case: not one whose everyday reading is a verb, adjective or
 * function word in compromise's lexicon ("red corsa", "say hi", "will", "frank"). A name whose everyday reading there is
 * a noun ("jade", "rose") may, as a surname must follow. (WordNet gives "jade" as an adjective and a verb too, so its
 * word classes are not used here.)
 */
const OTHER_WORDS: ReadonlySet<string> = new Set(FIRST_NAMES_THAT_ARE_OTHER_WORDS);
export function opensLowerCaseName(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 3 && isFirstName(w) && !OTHER_WORDS.has(w) && !isStopWord(w);
}

const FIGURES: ReadonlySet<string> = new Set(PUBLIC_FIGURES);
/** A public figure's full name in compromise's lexicon ("bill gates", "barack obama"): talked about, no member of the public. */
export function isPublicFigure(name: string): boolean {
  return FIGURES.has(name.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Sixteenth session (nh16): a surname that is also an English word, after a known first name in lower case ("lad called
 * jordan fisher", "it was ron carter from the flats", "alfie turner, 13"). The writer who types a name in lower case types
 * its surname so too, and "Fisher", "Carter", "Moss", "Turner" are as common surnames as any. Two published judgements
 * together stand in for the capital: compromise's lexicon gives the word LastName as its reading (it gives "ward" as a
 * noun and "will" as a modal, so those stay words), and the first word is a known first name that is no English word
 * (not "grace", "summer", "dean"): neither word can then be read as ordinary English.
 */
const WORD_SURNAMES: ReadonlySet<string> = new Set(COMPROMISE_SURNAMES);
export function isWordSurnameAfterFirstName(first: string, surname: string): boolean {
  const s = surname.toLowerCase();
  return s.length >= 3 && WORD_SURNAMES.has(s) && !isStopWord(s) && !isEnglishWord(first) && opensLowerCaseName(first);
}
