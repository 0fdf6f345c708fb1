import type { Vocabulary, VocabularyTerm } from './vocabulary';
import { EMPTY_VOCABULARY, vocabularyPhrases } from './vocabulary';
import { STOP_WORDS, contentStems, normaliseWords, stem } from './tokenise';

const WEAK_WEIGHT = 0.35;

/**
 * Turns a question into weighted query units. A unit is one idea the clause has to
 * answer: a plain content word, or a vocabulary phrase together with the policy words it
 * stands for. Coverage (how many units a clause answers) is what tells a covered question
 * from one that merely shares a word with a clause.
 */
export interface QueryUnit {
  label: string;
  /** Stems from the question itself. */
  own: string[];
  /** For a multi-word phrase: its stems count only when the clause has all of them ("court results"). */
  ownAll: boolean;
  /** What the vocabulary or the word vectors add: alternatives, each a group of policy stems expected together. */
  added: string[][];
  /** Weight of each `added` group (1 = the vocabulary's main reading); defaults by position. */
  addedWeight?: number[];
  /** Names a subject the policy's vocabulary lists as outside it (pay, leave, the canteen). */
  offTopic: boolean;
  /** Came from a vocabulary phrase (a domain concept), not a plain word. */
  concept: boolean;
  /** 1, or less for words in nearly every question about the subject (vocabulary `weak`). */
  weight: number;
}

export interface AnalysedQuery {
  words: string[];
  units: QueryUnit[];
  /** The question uses a word or phrase the vocabulary lists as the policy's subject (or any of its jargon). */
  onSubject: boolean;
}

type PhraseTarget = { term: VocabularyTerm } | { offTopic: true } | { subject: true };

export interface QueryAnalyser {
  analyse(question: string): AnalysedQuery;
}

/** Related policy words for a word the policy never uses (from general word vectors), best first. */
export type Neighbours = (word: string) => { stem: string; similarity: number }[];

const MAX_PHRASE = 5;
const SELF_REFERENCE = / ((this|these) (policy|policies|document|guidance|guidelines|procedure|rules)|the (policy|policies)(?! (on|for|about|regarding|around|re|of)\b)) /;

/**
 * How much a plain word says on its own, 0..1, from its frequency in general English (word
 * vectors' table order): "tonight" or "find" say little, "mascot" a lot. Nobody here tuned it.
 * Applied only to words the policy does not use: the policy's own words are weighed by its IDF.
 */
export type Specificity = (word: string) => number;

/** Whether general English knows the word as a word in its own right (not a slip of the thumb). */
export type IsEnglishWord = (word: string) => boolean;

