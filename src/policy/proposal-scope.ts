import type { QueryUnit } from './query-terms';
import { contentStems } from './tokenise';

/**
 * Whether a question proposes something the cited clause does not name. Against an "only"
 * clause ("only photographs of the specific employee can be used") that means the proposal is
 * outside what the clause permits: a question about using a mascot names "mascot", which the
 * clause never mentions.
 *
 * A unit counts as named when its own stems, one of its expansions (vocabulary or word
 * vectors) or the section title cover it. Only specific words count as a proposal: with word
 * frequencies from the general vectors, everyday words ("rather", "bit") are ignored.
 */
export function proposesOutside(
  units: QueryUnit[],
  clauseText: string,
  context: string,
  isSpecific: (word: string) => boolean,
  /** Whether general word vectors put the word close to a word of the text ("station" ~ "location"). */
  nearIn?: (word: string, text: string) => boolean,
): boolean {
  const named = new Set(contentStems(`${clauseText} ${context}`));
  for (const u of units) {
    const covered = u.own.some((s) => named.has(s)) || u.added.some((g) => g.every((s) => named.has(s)) || g.some((s) => named.has(s) && g.length > 1));
    if (covered) continue;
    if (!u.concept && nearIn?.(u.label, clauseText)) continue;
    if (!u.concept && !isSpecific(u.label)) continue;
    return true;
  }
  return false;
}
