import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { isFirstName, isStopWord, mayBeFirstName, notAPersonsName } from './name-tokens';
import { isEnglishWord, isPublicFigure, isSurnameShaped, isWordSurnameAfterFirstName, opensLowerCaseName } from './name-surnames';
import { RANK_BEFORE } from './name-positions';
import { inMediaTalk, MEDIA } from './name-media';
import { eachMatch } from '../text-utils';
import { lowerCaseNamesAfterHandling } from './name-handling-lower';
import { shoutedNamesBeforeDetails } from './name-shouted-detail';
import { eachCapitalsPair, eachLowerCasePair, eachPairBeforeSeparator, isPairEnd, mayHoldLowerCasePair, type PairNarrowing } from './name-pairs';

/**
 * Names typed without a capital or all in capitals, in posts about operational matters (dev set 10 round).
 * The capitalised rules read a name by its shape; in lower case ("victim mr aziz", "a lad called reece
 * tomlin") or in capitals ("DEAN MULLARKEY pnc ...") the shape says nothing, so the words must say it:
 * - a title (mr, mrs, ms, miss, dr) before a surname-shaped word (no English word: name-surnames.ts);
 * - a known first name (the published lists of name-tokens.ts) before a surname-shaped word, both lower case;
 * - in capitals, a known first name and a surname-shaped word, in a post typed in ordinary case otherwise;
 * - any of these, or a capitalised first name and surname, straight before an identifier's word
 *   ("Martin Ogunleye, NINO not known", "jo bright dob to follow"): people's identifiers are recorded after their names.
 * None is read in a post about staff, after a rank or after thanks (colleagues are named there), nor a public figure's
 * full name from compromise's lexicon ("bill gates").
 */
export interface AnyCaseFacts {
  /** The post has operational words or someone's details (found by the detectors before this one). */
  operational: () => boolean;
  /** False only when operational() must be false (read from the pre-pass's cue words, no regex): the rules needing it are skipped. */
  mayBeOperational: () => boolean;
  staffPost: () => boolean;
}

/**
 * Sightings and the orders officers enforce on the street (Anti-social Behaviour, Crime and Policing Act 2014:
 * dispersal directions under section 35, community protection notices; curfews, tags, probation) are
 * operational too, for the names read in any case.
 */
export const SIGHTINGS_AND_ORDERS = /\b(?:spotted|sighted|sighting|dispersal|dispersed|s35|section 35|cpn|curfew|tagged|probation|move (?:him|her|them) on|moved (?:him|her|them) on)\b/;

/** Every rule of this file, each only where its cue is (a title, an identifier's word, capitals). */
export function readNamesInAnyCase(ctx: ScanContext, out: Candidate[], facts: AnyCaseFacts): void {
  // Only the identifier-word rule reads names outside operational posts.
  const operational = facts.mayBeOperational();
  if (operational && ctx.has('title')) lowerCaseTitledNames(ctx, out, facts);
  if (ctx.has('identifier')) namesBeforeIdentifierWords(ctx, out, facts);
  if (operational) lowerCaseFullNames(ctx, out, facts);
  if (operational && ctx.has('handling')) lowerCaseNamesAfterHandling(ctx, out, facts);
  if (operational && ctx.hasUpper) capitalsNames(ctx, out, facts);
  // A post shouted in capitals: only a pair right before its owner's detail (name-shouted-detail.ts).
  if (ctx.hasUpper && !hasLowerCaseRun(ctx.text, 3)) shoutedNamesBeforeDetails(ctx, out, facts.staffPost, colleagueBefore);
}

