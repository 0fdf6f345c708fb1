import { BODY_PART_SET, CARE_UNITS, INJURY_NOUN_FORMS, healthKind } from '../../src/detection/detectors/health-vocabulary';
import { otherSenseOfHealthWord } from '../../src/detection/detectors/health-other-senses';
import { offeredAsService, surgeryAsMeeting } from '../../src/detection/detectors/health-service-offer';
import { ADDRESSED, GENERIC_BEFORE, PERSON, hasName, sentenceBefore } from '../../src/detection/detectors/health-person';

/**
 * Seventeenth session (branch health17), dev only: the features of a learnt health reader (health-learnt-detector.ts),
 * shared with the script that trains and measures it (scripts/health-learnt.ts). Not wired into the product: held out,
 * it added 1 of the rules' 98 missed values at its calibrated line (docs/detection.md, seventeenth session).
 *
 * A candidate is a run of 1-4 words inside one clause that neither starts nor ends with a function word. It is read by
 * what it is (its words, its last word's ending, whether the health vocabulary, the body parts or the injuries hold it
 * or its last word: the vocabularies are features here, never gates) and by where it stands (the words just before and
 * after it, a person nearby: a pronoun, a possessive, a capitalised word; a few verbs that say someone has it). Each
 * feature is a string hashed to HASH_BITS bits; the score is a logistic regression over the binary features.
 */

/** Bits of the feature hash: 2^20 slots, so the few thousand kept weights rarely collide. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;
/** A health mention sits in a short post or the head of a long one, as the rules read it. */
export const LEARNT_MAX_CHARS = 3000;
const MAX_WORDS = 4;
/** Feature switches the training script compares (scripts/health-learnt.ts); the detector reads the defaults. */
export const LEARNT_OPTIONS = { postWords: true };
const WINDOW = 4;

export interface Word { start: number; end: number; w: string; caps: boolean; clause: number }
export interface LearntCandidate { start: number; end: number; first: number; last: number }

/** Function words a health phrase neither starts nor ends with (a value "my back" is still met by "back": spans overlap). */
const FUNCTION = new Set(('a an the and or but of to in on at by for with from into as is are was were be been being am i me my you your he him his she '
  + "her it its we us our they them their this that these those there here not no so if then than too very just also all any some has have had do does did "
  + "i'm im he's she's it's i've i'd ive id can could will would should may might must up down out off over about after before get got "
  + 'go going went back now still again today tomorrow yesterday week weeks day days next last time who what when where how why which').split(' '));

/** Words that place a person beside a candidate (pronouns, possessives, relatives), read as one feature. */
const PERSON_WORDS = new Set(("i i'm im i've ive me my mine he he's his him she she's her hers they their them we our us mum dad wife husband son daughter "
  + 'brother sister partner colleague boyfriend girlfriend nan gran grandad').split(' '));

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
/** A clause ends at a full stop, question or exclamation mark, semicolon, colon, bracket or line break. */
const isClauseBreak = (c: number): boolean => c === 46 || c === 63 || c === 33 || c === 59 || c === 58 || c === 10 || c === 40 || c === 41;

/** The words of a post (lower-cased text and the original, same length), with their clause number. */
export function learntWords(text: string, lower: string): Word[] {
  const end = Math.min(lower.length, LEARNT_MAX_CHARS);
  const out: Word[] = [];
  let clause = 0;
  for (let i = 0; i < end; ) {
    const c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      if (isClauseBreak(c) && !(c === 46 && i + 1 < end && isWordChar(lower.charCodeAt(i + 1)))) clause++;
      i++;
      continue;
    }
    const s = i;
    // A word: letters and digits, joined by an apostrophe or a hyphen ("crohn's", "c-section", "covid-19").
    for (;;) {
      while (i < end && isWordChar(lower.charCodeAt(i))) i++;
      const j = lower.charCodeAt(i);
      if (i + 1 < end && (j === 39 || j === 0x2019 || j === 45) && isWordChar(lower.charCodeAt(i + 1))) { i++; continue; }
      break;
    }
    const w = lower.slice(s, i).replace(/\u2019/g, "'");
    const t0 = text.charCodeAt(s);
    out.push({ start: s, end: i, w, caps: t0 >= 65 && t0 <= 90, clause });
  }
  return out;
}

