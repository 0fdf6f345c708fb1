import { contentStems, normaliseWords, stem } from './tokenise';
import { onlyPhrase } from './restricted-kind';

/**
 * "Employees can update their profile with their job title, location etc, and also upload a photograph of themselves
 * – only photographs of the specific employee can be used": one sentence that permits an open list ("job title,
 * location etc": the "etc" makes the items examples of a kind, not the whole of it) and restricts something else (the
 * "only" names photographs). A question that offers nothing of the restricted kind and names one of the listed items
 * whole ("my job title and which depot I work from") asks about the permitted list: the "only" is not about it, and the
 * words that say *which* title or place ("depot") describe the listed item rather than propose something the clause
 * does not name. A question naming no listed item ("my home phone number on my profile") is still read against the
 * whole sentence, and one naming the restricted kind ("my job title and a photo of my team") stays the "only"'s.
 */
const OPEN_LIST = /\b(?:with|including|such as|like)\s+(?:their|its|your|his|her|the|a|an)?\s*([^.;:–]+?),?\s+etc\b/i;

/** The items of an open list ("job title, location etc") in a sentence that also restricts with "only" something else. */
export function openListItems(sentence: string): string[] {
  const only = onlyPhrase(sentence);
  if (!only || only.who) return [];
  const list = OPEN_LIST.exec(sentence);
  if (!list) return [];
  const kind = new Set(contentStems(only.thing));
  const items = list[1].split(/\s*,\s*|\s+(?:and|or)\s+/i).map((s) => s.trim()).filter(Boolean);
  // An item of the restricted kind itself is no separate permitted thing.
  return items.filter((i) => contentStems(i).length > 0 && !contentStems(i).some((s) => kind.has(s)));
}

/**
 * The question names a listed item of the sentence's open list whole and nothing of the kind its "only" restricts (by
 * stem, or by general word vectors: "pic" ~ "photographs"): it asks about the permitted list, not the restricted thing.
 */
export function asksAboutTheOpenList(question: string, sentence: string, nearWord?: (word: string, text: string) => boolean): boolean {
  const items = openListItems(sentence);
  if (!items.length) return false;
  const thing = onlyPhrase(sentence)!.thing;
  const kind = new Set(contentStems(thing));
  const words = normaliseWords(question);
  const stems = new Set(words.map(stem));
  if (words.some((w) => kind.has(stem(w)) || (w.length > 2 && nearWord?.(w, thing)))) return false;
  return items.some((i) => contentStems(i).every((s) => stems.has(s)));
}