/** An initial may stand between title and surname ("mrs k ahmed"), as on letters and records. */
const TITLE_LOWER = /\b(mrs|mr|ms|miss|dr)\.? (?:[a-z]\.? )?([a-z][a-z'’-]{1,24})\b/g;
/** "to miss", "i'll miss", "don't miss": the verb, not a title. */
const VERB_MISS_BEFORE = /\b(?:to|i|we|you|they|he|she|will|ll|would|could|might|may|gonna|don'?t|didn'?t|not|never|dont|cant|can'?t)\s+$/;
/** "12 oak dr": a street's abbreviation after a house number and a word, not a doctor. */
const STREET_BEFORE_DR = /\d+[a-z]? [a-z]+ $/;
/** Colleagues are thanked, welcomed and named with their rank. */
const THANKS_BEFORE = /\b(?:thanks?|thank you|cheers|ta|congrat\w*|welcome|well done|shout ?out|kudos|colleague|our)\b/;
/** The word after a pair that makes it a place or a body ("kyle brannigan close", "... academy"). */
const PLACE_AFTER = /^ (?:road|rd|street|st|lane|ln|close|cl|drive|dr|avenue|ave|grove|gro|way|park|estate|court|crescent|cres|place|terrace|gardens|square|mews|school|academy|college|primary|high|centre|hall|house|farm|fc|afc|ltd|team|unit|trust)\b/;
/** An identifier's word after a name, a comma, dash, colon or bracket between: the person's record. */
const ID_WORD_AFTER = /^[\s,:(–-]{0,3}(?:dob|d\.o\.b|date of birth|born|pnc(?! (?:train|course|access|bureau|team|system))|cro(?: no| number)?|nino|ni (?:no|number)|nhs (?:no|number)|passport (?:no|number)|driving licence)\b/;

/** Already read by another rule, or a public figure's name (compromise's lexicon), which names no member of the public. */
function covered(out: readonly Candidate[], start: number, end: number, text?: string): boolean {
  if (text !== undefined && isPublicFigure(text.slice(start, end))) return true;
  return out.some((c) => c.type === 'person_name' && c.start < end && c.end > start);
}

function colleagueBefore(lower: string, start: number): boolean {
  return RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || THANKS_BEFORE.test(lower.slice(Math.max(0, start - 40), start));
}

/**
 * Dev set 13 round: "mr" and "mrs" have no other reading, so the word after them is a surname even when it is also an
 * English word ("mr hale", "mrs green", "mr bird"); "miss" (a verb), "ms" (Microsoft's "ms teams") and "dr" (a street)
 * do have other readings and still need a word that is no English word. Not a function word ("mr and mrs ...").
 */
function anyWordAfterTitle(title: string, word: string, after: string): boolean {
  if ((title !== 'mr' && title !== 'mrs') || word.length < 3 || !/^[a-z]+$/.test(word) || isStopWord(word)) return false;
  // A noun right after it makes the pair a name for a thing ("mr whippy van", "mr men t-shirt"): the surname must end its
  // phrase (punctuation, the end, a function word) or be the subject of a verb in -s, -ed or -ing ("mr fox wants").
  const next = /^ ([a-z][a-z'’-]*)/.exec(after);
  return !next || isStopWord(next[1]) || /(?:s|ed|ing)$/.test(next[1]);
}

/** "mrs hollis at 22 beech grove", "victim mr aziz", "mr and mrs lowe": a lower-case title or surname. */
export function lowerCaseTitledNames(ctx: ScanContext, out: Candidate[], facts: AnyCaseFacts): void {
  const { text, lower } = ctx;
  TITLE_LOWER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE_LOWER.exec(lower)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    // Capitalised titled names are the title rule's (person-name.ts): read by char code, as a 1 MB post of "Mr Smith " has 116,000.
    const surnameInitial = text.charCodeAt(end - m[2].length);
    if (surnameInitial >= 65 && surnameInitial <= 90 && text.charCodeAt(start) === 77) continue;
    if (!(isSurnameShaped(m[2], 3) || anyWordAfterTitle(m[1], m[2], lower.slice(end, end + 24))) || covered(out, start, end)) continue;
    const before = lower.slice(Math.max(0, start - 12), start);
    if (m[1] === 'miss' && VERB_MISS_BEFORE.test(before)) continue;
    if (m[1] === 'dr' && STREET_BEFORE_DR.test(before)) continue;
    if (colleagueBefore(lower, start) || !facts.operational() || facts.staffPost()) continue;
    out.push({ type: 'person_name', start, end, confidence: 0.75, rule: 'person_name.title_any_case' });
  }
}

/** "kyle brannigan spotted outside the co-op", "a lad called reece tomlin": a known first name and a surname, both lower case. */
export function lowerCaseFullNames(ctx: ScanContext, out: Candidate[], facts: AnyCaseFacts): void {
  const { text, lower } = ctx;
  // Both readings below need a pair of the narrowing's lengths (the quoted one's words are 3+ and 4+ too): a post with
  // none (a 1 MB paste of "a@b.co a@b.co ...") is left without reading its words, most of such a post's scan.
  if (!mayHoldLowerCasePair(text)) return;
  // A first name that opens a lower-case name has 3 letters or more, a surname 4 or more, and most words are no first
  // name (their hash says so without a slice): pairs failing these are not handed to the rule.
  const narrow: PairNarrowing = { minFirst: 3, minSecond: 4, first: mayBeFirstName, lower };
  let media: boolean | undefined;
  const readPair = (start: number, firstEnd: number, end: number): void => {
    // A lower-case run that continues a capitalised word is that word's tail ("Drone photogrammetry"), not a name.
    const prev = text.charCodeAt(start - 1);
    if (prev >= 65 && prev <= 90) return;
    // Fourteenth session (names27): a possessive's 's is no part of the surname ("spoke to tyler mckenna's mum").
    end = possessiveStem(text, firstEnd, end);
    const first = text.slice(start, firstEnd);
    const second = text.slice(firstEnd + 1, end);
    // Sixteenth session (nh16): or a surname that is also a word, when compromise reads it as a surname (name-surnames.ts).
    if (!opensLowerCaseName(first) || !(isSurnameShaped(second) || isWordSurnameAfterFirstName(first, second))) return;
    if (PLACE_AFTER.test(lower.slice(end, end + 10)) || covered(out, start, end, text)) return;
    if (notAPersonsName(text, lower, start, end) || colleagueBefore(lower, start)) return;
    if (!facts.operational() || facts.staffPost()) return;
    // Fourteenth session (names27): an actor, presenter or journalist in media talk, as for the first-name rule (name-media.ts).
    if (inMediaTalk(lower, start, () => (media ??= MEDIA.test(lower)))) return;
    out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.lower_case' });
  };
  eachLowerCasePair(text, readPair, ctx.words, narrow);
  // The word reader keeps an opening quote on its word ("'rachel"), so quoted pairs are read here (dev set 13 round:
  // "posting 'rachel okoro deserved it'"); only in posts with a quote mark.
  if (!hasOpeningQuote(text)) return;
  eachMatch(QUOTED_LOWER_PAIR, text, (m) => {
    const start = m.index + m[0].length - m[2].length - m[1].length - 1;
    if (mayBeFirstName(lower, start, start + m[1].length)) readPair(start, start + m[1].length, start + m[1].length + 1 + m[2].length);
  });
}
/** The end of a pair's second word without its possessive 's or ’s ("mckenna's" -> "mckenna"), when 4+ letters are left. */
function possessiveStem(text: string, firstEnd: number, end: number): number {
  const s = text.charCodeAt(end - 1);
  const q = text.charCodeAt(end - 2);
  return (s === 115 && (q === 39 || q === 0x2019) && end - 2 - firstEnd - 1 >= 4) ? end - 2 : end;
}
/**
 * Whether QUOTED_LOWER_PAIR's opening can match: a ' or ‘ with no letter or digit before it and a lower-case letter after.
 * Speed14e: most quotes of a post are apostrophes inside words ("don't", "Amir's"), so most posts with one skip the regex.
 */
function hasOpeningQuote(text: string): boolean {
  for (const quote of QUOTES) {
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      const before = text.charCodeAt(i - 1);
      const after = text.charCodeAt(i + 1);
      if (after >= 97 && after <= 122 && !(before >= 48 && before <= 57) && !(before >= 65 && before <= 90) && !(before >= 97 && before <= 122)) return true;
    }
  }
  return false;
}
const QUOTES = ["'", '‘'];
/** An opening quote, then two lower-case words (the reader's pair lengths: 3+ and 4+). */
const QUOTED_LOWER_PAIR = /(?<![A-Za-z0-9])['‘]([a-z]{3,25}) ([a-z][a-z'’-]{3,24})(?=[\s,:(–.!?'’-]|$)/g;

/** "DEAN MULLARKEY pnc ...": a name in capitals, in a post otherwise typed in ordinary case (a record pasted or typed in). */
export function capitalsNames(ctx: ScanContext, out: Candidate[], facts: AnyCaseFacts): void {
  const { text, lower } = ctx;
  // A post shouted in capitals gives no record its own case.
  if (!hasLowerCaseRun(text, 3)) return;
  eachCapitalsPair(text, (start, firstEnd, end) => {
    // One of the two must be a known first name: most pairs ("NOT KNOWN") are ruled out by their hashes, without a slice.
    if (!mayBeFirstName(lower, start, firstEnd) && !mayBeFirstName(lower, firstEnd + 1, end)) return;
    const a = text.slice(start, firstEnd);
    const b = text.slice(firstEnd + 1, end);
    // One word a known first name, the other no English word ("NOT KNOWN", "FORD FOCUS" are words).
    const named = (isFirstName(a) && isSurnameShaped(b)) || (isFirstName(b) && isSurnameShaped(a) && !isEnglishWord(b));
    if (!named || covered(out, start, end, text)) return;
    if (notAPersonsName(text, lower, start, end) || colleagueBefore(lower, start)) return;
    if (!facts.operational() || facts.staffPost()) return;
    out.push({ type: 'person_name', start, end, confidence: 0.65, rule: 'person_name.capitals' });
  }, ctx.words);
}

/** Whether `text` has `count` lower-case ASCII letters in a row (`/[a-z]{count}/`). */
function hasLowerCaseRun(text: string, count: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 97 && c <= 122 ? run + 1 : 0;
    if (run >= count) return true;
  }
  return false;
}

/**
 * "Martin Ogunleye, NINO not known", "jo bright dob to follow": a first name and surname in any case straight before
 * an identifier's word, whether or not its value follows. Read even outside operational posts (a pasted record
 * line), but not after a rank or thanks, nor in a post about staff.
 */
export function namesBeforeIdentifierWords(ctx: ScanContext, out: Candidate[], facts: AnyCaseFacts): void {
  const { text, lower } = ctx;
  eachPairBeforeSeparator(text, (start, firstEnd, end) => {
    if (!mayOpenIdentifierWord(lower, end) || !ID_WORD_AFTER.test(lower.slice(end, end + 24))) return;
    const first = text.slice(start, firstEnd);
    const surname = text.slice(firstEnd + 1, end);
    const capitalised = /^[A-Z][a-z]/.test(first) && /^(?:Mc|Mac|O['’])?[A-Z][a-z]/.test(surname);
    // Capitalised, the surname's capital vouches for it; otherwise it must be no English word.
    if (!isFirstName(first) || !(capitalised || isSurnameShaped(surname, 3))) return;
    if (covered(out, start, end, text) || notAPersonsName(text, lower, start, end) || colleagueBefore(lower, start) || facts.staffPost()) return;
    out.push({ type: 'person_name', start, end, confidence: 0.7, rule: 'person_name.before_identifier_word' });
  }, ctx.words);
}

/** The first two letters of each of ID_WORD_AFTER's words (dob, d.o.b, date of birth, born, pnc, cro, nino, ni, nhs, passport, driving licence). */
const ID_WORD_OPENINGS: ReadonlySet<string> = new Set(['do', 'd.', 'da', 'bo', 'pn', 'cr', 'ni', 'nh', 'pa', 'dr']);

/**
 * ID_WORD_AFTER can only match when, after at most three separators (its `[\s,:(–-]{0,3}`), one of its words'
 * first two letters follow: most pairs are ruled out without running it.
 */
function mayOpenIdentifierWord(lower: string, end: number): boolean {
  let at = end;
  while (at < end + 3 && at < lower.length && isPairEnd(lower.charCodeAt(at))) at++;
  return ID_WORD_OPENINGS.has(lower.slice(at, at + 2));
}
