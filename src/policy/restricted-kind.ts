import type { QueryUnit } from './query-terms';
import type { ClauseWithContext } from './clause-context';
import { proposesOutside, showsOutside } from './proposal-scope';
import { STOP_WORDS, contentStems, normaliseWords, stem } from './tokenise';

/**
 * What an "only" clause lets through, read from its own words: "only those with Staffordshire Police email addresses may
 * join" names a kind of thing (email addresses) with the qualifier that makes it the clause's (Staffordshire Police),
 * and, with "those", who may do the act (join). A question proposing *another member of that kind* ("my gmail
 * address": an email address, not the clause's) or *another person* ("can my husband join") is outside what the clause
 * permits, even though its words sit near the clause's: nearness shows the same kind, not the same thing.
 */
export interface OnlyPhrase {
  /** The phrase after "only", up to its verb ("those with Staffordshire Police email addresses"). */
  text: string;
  stems: string[];
  /** The phrase names people ("only those with ...", "only people who ..."): who may do the act. */
  who: boolean;
  /** Stem of the verb the phrase is the subject of ("join"; "used" for "can be used"). */
  act: string;
  /**
   * The restricted thing itself: what "those with" hold ("Staffordshire Police email addresses"), or the phrase before
   * what it is "of" ("photographs" of "photographs of the specific employee": what follows "of" is showsOutside's).
   */
  thing: string;
}

// "only" as a word ("employee-only" describes a network), then the phrase, then its modal and verb.
const ONLY_PHRASE = /(?<![-\w])only\s+(.+?)\s+(?:may|can|could|will|shall|should|must|are|is)\s+(?:not\s+)?(?:be\s+)?([a-z]+)/i;
// Pronoun-like heads that name people only by what follows ("those with ...", "anyone who ...").
const WHO = /^(?:those|people|persons|anyone|anybody|someone|users|members|individuals)\b/i;

export function onlyPhrase(sentence: string): OnlyPhrase | undefined {
  const m = ONLY_PHRASE.exec(sentence);
  if (!m) return undefined;
  const text = m[1].trim();
  const held = /\b(?:with|who have|holding)\s+(.+)$/i.exec(text);
  const thing = held ? held[1] : text.split(/\s+(?:of|for|from|who|that|which)\s+/i)[0];
  return { text, stems: contentStems(text), who: WHO.test(text), act: stem(m[2].toLowerCase()), thing };
}

/**
 * The question names another member of the kind the "only" phrase restricts:
 * - through the vocabulary: a unit no reading of which the clause names whole, one of whose readings shares the
 *   restricted thing's words and adds a qualifier of its own ("gmail" read as "personal email addresses" against
 *   "Staffordshire Police email addresses": same kind, other owner);
 * - through word vectors: a specific word (not an everyday one) that neither the clause nor a reading names, near a
 *   lower-case word of the restricted thing ("hotmail" ~ "email"). A capitalised word is the name that makes the thing
 *   the clause's ("Staffordshire Police"): a word near a name ("constabulary" ~ "police") may be another name for it,
 *   so it is no evidence. Elsewhere nearness still counts as named (proposal-scope.ts).
 * Units the vocabulary marks as words of nearly every question about the subject ("work", "force", "staff") are never
 * a proposal: "my work email" stays inside.
 */
export function namesAnotherOfTheKind(
  units: QueryUnit[],
  sentence: string,
  context: string,
  isSpecific: (word: string) => boolean,
  nearIn?: (word: string, text: string) => boolean,
): boolean {
  const only = onlyPhrase(sentence);
  if (!only) return false;
  const kind = new Set(contentStems(only.thing));
  const kindWords = only.thing.split(/\s+/).filter((w) => !/^[A-Z]/.test(w)).join(' ');
  const named = new Set(contentStems(`${sentence} ${context}`));
  for (const u of units) {
    if (u.weight < 1 || u.own.every((s) => named.has(s))) continue;
    if (u.added.some((g) => g.length && g.every((s) => named.has(s)))) continue;
    if (u.added.some((g) => g.some((s) => kind.has(s)) && g.some((s) => !named.has(s)))) return true;
    if (u.concept || u.added.length || !isSpecific(u.label)) continue;
    if (kindWords && nearIn?.(u.label, kindWords)) return true;
  }
  return false;
}

// Words after which a question names who would do the act ("can my husband join", "is it OK for my husband to join").
const SUBJECT_OPENERS = new Set(['can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'for', 'let', 'does', 'do']);

/**
 * "only those with X may join": a question whose doer of the act is someone other than the asker, named by words neither
 * the clause nor its section uses for anyone ("can my husband join our Yammer group", "could a family member join"),
 * proposes a person the "only" does not let through. Who does the act is the proposal, so everyday words count, as
 * what a photo shows does in showsOutside. The asker ("can I join"), the people the section speaks of ("officers and
 * staff"), a vocabulary word of nearly every question ("staff"), and a doer described by what they hold ("officers
 * with a force email": words of the phrase itself) are left to the other rules.
 */
export function proposesAnotherDoer(question: string, units: QueryUnit[], sentence: string, sectionText: string): boolean {
  const only = onlyPhrase(sentence);
  if (!only?.who) return false;
  const named = new Set(contentStems(`${sentence} ${sectionText}`));
  const kind = new Set(only.stems);
  const weak = new Set(units.filter((u) => u.weight < 1).flatMap((u) => u.own));
  for (const part of question.toLowerCase().split(/[.,;:?!–()]+/)) {
    const words = normaliseWords(part);
    for (let at = 1; at < words.length; at++) {
      if (stem(words[at]) !== only.act) continue;
      let from = at - 1;
      while (from >= 0 && !SUBJECT_OPENERS.has(words[from])) from--;
      if (from < 0) continue;
      const subject = words.slice(from + 1, at).filter((w) => !STOP_WORDS.has(w)).map(stem);
      if (subject.some((s) => kind.has(s))) continue;
      if (subject.some((s) => !named.has(s) && !weak.has(s))) return true;
    }
  }
  return false;
}

export interface ScopeResources {
  isSpecific: (word: string) => boolean;
  nearIn?: (word: string, text: string) => boolean;
}

/**
 * Whether a question proposes something outside what the quoted sentence of a clause names: a word it does not name,
 * a photo "of" something else (proposal-scope.ts), another member of an "only" phrase's kind, or another doer.
 */
export function createScopeReader(entries: ClauseWithContext[], resources: ScopeResources) {
  const { isSpecific, nearIn } = resources;
  const sectionText = new Map<string, string>();
  for (const e of entries) sectionText.set(e.clause.sectionId, `${sectionText.get(e.clause.sectionId) ?? e.clause.sectionTitle} ${e.clause.text}`);
  return (question: string, units: QueryUnit[], quote: string, entry: ClauseWithContext): boolean => {
    const title = entry.clause.sectionTitle;
    return (
      proposesOutside(units, quote, title, isSpecific, nearIn) ||
      showsOutside(question, quote, title, nearIn) ||
      namesAnotherOfTheKind(units, quote, title, isSpecific, nearIn) ||
      proposesAnotherDoer(question, units, quote, sectionText.get(entry.clause.sectionId) ?? title)
    );
  };
}
