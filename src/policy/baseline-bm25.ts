import MiniSearch from 'minisearch';

/**
 * Plain BM25 with MiniSearch's defaults (its tokenizer, no stemming, no stop words, no
 * vocabulary): the yardstick the clause search is measured against in bench/qa.ts and the
 * accuracy test, so any claim that the vocabulary and priors help is checked, not assumed.
 */
export interface RankedIndex {
  /** Document indices, best first. */
  rank(query: string): number[];
}

export function createBaselineBm25(texts: string[]): RankedIndex {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(texts.map((text, id) => ({ id, text })));
  return { rank: (query) => ms.search(query).map((r) => r.id as number) };
}