/** Every candidate run of a post's words. */
export function learntCandidates(words: readonly Word[]): LearntCandidate[] {
  const out: LearntCandidate[] = [];
  for (let a = 0; a < words.length; a++) {
    if (FUNCTION.has(words[a].w) || /^\d+$/.test(words[a].w)) continue;
    for (let b = a; b < words.length && b < a + MAX_WORDS && words[b].clause === words[a].clause; b++) {
      if (FUNCTION.has(words[b].w)) continue;
      out.push({ start: words[a].start, end: words[b].end, first: a, last: b });
    }
  }
  return out;
}

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;
/** A feature's key: its FNV-1a hash, mixed, on HASH_BITS bits. */
export function featureKey(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & MASK;
}

/** What the vocabularies say of a phrase: its health kind, or a body part, an injury, a care unit. */
function vocab(phrase: string): string {
  const k = healthKind(phrase);
  if (k) return k;
  if (BODY_PART_SET.has(phrase)) return 'body';
  if (INJURY_NOUN_FORMS.has(phrase)) return 'injury';
  if (CARE_UNITS.has(phrase)) return 'unit';
  return '';
}

/** The post-level features (read once per post): the person words and clinical words the post holds anywhere. */
export function postFeatures(words: readonly Word[]): string[] {
  const f: string[] = [];
  let person = false, vocabWords = 0;
  for (const x of words) {
    if (PERSON_WORDS.has(x.w)) person = true;
    if (!FUNCTION.has(x.w) && vocab(x.w)) vocabWords++;
  }
  // The post's own words (a course, a refresher, an appeal, a vet): what the post is about, read by every candidate.
  if (LEARNT_OPTIONS.postWords) for (const x of new Set(words.slice(0, 80).map((y) => y.w))) if (!FUNCTION.has(x) && !/^\d+$/.test(x)) f.push(`pw:${x}`);
  f.push(person ? 'P:person' : 'P:noperson', `P:vocab${Math.min(vocabWords, 3)}`, words.length < 25 ? 'P:short' : words.length < 60 ? 'P:mid' : 'P:long');
  return f;
}

/**
 * The health rules' own readings of the words around a candidate, as features: another sense of a health word (an
 * animal's, property seized, a crime's category, a title, a thing's damage), a service offered or a surgery held, a
 * group or the reader addressed before it, a person word or a name before it in the sentence.
 */
export const SIGNAL_NAMES = ['sig:other', 'sig:service', 'sig:generic', 'sig:addressed', 'sig:person', 'sig:name'];
/** What vocab() may say of a run (the crossed features' second half). */
export const VOCAB_KINDS = ['', 'condition', 'state', 'treatment', 'medication', 'body', 'injury', 'unit'];

export function ruleSignals(text: string, lower: string, start: number, end: number): string[] {
  const f: string[] = [];
  if (otherSenseOfHealthWord(text, lower, { type: 'health', start, end, confidence: 0, rule: '' })) f.push('sig:other');
  if (offeredAsService(lower, start) || surgeryAsMeeting(lower, start, end)) f.push('sig:service');
  const before = sentenceBefore(lower, start, 60);
  if (GENERIC_BEFORE.test(before)) f.push('sig:generic');
  if (ADDRESSED.test(before)) f.push('sig:addressed');
  if (PERSON.test(before)) f.push('sig:person');
  if (hasName(text, start, 40)) f.push('sig:name');
  return f;
}

/**
 * The precondition of an addition: a health value is someone's, so a person stands in the run's clause (a pronoun or
 * possessive, a relative, a capitalised word, or one of the rules' person words before it) and none of the rules'
 * readings says the words are about something else (another sense, a service offered, a group in general).
 */
