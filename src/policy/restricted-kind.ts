import { namesResidence, withoutWorkplacePhrase } from './workplace-phrase';
import type { QueryUnit } from './query-terms';
import type { ClauseWithContext } from './clause-context';
import { declinedOnly, offersTheThingOfTheAsker, proposedUnits, proposesOutside, showsOutside } from './proposal-scope';
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

// "must use the allocated email address for the local neighbourhood": the one thing to use, up to what it is for.
const MUST_USE_THING = /\b(?:must|shall|should) (?:only )?use (?:the |a |an |their |its |your )?(.+?)(?:\s+(?:for|to|when|on|in|as|so|which|that)\b|[,.;:]|$)/i;

/** The thing a "must use X" sentence names, read like the thing of an "only" phrase. */
export function mustUseThing(sentence: string): string | undefined {
  return MUST_USE_THING.exec(sentence)?.[1];
}

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
  question?: string,
): boolean {
  const thing = onlyPhrase(sentence)?.thing ?? mustUseThing(sentence);
  if (!thing) return false;
  const kind = new Set(contentStems(thing));
  const kindWords = thing.split(/\s+/).filter((w) => !/^[A-Z]/.test(w)).join(' ');
  const named = new Set(contentStems(`${sentence} ${context}`));
  if (question !== undefined && qualifiesTheKindOtherwise(question, kindWords, named, units)) return true;
  for (const u of units) {
    if (u.weight < 1 || u.own.every((s) => named.has(s))) continue;
    if (u.added.some((g) => g.length && g.every((s) => named.has(s)))) continue;
    if (u.added.some((g) => g.some((s) => kind.has(s)) && g.some((s) => !named.has(s)))) return true;
    if (u.concept || u.added.length || !isSpecific(u.label)) continue;
    if (kindWords && nearIn?.(u.label, kindWords)) return true;
  }
  return false;
}

/**
 * The question puts a qualifier of its own on the restricted thing's noun ("the sergeant's personal email", "my school
 * email" against "the allocated email address" or "Staffordshire Police email addresses"): the same kind of thing, another
 * member of it. The qualifier is what makes it another, so everyday words count here ("personal", "home", "own"), as what a
 * photo shows does in showsOutside; a word the clause or its section uses ("the local neighbourhood email") or a word of
 * nearly every question about the subject ("my work email", "force email") keeps it inside.
 */
const MAX_QUALIFIERS = 3;
function qualifiesTheKindOtherwise(question: string, kindWords: string, named: Set<string>, units: QueryUnit[]): boolean {
  const heads = new Set(contentStems(kindWords));
  if (!heads.size) return false;
  const weak = new Set(units.filter((u) => u.weight < 1).flatMap((u) => u.own));
  // A phrase the vocabulary reads as the clause's own thing ("force email" = "Staffordshire Police email addresses") is
  // that thing, not another of its kind: its words qualify nothing away from it.
  const same = new Set(units.filter((u) => u.added.some((g) => g.length && g.every((s) => named.has(s)))).flatMap((u) => u.own));
  const words = normaliseWords(question);
  for (let at = 1; at < words.length; at++) {
    if (!heads.has(stem(words[at]))) continue;
    // The words before the noun up to a function word: "her college library card" qualifies "card" by "college library".
    for (let q = at - 1; q >= Math.max(0, at - MAX_QUALIFIERS); q--) {
      const qualifier = words[q];
      if (STOP_WORDS.has(qualifier) || /^\d+$/.test(qualifier)) break;
      const s = stem(qualifier);
      if (qualifier !== 'own' && !heads.has(s) && !named.has(s) && !weak.has(s) && !same.has(s)) return true;
    }
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

const NEGATION = new Set(['not', 'no', 'never', 'without', 'nor']);

/**
 * "only those with Staffordshire Police email addresses may join": the test is holding the thing, not who one is. A
 * question saying the doer holds it ("I'm seconded from the council but I've been given a force email address, can I
 * join?") meets the test, so the words describing the doer ("seconded", "council") are not a proposal outside it. Another
 * thing of the kind ("my council email") is still namesAnotherOfTheKind's, another doer proposesAnotherDoer's; a sentence
 * that denies holding it ("I don't have a force email yet") is no evidence.
 */
export function saysTheDoerHoldsIt(question: string, sentence: string): boolean {
  const only = onlyPhrase(sentence);
  if (!only?.who || only.thing === only.text) return false;
  const heads = new Set(contentStems(only.thing.split(/\s+/).filter((w) => !/^[A-Z]/.test(w)).join(' ')));
  if (!heads.size) return false;
  return question.split(/[.?!;]+/).some((part) => {
    const words = normaliseWords(part);
    return [...heads].every((h) => words.some((w) => stem(w) === h)) && !words.some((w) => NEGATION.has(w));
  });
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
  // Only the word itself: general word vectors put "location" near "local", "network", "access" and most clauses.
  const namesLocation = (text: string) => /\blocations?\b/i.test(text);
  return (question: string, units: QueryUnit[], quote: string, entry: ClauseWithContext): boolean => {
    const title = entry.clause.sectionTitle;
    // Against "only those with X" the proposal is who would do the act, and a remark about the asker anywhere in the
    // message ("I'm only a volunteer and don't have a force email yet") describes that person; elsewhere the proposal is
    // the thing offered, named in the part that asks (proposalPart).
    const who = onlyPhrase(quote)?.who === true;
    return (
      (!saysTheDoerHoldsIt(question, quote) &&
        !offersTheThingOfTheAsker(question, quote, nearIn) &&
        proposesOutside(who ? units : withoutWorkplacePhrase(question, proposedUnits(question, units), namesLocation(quote)), quote, title, isSpecific, nearIn)) ||
      showsOutside(question, quote, title, nearIn) ||
      (namesLocation(quote) && namesResidence(question)) ||
      namesAnotherOfTheKind(units, quote, title, isSpecific, nearIn, question) ||
      proposesAnotherDoer(question, units, quote, sectionText.get(entry.clause.sectionId) ?? title)
    );
  };
}

/** The stems that choose the sentence of a clause a verdict is read from: what the question declines ("rather than uploading the document") does not. */
export function sentenceChoosingStems(question: string, units: QueryUnit[]): string[] {
  return choosingUnits(question, units).flatMap((u) => [...u.own, ...u.added.flat()]);
}

/** Of sentenceChoosingStems, the question's own stems (quote-sentence.ts counts the expansions' for less). */
export function sentenceChoosingOwnStems(question: string, units: QueryUnit[]): string[] {
  return choosingUnits(question, units).flatMap((u) => u.own);
}

function choosingUnits(question: string, units: QueryUnit[]): QueryUnit[] {
  const declined = declinedOnly(question, units);
  return units.filter((u) => !declined.has(u));
}
