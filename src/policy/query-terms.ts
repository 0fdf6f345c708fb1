import { LEXICON, OFF_TOPIC, type LexiconEntry } from './lexicon';
import { STOP_WORDS, WEAK_WORDS, contentStems, normaliseWords, stem } from './tokenise';

const WEAK_WEIGHT = 0.35;

/**
 * Turns a question into weighted query units. A unit is one idea the clause has to
 * answer: a plain content word, or a lexicon phrase together with the policy words it
 * stands for. Coverage (how many units a clause answers) is what lets the engine say
 * "not covered" instead of matching on one shared word.
 */
export interface QueryUnit {
  label: string;
  /** Stems from the question itself. */
  own: string[];
  /** For a multi-word phrase: its stems count only when the clause has all of them ("court results"). */
  ownAll: boolean;
  /** What the lexicon adds: alternatives, each a group of policy stems expected together. */
  added: string[][];
  offTopic: boolean;
  /** Came from a lexicon phrase (a domain concept), not a plain word. */
  concept: boolean;
  /** 1, or less for words in nearly every question (WEAK_WORDS). */
  weight: number;
}

export interface AnalysedQuery {
  words: string[];
  units: QueryUnit[];
}

type PhraseTarget = { entry: LexiconEntry } | { offTopic: true };

export interface QueryAnalyser {
  analyse(question: string): AnalysedQuery;
}

const MAX_PHRASE = 5;

export function createQueryAnalyser(corpusWords: Iterable<string>, useLexicon = true): QueryAnalyser {
  const phrases = new Map<string, PhraseTarget[]>();
  const add = (phrase: string, target: PhraseTarget) => {
    const key = normaliseWords(phrase).map(stem).join(' ');
    if (!key) return;
    const list = phrases.get(key) ?? [];
    list.push(target);
    phrases.set(key, list);
  };
  if (useLexicon) {
    for (const entry of LEXICON) for (const p of entry.phrases) add(p, { entry });
    for (const p of OFF_TOPIC) add(p, { offTopic: true });
  }

  const known = new Set<string>(corpusWords);
  if (useLexicon) for (const p of [...LEXICON.flatMap((e) => e.phrases), ...OFF_TOPIC]) for (const w of normaliseWords(p)) known.add(w);
  const knownByLength = new Map<number, string[]>();
  for (const w of known) {
    if (w.length < 4) continue;
    const list = knownByLength.get(w.length) ?? [];
    list.push(w);
    knownByLength.set(w.length, list);
  }

  // Phone typing: one slip (insert, delete, substitute, swap) in a word of 5+ letters.
  const correct = (word: string): string => {
    if (word.length < 5 || known.has(word) || STOP_WORDS.has(word) || /\d/.test(word)) return word;
    for (const len of [word.length, word.length - 1, word.length + 1]) {
      for (const candidate of knownByLength.get(len) ?? []) if (withinOneEdit(word, candidate)) return candidate;
    }
    return word;
  };

  return {
    analyse(question: string): AnalysedQuery {
      const words = normaliseWords(question).map(correct);
      // Phrases match on stems so "running" finds "run" and "photos" finds "photo".
      const stems = words.map(stem);
      const stemSet = new Set(stems);
      const units: QueryUnit[] = [];
      let i = 0;
      while (i < words.length) {
        let matched = false;
        for (let len = Math.min(MAX_PHRASE, words.length - i); len >= 1; len--) {
          const key = stems.slice(i, i + len).join(' ');
          const targets = phrases.get(key)?.filter((t) => 'offTopic' in t || !t.entry.onlyWith || t.entry.onlyWith.some((w) => stemSet.has(stem(w))));
          if (!targets?.length) continue;
          // A multi-word phrase stands for its meaning: "teams channel" is Yammer, not a "team",
          // unless the clause has every word of it.
          // ("policy for" has a stop word: its own words prove nothing, only its meaning counts.)
          const phraseWords = words.slice(i, i + len);
          const own = len > 1 && phraseWords.some((w) => STOP_WORDS.has(w)) ? [] : contentStems(phraseWords.join(' '));
          // A lexicon reading that fits the question ("car" in a profile-photo question) beats the
          // off-topic reading of the same word ("car" as a pool car).
          if (targets.every((t) => 'offTopic' in t)) {
            units.push({ label: words.slice(i, i + len).join(' '), own, ownAll: len > 1, added: [], offTopic: true, concept: false, weight: 1 });
          } else {
            const alternatives = targets.flatMap((t) => ('entry' in t ? t.entry.means.split('|') : []));
            const added = alternatives.map(contentStems).filter((g) => g.length && !(g.length === 1 && own.includes(g[0])));
            units.push({ label: words.slice(i, i + len).join(' '), own, ownAll: len > 1, added, offTopic: false, concept: true, weight: len === 1 && WEAK_WORDS.has(words[i]) ? WEAK_WEIGHT : 1 });
          }
          i += len;
          matched = true;
          break;
        }
        if (matched) continue;
        const w = words[i];
        if (!STOP_WORDS.has(w)) units.push({ label: w, own: [stem(w)], ownAll: false, added: [], offTopic: false, concept: false, weight: WEAK_WORDS.has(w) ? WEAK_WEIGHT : 1 });
        i++;
      }
      return { words, units };
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
