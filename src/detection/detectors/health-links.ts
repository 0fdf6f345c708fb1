import { isFirstName } from './name-tokens';
import { PERSON } from './health-person';
import { BODY_PART_SET } from './health-vocabulary';

/**
 * Links between a person and a term that the walk back in health-context.ts reads besides its verbs (dev set 8 round):
 * - a medicine taken, carried or prescribed: "he carries an EpiPen", "she's taking sertraline", "was prescribed insulin"
 *   (only medicines and treatments: "takes the biscuit", "carries a lot of stress" are no disclosure);
 * - a possessive noun, not only a possessive pronoun: "my son's tonsillectomy", "Dave's chemo", "the victim's epilepsy".
 *   "'s" is also "is" ("he's", "that's"), so the owner must be a person word or a name, not a pronoun or a place
 *   ("the country's obesity crisis" is no one's health);
 * - an allergy named by what it is to: "a nut allergy", "a penicillin allergy" (WordNet files only a few compounds such
 *   as "food allergy"; the allergen is any noun before the head word).
 */
export const MEDICINE_LINKS: ReadonlySet<string> = new Set(['takes', 'taking', 'took', 'taken', 'carries', 'carrying', 'carry', 'uses', 'using', 'prescribed']);

/** Pronouns and function words that take "'s" as "is" or "has" ("it's", "that's", "there's", "who's"). */
const NOT_OWNERS = new Set(['he', 'she', 'it', 'that', 'this', 'there', 'here', 'what', 'who', 'where', 'how', 'when', 'why', 'let', 'one', 'everyone', 'someone', 'anyone', 'nobody', 'somebody', 'everybody']);
const RANK_BEFORE = /\b(?:mr|mrs|ms|miss|dr|pc|dc|ps|ds|sgt|insp|pcso)\.?\s+$/;

/**
 * True when the word `w` (lower case, ending "'s") at `at` owns what follows: a person word ("son's", "victim's") or a
 * name in the text ("Dave's", "Amir Khan's", "PC Hulme's": a known first name, or a capitalised word after one or after a title).
 */
export function possessiveOwner(text: string, lower: string, at: number, w: string): boolean {
  const owner = w.slice(0, -2);
  if (owner.length < 2 || NOT_OWNERS.has(owner)) return false;
  if (PERSON.test(owner) && !/^(?:his|her|hers|their|them|him|my|me|i|im|hes|shes|whos)$/.test(owner)) return true;
  const word = text.slice(at, at + owner.length);
  if (!/^[A-Z][a-z]/.test(word)) return false;
  if (isFirstName(word)) return true;
  const before = text.slice(Math.max(0, at - 24), at);
  const prev = /([A-Z][a-z'’-]+)\s+$/.exec(before);
  return (prev !== null && isFirstName(prev[1])) || RANK_BEFORE.test(before.toLowerCase());
}

/** Heads named by what they are to: "nut allergy", "latex allergies". */
const ALLERGY_HEADS = new Set(['allergy', 'allergies']);
/** Words before an allergy that are no allergen: "no allergies", "any allergies", "known allergies". */
const NOT_ALLERGENS = new Set(['no', 'any', 'all', 'some', 'many', 'multiple', 'other', 'several', 'few', 'these', 'those', 'this', 'that', 'its', 'our', 'your', 'known', 'severe', 'mild', 'bad', 'serious', 'the', 'a', 'an', 'his', 'her', 'their', 'my', 'food', 'of', 'and', 'or', 'with', 'has', 'have', 'had', 'is', 'for']);

/** The start of the allergen before an allergy term at `p` ("nut" in "a nut allergy"), or `p`. */
export function allergenStart(lower: string, p: number, term: string): number {
  if (!ALLERGY_HEADS.has(term)) return p;
  const m = /(?:^|[^a-z'’-])([a-z]{3,}) $/.exec(lower.slice(Math.max(0, p - 20), p));
  return m && !NOT_ALLERGENS.has(m[1]) ? p - m[1].length - 1 : p;
}

/**
 * What a possessive noun may own: not a bare "surgery" (a GP's premises: "Emma's surgery is closed on Fridays") or
 * "operation"/"op" (a police operation: "John's operation Nightfall"), and not a term before a capitalised word (part of
 * a title or a name).
 */
export function ownedTerm(text: string, term: string, end: number): boolean {
  return !/^(?:surgery|operation|an operation|op)$/.test(term) && !/^ [A-Z]/.test(text.slice(end, end + 2));
}

/** Terms that are a person's only after a possessive (ICO: information about someone's mental health is health data). */
export const POSSESSIVE_ONLY: ReadonlySet<string> = new Set(['mental health']);
export const DOES_GOOD = /\b(?:good|great|better|best|wonders|helps?|helped|helping|benefits?|boost|brilliant|amazing|important)\s+(?:for|to|with)?\s*(?:my|his|her|their|our|your)\s+$/;

/**
 * Fifteenth session: "in for" a treatment is a stay or a visit for it ("he's in for a scan tomorrow", "in for surgery"),
 * a link of treatments only ("in for a shock", "in for the night" are no health). "scan" is an image of anything ("got a
 * scan of the form", "a scan of the footage"), so it is read only after "in for", and not of a thing that is no body part.
 */
const IN_FOR_ONLY: ReadonlySet<string> = new Set(['scan', 'a scan']);
export function onlyInFor(lower: string, termStart: number, end: number, link: string | undefined): boolean {
  if (!IN_FOR_ONLY.has(lower.slice(termStart, end))) return false;
  if (link !== 'in for') return true;
  const of = /^ of (?:the |his |her |their |my |a |an )?([a-z]+)/.exec(lower.slice(end, end + 30));
  return of !== null && !BODY_PART_SET.has(of[1]);
}
