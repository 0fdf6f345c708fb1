import type { QueryUnit } from './query-terms';
import { STOP_WORDS, contentStems, normaliseWords, stem } from './tokenise';

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

// "... or is that frowned on?", "..., or would that be a problem": a second alternative that points back at the first
// ("that", "it", "this") judges the proposal; it proposes nothing of its own.
const BACK_REFERRING_ALTERNATIVE = /,?\s+or\s+(?:is|would|will|does|could|was|might)\s+(?:that|it|this)\b[^?.!]*/gi;

/**
 * The part of a message that can hold its proposal: up to the end of the last sentence that asks ("?"), without a
 * second alternative that points back at the first. A statement after the last question ("May I upload a photograph of
 * myself to my profile? I confess I am not one for technology.") comments on the asker, and an "or is that frowned
 * on" judges the proposal; neither names something the asker means to do. A statement before the question stays: it
 * is where a plan is usually described ("I've got the custody rota. Can I put it on Yammer?").
 */
export function proposalPart(question: string): string {
  const lastAsk = question.lastIndexOf('?');
  const asked = lastAsk >= 0 ? question.slice(0, lastAsk + 1) : question;
  return asked.replace(BACK_REFERRING_ALTERNATIVE, ' ').replace(DECLINED, ' ');
}

// "a link rather than the document itself", "email it instead of uploading it": what follows names what the asker means
// NOT to do, up to the end of its clause.
const DECLINED = /\b(?:rather than|instead of)\b[^,.;:?!]*/gi;

/**
 * Units the question uses only to name what it declines ("share a link rather than uploading the document"): the
 * question is about the other thing, so they choose neither the sentence to judge nor the proposal.
 */
export function declinedOnly(question: string, units: QueryUnit[]): Set<QueryUnit> {
  const declined = [...question.matchAll(DECLINED)].map((m) => m[0]).join(' ');
  if (!declined) return new Set();
  const elsewhere = new Set(contentStems(question.replace(DECLINED, ' ')));
  const named = new Set(contentStems(declined));
  return new Set(units.filter((u) => u.own.length > 0 && u.own.every((s) => named.has(s) && !elsewhere.has(s))));
}

/** The units a message's proposal part uses (proposalPart): a unit met only outside it is not proposed. */
export function proposedUnits(question: string, units: QueryUnit[]): QueryUnit[] {
  const inPart = new Set(contentStems(proposalPart(question)));
  if (inPart.size === 0) return units;
  return units.filter((u) => u.own.some((s) => inPart.has(s)));
}

// Words that end the "of ..." phrase naming what a thing shows ("a photo of me in uniform": "in uniform" is not what it shows).
const PHRASE_END = new Set(['in', 'at', 'on', 'as', 'for', 'with', 'from', 'to', 'by', 'into', 'onto', 'when', 'while', 'that', 'which', 'who', 'because', 'so', 'but', 'is', 'are', 'was', 'be', 'can', 'could', 'would', 'will', 'should', 'may']);

/**
 * "only photographs of the specific employee can be used": the "only" names a kind of thing (photographs) and, after
 * "of", what it may show. A question offering that kind of thing "of" something else ("a photo of my car", "a photo of
 * me and my husband") proposes outside the clause, however everyday its words are: what a photo shows is the proposal.
 * The thing is found by its stem or by general word vectors ("photo" for "photographs"); "me", "myself" and other
 * stop words name the asker, who is the employee the clause means.
 */
export function showsOutside(
  question: string,
  clauseSentence: string,
  context: string,
  nearWord?: (word: string, other: string) => boolean,
): boolean {
  const restricted = /\bonly\s+(?:the\s+|a\s+|an\s+)?([a-z]+)\s+of\s+([^.;:,–-]+)/i.exec(clauseSentence);
  if (!restricted) return false;
  const thing = restricted[1].toLowerCase();
  const named = new Set(contentStems(`${clauseSentence} ${context}`));
  for (const part of question.toLowerCase().split(/[.,;:?!–()-]+/)) {
    const words = normaliseWords(part);
    for (let i = 0; i + 1 < words.length; i++) {
      const w = words[i];
      if (words[i + 1] !== 'of' || STOP_WORDS.has(w)) continue;
      if (stem(w) !== stem(thing) && !nearWord?.(w, thing)) continue;
      for (let j = i + 2; j < words.length && !PHRASE_END.has(words[j]); j++) {
        if (!STOP_WORDS.has(words[j]) && !named.has(stem(words[j]))) return true;
      }
    }
  }
  return false;
}

// After "of me", words that bring someone or something else into the picture ("of me and my kids", "of me with my dog").
const ALONGSIDE = new Set(['and', 'with', 'plus', 'alongside', 'beside', 'next', 'together', 'holding', 'hugging']);

/**
 * "only photographs of the specific employee can be used": a question offering that kind of thing "of me" or "of myself"
 * and no one else ("a photo of me in uniform from my passing out parade") offers what the "only" names; where it was taken
 * or what the asker wears describes the thing and proposes nothing outside it (nineteenth session). Someone or something
 * else in it ("of me and my kids", "of me with my dog", "of me holding ...") leaves the question to the other scope readers.
 */
export function offersTheThingOfTheAsker(question: string, clauseSentence: string, nearWord?: (word: string, other: string) => boolean): boolean {
  const restricted = /\bonly\s+(?:the\s+|a\s+|an\s+)?([a-z]+)\s+of\s+/i.exec(clauseSentence);
  if (!restricted) return false;
  const thing = restricted[1].toLowerCase();
  const words = normaliseWords(proposalPart(question));
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i + 1] !== 'of' || !['me', 'myself'].includes(words[i + 2]) || STOP_WORDS.has(words[i])) continue;
    if (stem(words[i]) !== stem(thing) && !nearWord?.(words[i], thing)) continue;
    return !ALONGSIDE.has(words[i + 3] ?? '');
  }
  return false;
}
