import { contentStems, normaliseWords } from './tokenise';
import { createQueryAnalyser, type AnalysedQuery, type QueryUnit } from './query-terms';
import { EMPTY_VOCABULARY, type Vocabulary } from './vocabulary';
import type { WordVectors } from './word-vectors';
import type { WordRelations } from './word-relations';
import { combineNeighbours, relationNeighbours, specificityFrom, vectorNeighbours } from './expansion-sources';
import { createPostingScorer, type ColumnUnit, type StemColumn } from './posting-scorer';
import type { SearchHit } from './search-hit';

/**
 * BM25 over clauses with three fields: the clause's own text, its section title, and its
 * context (the sentence that introduces it, e.g. "These pages can be used to:" for a bullet).
 * Queries are units from `query-terms.ts`: a word typed scores in full, an expansion (the
 * policy's vocabulary file, or related words from general word vectors) at ADDED_WEIGHT, so
 * the expansion cannot outweigh what the member of staff actually wrote.
 * Ranking multiplies BM25 by coverage (how much of the question a clause answers).
 *
 * Independent of the policy types so the benchmark can run it on other corpora.
 */
export interface SearchDoc {
  text: string;
  /** Section title: a strong hint ("Aims", "Yammer") but not the clause's own words. */
  title?: string;
  /** Lead-in sentence (for a bullet) or antecedent sentence (for "This must ..."). */
  context?: string;
  /** Weight of `context` for this document (an anaphoric sentence leans on it more); default from options. */
  contextWeight?: number;
}

export interface SearchOptions {
  /** The policy's vocabulary file (jargon -> policy words); none by default. */
  vocabulary?: Vocabulary;
  /** General word vectors: a word the policy never uses meets the policy words nearest in meaning. */
  wordVectors?: WordVectors & { frequencyRank?(word: string): number | undefined };
  /** Related policy words for words the policy never uses (off unless asked for). */
  neighbours?: boolean;
  /** Synonyms and broader words from a general lexical database (WordNet), for words the policy never uses. */
  wordRelations?: WordRelations;
  /** Weigh plain words by how specific they are in general English (needs the vectors' frequency ranks; off unless asked for). */
  generalSpecificity?: boolean;
  contextWeight?: number;
  titleWeight?: number;
  k1?: number;
  b?: number;
}

// The hit's shape lives in search-hit.ts so that posting-scorer.ts can name it without importing this file (no cycle).
export type { SearchHit } from './search-hit';

export interface SearchResult {
  query: AnalysedQuery;
  hits: SearchHit[];
  /** Whether the question names a subject the vocabulary lists as outside the policy. */
  offTopic: boolean;
}

interface FieldIndex {
  tf: Map<string, number>[];
  len: number[];
  avg: number;
}

/** Weight of expansion words relative to the words typed. */
const ADDED_WEIGHT = 0.75;
/** Ranking = BM25 x (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) x coverage). */
const COVERAGE_FLOOR = 0.35;
/** Later '|' alternatives of a vocabulary meaning are looser readings than the first. */
const SECONDARY_ALTERNATIVE = 0.8;
/** Units tracked in SearchHit.unitMask (bits of a 32-bit integer, sign bit left alone). */
export const MASKED_UNITS = 31;

/**
 * A word among the most frequent of general English (the vectors' table order) is a word, not a typo.
 * Typos of common words do occur in web text, but far down the table ("recieve"), so the cut is well above them.
 */
const ENGLISH_WORD_RANK = 20000;
function englishWordFrom(vectors: SearchOptions['wordVectors']): ((word: string) => boolean) | undefined {
  const rank = vectors?.frequencyRank?.bind(vectors);
  return rank ? (word) => (rank(word) ?? Infinity) < ENGLISH_WORD_RANK : undefined;
}

function buildField(texts: string[]): FieldIndex {
  const tf = texts.map((t) => {
    const m = new Map<string, number>();
    for (const s of contentStems(t)) m.set(s, (m.get(s) ?? 0) + 1);
    return m;
  });
  const len = tf.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  const avg = len.reduce((a, b) => a + b, 0) / Math.max(1, len.length);
  return { tf, len, avg: avg || 1 };
}

export interface ClauseSearch {
  /** Hits best first (byRank). */
  search(question: string): SearchResult;
  /** The same hits in document order, unsorted (a caller that keeps a few of them sorts those alone). */
  matches(question: string): SearchResult;
  idf(stem: string): number;
}

