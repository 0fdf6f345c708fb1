import { describe, expect, it } from 'vitest';
import { shippedIndexOptions, type LanguageResources } from '../../src/language/load-language-resources';

describe('shippedIndexOptions', () => {
  const language = {
    wordVectors: { size: 3 },
    clauseVectorCache: { load: () => undefined, save: () => undefined },
    classifierCache: { load: () => undefined, save: () => undefined },
    caseWords: ['suspect'],
    wordRelations: () => [],
    fromCache: true,
  } as unknown as LanguageResources;

  it('passes the resources the bot answers with, by identity', () => {
    const options = shippedIndexOptions(language);
    expect(options.wordVectors).toBe(language.wordVectors);
    expect(options.clauseVectorCache).toBe(language.clauseVectorCache);
    expect(options.classifierCache).toBe(language.classifierCache);
    expect(options.caseWords).toBe(language.caseWords);
  });

  it('leaves WordNet relations and the cache flag out (the ablations kept them out of the shipped engine)', () => {
    expect(Object.keys(shippedIndexOptions(language)).sort()).toEqual(['caseWords', 'classifierCache', 'clauseVectorCache', 'wordVectors']);
  });
});
