import type { QueryUnit } from './query-terms';
import { contentStems } from './tokenise';

/**
 * "my job title and which custody suite I work at", "which base I work from", "which garage I'm at": a "which ..." phrase
 * closed by the asker and a verb or preposition of working somewhere names the place the asker works, i.e. a location,
 * whatever the place is called (fifteenth session). Against a sentence that lists a location among what may be given
 * ("update their profile with their job title, location etc"), the words of the phrase say which location; they are not a
 * proposal of something the sentence does not name. Anything else the question offers ("and my home address", "my
 * personal mobile") is still read as before.
 */
const WHICH_PLACE =
  /\bwhich\s+((?:[\w'-]+\s+){1,3}?)(?:i|we|i'm|im|i am|we're|we are)\s+(?:(?:work|works|working|based|stationed|posted|sit|sat)\s+)?(?:at|in|from|out of)\b/gi;

/** The words of the message's "which <place> I work at" phrases (without "which" and the asker). */
export function workplacePhraseStems(question: string): Set<string> {
  return new Set([...question.matchAll(WHICH_PLACE)].flatMap((m) => contentStems(m[1])));
}

/**
 * The units to read as proposed against a sentence: units met only inside a "which <place> I work at" phrase are left
 * out when the sentence names a location (`namesLocation`: the word itself).
 */
export function withoutWorkplacePhrase(question: string, units: QueryUnit[], namesLocation: boolean): QueryUnit[] {
  if (!namesLocation) return units;
  const phrase = workplacePhraseStems(question);
  if (!phrase.size) return units;
  const elsewhere = new Set(contentStems(question.replace(WHICH_PLACE, ' ')));
  return units.filter((u) => !(u.own.length > 0 && u.own.every((s) => phrase.has(s) && !elsewhere.has(s))));
}

/**
 * Where the asker lives: "which street I live in", "where I live", "the village we live in", "my home town", "my
 * postcode". Against a sentence that lists a location among what a profile may give, this is the asker's home, personal
 * information rather than the (work) location the sentence names; word vectors put "street", "village" and "town" near
 * "location", so without this reading "can I put which street I live in on my profile" was answered `allowed`.
 */
const RESIDENCE =
  /\b(?:where |which (?:[\w'-]+ ){1,3}?|the (?:[\w'-]+ ){1,3}?)(?:i|we) (?:live|lives|living|reside|stay)\b|\bmy (?:home ?town|home (?:street|road|village|area|postcode|address)|street name|house number|postcode)\b/i;

export function namesResidence(question: string): boolean {
  return RESIDENCE.test(question);
}
