import { splitSentences } from './split-sentences';
import { modalityOf } from './clause-modality';
import { STOP_WORDS, contentStems, normaliseWords } from './tokenise';
import { cosine, type WordVectors } from './word-vectors';

/** Helpers of the answer engine for the sentence it quotes and judges (create-policy-index.ts). */

/**
 * A trailing reason clause (", as these should be shared via email", ", because ...") explains the sentence's rule; the
 * sentence is about what its main clause says, so words met only in the reason count half towards choosing it.
 */
const REASON_CLAUSE = /,\s*(?:as|because|since|so that|in order to)\b/i;
const REASON_WEIGHT = 0.5;
/**
 * Words the query's expansions add ("upload", "file" for "post a link to the PDF") count for less than the question's own
 * words when choosing the sentence: "can I post a link instead?" is about the sentence that names links, not the one the
 * expansions of "post" and "PDF" lean to (nineteenth session).
 */
const ADDED_WEIGHT = 0.5;

/**
 * The sentence of a multi-sentence clause that the question is about (quoted and used for the verdict).
 * With `ruleOnly` (a permission or obligation question), a sentence of bare fact beside sentences with modal words
 * ("Files uploaded into Yammer are open to everybody." between a "should refrain from" and an "are able to") is the
 * rule's reason, not a rule of its own: the verdict is read from the best rule sentence the question touches at all.
 */
export function bestSentence(text: string, stems: string[], idf: (s: string) => number, ruleOnly = false, ownStems?: string[]): string {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return text;
  const wanted = new Set(stems);
  // Without `ownStems` every stem counts as the question's own (the callers that pass one flat list).
  const own = new Set(ownStems ?? stems);
  const score = (s: string) => {
    const cut = REASON_CLAUSE.exec(s);
    const main = new Set(contentStems(cut ? s.slice(0, cut.index) : s));
    const weight = (t: string) => (main.has(t) ? 1 : REASON_WEIGHT) * (own.has(t) ? 1 : ADDED_WEIGHT);
    return [...new Set(contentStems(s))].filter((t) => wanted.has(t)).reduce((a, t) => a + idf(t) * weight(t), 0);
  };
  const scored = sentences.map((s) => ({ s, score: score(s), rule: !modalityOf(s).includes('none') }));
  const rules = scored.filter((x) => x.rule && x.score > 0);
  const pool = ruleOnly && rules.length ? rules : scored;
  let best = pool[0];
  for (const x of pool) if (x.score > best.score) best = x;
  return best.s;
}

/** Similarity at which a word counts as named by a clause ("station" for "location"); "mascot" vs "photograph" is 0.26. */
const NEAR_SIMILARITY = 0.5;
export function isNear(vectors: WordVectors, word: string, text: string): boolean {
  const v = vectors.vector(word);
  if (!v) return false;
  return normaliseWords(text).some((w) => w.length > 2 && !STOP_WORDS.has(w) && (() => {
    const u = vectors.vector(w);
    return u !== undefined && cosine(u, v) >= NEAR_SIMILARITY;
  })());
}