export function learntGate(words: readonly Word[], c: LearntCandidate, signals: readonly string[]): boolean {
  if (signals.includes('sig:other') || signals.includes('sig:service') || signals.includes('sig:generic')) return false;
  if (signals.includes('sig:person') || signals.includes('sig:name')) return true;
  const clause = words[c.first].clause;
  for (let i = c.first - 1; i >= 0 && words[i].clause === clause; i--) if (PERSON_WORDS.has(words[i].w) || (words[i].caps && i > 0 && words[i - 1].clause === clause)) return true;
  for (let i = c.last + 1; i < words.length && words[i].clause === clause && i <= c.last + WINDOW; i++) if (PERSON_WORDS.has(words[i].w)) return true;
  return false;
}

/** The hashed features of one candidate (post-level features appended). */
export function candidateKeys(words: readonly Word[], c: LearntCandidate, post: readonly string[], signals: readonly string[] = []): number[] {
  const f: string[] = [...signals];
  const ws = words.slice(c.first, c.last + 1).map((x) => x.w);
  const phrase = ws.join(' ');
  const lastW = ws[ws.length - 1];
  const kind = vocab(phrase);
  const lastKind = vocab(lastW);
  const anyKind = kind || ws.map(vocab).find((k) => k) || '';
  f.push(`n:${ws.length}`, `c:${phrase}`, `h:${lastW}`, `f:${ws[0]}`, `k:${kind}`, `lk:${lastKind}`, `ak:${anyKind}`);
  if (lastW.length > 4) f.push(`s3:${lastW.slice(-3)}`, `s4:${lastW.slice(-4)}`);
  for (const w of ws) f.push(`u:${w}`);
  const caps = words.slice(c.first, c.last + 1).every((x) => x.caps);
  const acronym = ws.length === 1 && /^[a-z]{2,5}$/.test(lastW) && caps;
  if (acronym) f.push('acr', `acr&k:${kind}`);
  // A run of capitalised words is a title or an organisation's name ("British Heart Foundation") more often than a condition.
  if (ws.length > 1 && words.slice(c.first, c.last + 1).every((x) => x.caps)) f.push('titlecase');
  for (const g of signals) f.push(`${g}&k:${anyKind}`);
  // Context: the words before and after, inside the clause and a little past it.
  let person = '';
  let named = false;
  for (let d = 1; d <= WINDOW; d++) {
    const l = words[c.first - d];
    if (l) {
      const side = l.clause === words[c.first].clause ? '' : 'x';
      f.push(`L${side}:${l.w}`);
      if (d === 1) f.push(`L1:${l.w}`, `L1&k:${l.w}|${anyKind}`);
      if (d === 2) f.push(`L2:${l.w} ${words[c.first - 1].w}`);
      if (!side && PERSON_WORDS.has(l.w)) person ||= l.w;
      if (!side && l.caps && d > 1 && !FUNCTION.has(l.w)) named = true;
    }
    const r = words[c.last + d];
    if (r) {
      const side = r.clause === words[c.last].clause ? '' : 'x';
      f.push(`R${side}:${r.w}`);
      if (d === 1) f.push(`R1:${r.w}`);
      if (d === 2) f.push(`R2:${words[c.last + 1].w} ${r.w}`);
    }
  }
  for (let d = WINDOW + 1; d <= 8 && !person; d++) {
    const l = words[c.first - d];
    if (l && l.clause === words[c.first].clause && PERSON_WORDS.has(l.w)) person = 'far';
  }
  f.push(person ? `per:${person === 'far' ? 'far' : 'near'}` : 'per:none', `per&k:${person ? 1 : 0}|${anyKind}`);
  if (named) f.push(`name&k:${anyKind}`);
  for (const p of post) f.push(p.startsWith('pw:') ? p : `${p}&k:${anyKind}`, p);
  const keys = new Set<number>();
  for (const s of f) keys.add(featureKey(s));
  return [...keys];
}

/** A weight table: bias and key -> weight. */
export interface LearntWeights {
  bias: number;
  weights: ReadonlyMap<number, number>;
}

/** The reader's probability for a candidate's keys. */
export function learntScore(keys: readonly number[], model: LearntWeights): number {
  let z = model.bias;
  for (const k of keys) z += model.weights.get(k) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