export function createQueryAnalyser(
  corpusWords: Iterable<string>,
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  neighbours?: Neighbours,
  specificity?: Specificity,
  isEnglishWord?: IsEnglishWord,
): QueryAnalyser {
  const phrases = new Map<string, PhraseTarget[]>();
  const add = (phrase: string, target: PhraseTarget) => {
    const key = normaliseWords(phrase).map(stem).join(' ');
    if (!key) return;
    const list = phrases.get(key) ?? [];
    list.push(target);
    phrases.set(key, list);
  };
  for (const term of vocabulary.terms) for (const p of term.phrases) add(p, { term });
  for (const p of vocabulary.outsideSubject) add(p, { offTopic: true });
  const weak = new Set(vocabulary.weak.flatMap(normaliseWords));
  const subjectKeys = new Set(vocabulary.subject.map((p) => normaliseWords(p).map(stem).join(' ')));

  const known = new Set<string>(corpusWords);
  for (const p of vocabularyPhrases(vocabulary)) for (const w of normaliseWords(p)) known.add(w);
  const knownByLength = new Map<number, string[]>();
  for (const w of known) {
    if (w.length < 4) continue;
    const list = knownByLength.get(w.length) ?? [];
    list.push(w);
    knownByLength.set(w.length, list);
  }

  // Phone typing: one slip (insert, delete, substitute, swap) in a word of 5+ letters. A word general
  // English knows is what the person meant ("crest" is not a slip for "rest"), so it is left alone.
  const correct = (word: string): string => {
    if (word.length < 5 || known.has(word) || STOP_WORDS.has(word) || /\d/.test(word) || isEnglishWord?.(word)) return word;
    for (const len of [word.length, word.length - 1, word.length + 1]) {
      for (const candidate of knownByLength.get(len) ?? []) if (withinOneEdit(word, candidate)) return candidate;
    }
    return word;
  };

  const plainUnit = (w: string): QueryUnit => {
    const unit: QueryUnit = { label: w, own: [stem(w)], ownAll: false, added: [], offTopic: false, concept: false, weight: Math.min(weak.has(w) ? WEAK_WEIGHT : 1, known.has(w) ? 1 : (specificity?.(w) ?? 1)) };
    const near = neighbours?.(w) ?? [];
    if (near.length) {
      unit.added = near.map((n) => [n.stem]);
      unit.addedWeight = near.map((n) => n.similarity);
    }
    return unit;
  };

  return {
    analyse(question: string): AnalysedQuery {
      const words = normaliseWords(question).map(correct);
      // Phrases match on stems so "running" finds "run" and "photos" finds "photo".
      const stems = words.map(stem);
      const stemSet = new Set(stems);
      const units: QueryUnit[] = [];
      // "this policy", "these guidelines": the asker points at the document itself, whatever its subject.
      let onSubject = SELF_REFERENCE.test(` ${words.join(' ')} `);
      for (let i = 0; i < stems.length && !onSubject; i++) {
        for (let len = 1; len <= Math.min(MAX_PHRASE, stems.length - i); len++) if (subjectKeys.has(stems.slice(i, i + len).join(' '))) onSubject = true;
      }
      let i = 0;
      while (i < words.length) {
        let matched = false;
        for (let len = Math.min(MAX_PHRASE, words.length - i); len >= 1; len--) {
          const key = stems.slice(i, i + len).join(' ');
          const targets = phrases.get(key)?.filter((t) => !('term' in t) || !t.term.onlyWith || t.term.onlyWith.some((w) => stemSet.has(stem(w))));
          if (!targets?.length) continue;
          const phraseWords = words.slice(i, i + len);
          // A multi-word phrase stands for its meaning: "teams channel" is Yammer, not a "team",
          // unless the clause has every word of it. A phrase with a stop word proves nothing by its own words.
          const own = len > 1 && phraseWords.some((w) => STOP_WORDS.has(w)) ? [] : contentStems(phraseWords.join(' '));
          const label = phraseWords.join(' ');
          if (targets.every((t) => 'offTopic' in t)) {
            units.push({ label, own, ownAll: len > 1, added: [], offTopic: true, concept: false, weight: 1 });
          } else {
            const alternatives = targets.flatMap((t) => ('term' in t ? t.term.means.split('|') : []));
            const added = alternatives.map(contentStems).filter((g) => g.length && !(g.length === 1 && own.includes(g[0])));
            units.push({ label, own, ownAll: len > 1, added, offTopic: false, concept: true, weight: len === 1 && weak.has(words[i]) ? WEAK_WEIGHT : 1 });
          }
          i += len;
          matched = true;
          break;
        }
        if (matched) continue;
        const w = words[i];
        if (!STOP_WORDS.has(w)) units.push(plainUnit(w));
        i++;
      }
      return { words, units, onSubject };
    },
  };
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let k = 0; k < a.length && diffs.length <= 2; k++) if (a[k] !== b[k]) diffs.push(k);
    if (diffs.length === 1) return true;
    return diffs.length === 2 && diffs[1] === diffs[0] + 1 && a[diffs[0]] === b[diffs[1]] && a[diffs[1]] === b[diffs[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let k = 0;
  while (k < s.length && s[k] === l[k]) k++;
  return s.slice(k) === l.slice(k + 1);
}