export function createClauseSearch(docs: SearchDoc[], options: SearchOptions = {}): ClauseSearch {
  const k1 = options.k1 ?? 1.2;
  const b = options.b ?? 0.75;
  const contextWeight = options.contextWeight ?? 0.3;
  const titleWeight = options.titleWeight ?? 0.5;
  const text = buildField(docs.map((d) => d.text));
  const context = buildField(docs.map((d) => d.context ?? ''));
  const title = buildField(docs.map((d) => d.title ?? ''));
  const n = docs.length;

  const df = new Map<string, number>();
  // The documents holding each stem in any field, ascending: a stem's column is computed over these alone.
  const holders = new Map<string, number[]>();
  docs.forEach((_, i) => {
    for (const s of new Set([...text.tf[i].keys(), ...context.tf[i].keys(), ...title.tf[i].keys()])) {
      df.set(s, (df.get(s) ?? 0) + 1);
      const list = holders.get(s);
      if (list) list.push(i);
      else holders.set(s, [i]);
    }
  });
  const idf = (s: string) => Math.log(1 + (n - (df.get(s) ?? 0) + 0.5) / ((df.get(s) ?? 0) + 0.5));
  // Words no clause uses weigh like a rare word: an unanswered idea should count against coverage.
  const unknownIdf = Math.log(1 + (n - 1 + 0.5) / 1.5);
  const offTopicIdf = unknownIdf * 1.5;

  const corpusWords = new Set<string>();
  for (const d of docs) for (const w of normaliseWords(`${d.text} ${d.context ?? ''} ${d.title ?? ''}`)) corpusWords.add(w);
  const inCorpus = (s: string) => df.has(s);
  const neighbours = combineNeighbours(
    options.wordVectors && options.neighbours === true ? vectorNeighbours(options.wordVectors, corpusWords, inCorpus) : undefined,
    options.wordRelations ? relationNeighbours(options.wordRelations, inCorpus) : undefined,
  );
  const analyser = createQueryAnalyser(
    corpusWords,
    options.vocabulary ?? EMPTY_VOCABULARY,
    neighbours,
    options.generalSpecificity === true ? specificityFrom(options.wordVectors) : undefined,
    englishWordFrom(options.wordVectors),
  );

  const fieldScore = (f: FieldIndex, i: number, s: string) => {
    const tf = f.tf[i].get(s);
    if (!tf) return 0;
    return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * f.len[i]) / f.avg));
  };
  // A stem's score in each document does not depend on the question, so compute it once per stem (the vocabulary is
  // small) and answer later questions from the cache: this keeps p99 latency flat. With the example questions as
  // documents (thousands), scanning every document for every question cost most of an answer's time, so each column
  // also lists the documents where the stem scores at all: a question scores only the union of its stems' lists.
  const EMPTY_COLUMN: StemColumn = { scores: new Float64Array(n), docs: new Int32Array(0) };
  const columns = new Map<string, StemColumn>();
  const columnFor = (s: string): StemColumn => {
    let column = columns.get(s);
    if (!column) {
      const holding = holders.get(s);
      if (!holding) return EMPTY_COLUMN;
      const scores = new Float64Array(n);
      const found: number[] = [];
      const w = idf(s);
      for (const i of holding) {
        scores[i] = w * (fieldScore(text, i, s) + (docs[i].contextWeight ?? contextWeight) * fieldScore(context, i, s) + titleWeight * fieldScore(title, i, s));
        if (scores[i] > 0) found.push(i);
      }
      column = { scores, docs: Int32Array.from(found) };
      columns.set(s, column);
    }
    return column;
  };

  const unitIdf = (u: QueryUnit) => u.weight * rawUnitIdf(u);
  const rawUnitIdf = (u: QueryUnit) => {
    if (u.offTopic) return offTopicIdf;
    const known = [...(u.ownAll ? [] : u.own), ...u.added.flat()].filter((s) => df.has(s));
    return known.length ? Math.max(...known.map(idf)) : unknownIdf;
  };

  /** A unit's stems resolved to their columns once per question (posting-scorer.ts reads them). */
  const compileUnit = (u: QueryUnit): ColumnUnit => ({
    offTopic: u.offTopic,
    ownAll: u.ownAll,
    concept: u.concept,
    weight: u.weight,
    own: u.own.map(columnFor),
    groups: u.added.map((group, g) => {
      const idfs = group.map((s) => (df.has(s) ? idf(s) : 0));
      let total = 0;
      for (const w of idfs) total += w;
      // The first alternative is the vocabulary's main reading; later ones are looser.
      return { columns: group.map(columnFor), idfs, total, damp: u.addedWeight?.[g] ?? (g === 0 ? 1 : SECONDARY_ALTERNATIVE), root: Math.sqrt(group.length) };
    }),
  });
  // A unit's score in a document: the word typed counts in full; expansion words (vocabulary, vectors) count by the share
  // of their IDF the document contains, so "former employees" is not answered by any clause that merely says "employees".
  const scoreAll = createPostingScorer(n, { addedWeight: ADDED_WEIGHT, coverageFloor: COVERAGE_FLOOR, maskedUnits: MASKED_UNITS });

  return {
    idf,
    matches,
    search(question: string): SearchResult {
      const result = matches(question);
      result.hits.sort(byRank);
      return result;
    },
  };

  function matches(question: string): SearchResult {
    const query = analyser.analyse(question);
    const weights = query.units.map(unitIdf);
    const totalWeight = weights.reduce((a, x) => a + x, 0);
    const onTopicWeight = weights.reduce((a, x, k) => a + (query.units[k].offTopic ? 0 : x), 0);
    const hits = scoreAll(query.units.map(compileUnit), weights, totalWeight, onTopicWeight);
    return { query, hits, offTopic: query.units.some((u) => u.offTopic) };
  }
}

/** Hits best first: score, then coverage, then document order (a total order: the index breaks every tie). */
export const byRank = (x: SearchHit, y: SearchHit): number => y.score - x.score || y.coverage - x.coverage || x.index - y.index;
