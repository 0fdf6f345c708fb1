import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { learntKeys, learntScore, LEARNT_MAX_CHARS, type LearntWeights } from './operational-use-learnt-features';
import { learntCue, learntTarget, learntVeto } from './operational-use-learnt-gate';
import { intWeights, learntCertainlyBelow } from './operational-use-learnt-bound';
import { mayNameGeneralIncident, mayNameNamedIncident } from './operational-use';
import { LEARNT_BIAS, LEARNT_KEYS, LEARNT_THRESHOLD, LEARNT_WEIGHTS } from './operational-use-weights.generated';

/**
 * Sixteenth session: a learnt second reader for operational_use, after the rules (operational-use.ts).
 *
 * The rules read live traffic by its vocabulary, and each round of rules mostly fixed the wording it was read from:
 * a new writer's asks ("can anyone on lates take over", "need another pair of hands here") are worded otherwise. A
 * logistic regression over the post's words (operational-use-learnt-features.ts, weights built from the dev sets by
 * scripts/opuse-learnt.ts and committed as data) reads the wording the rules do not. It adds a finding only:
 *
 * - where the rules found none in the post (it never changes what they found);
 * - where the precondition of any live request holds and nothing vetoes it (operational-use-learnt-gate.ts: an ask or
 *   the present, something operational named, and none of the rules' signals that the matter is not live now);
 * - at or above a threshold calibrated leave one dev set out so that it added no flag to any negative post of any
 *   held-out set.
 *
 * The finding spans the precondition's cue (an ask word or a time word: vocabulary, never personal data), like the
 * rules' request phrase.
 */

/** The committed weight table, read once. */
const MODEL: LearntWeights = readTable(LEARNT_BIAS, LEARNT_KEYS, LEARNT_WEIGHTS);
/** The same weights as whole thousandths in typed arrays, and the threshold as a logit: the exact gate's (operational-use-learnt-bound.ts). */
const INT_MODEL = intWeights(MODEL);
const Z_LINE = Math.log(LEARNT_THRESHOLD / (1 - LEARNT_THRESHOLD));

/** A weight table from its committed form: keys in base 36 and weights x1000, comma-separated. */
export function readTable(bias: number, keys: string, weights: string): LearntWeights {
  const w = weights.split(',');
  return { bias, weights: new Map(keys.split(',').map((k, i) => [parseInt(k, 36), Number(w[i]) / 1000] as [number, number])) };
}

export function detectLearntOperationalUse(ctx: ScanContext, out: Candidate[]): void {
  for (let i = 0; i < out.length; i++) if (out[i].type === 'operational_use') return;
  const lower = ctx.lower;
  // The score first (one pass over the characters): the precondition's regexes are read only for the few posts it would flag.
  // Most posts are certainly under the line by the integer score (no sort, no Map); the rest are scored as before.
  if (learntCertainlyBelow(lower, INT_MODEL, Z_LINE)) return;
  if (learntScore(learntKeys(lower), MODEL) < LEARNT_THRESHOLD) return;
  const raw = lower.length > LEARNT_MAX_CHARS ? lower.slice(0, LEARNT_MAX_CHARS) : lower;
  // Curly apostrophes read as straight ones (same length, so the cue's offsets stay the post's).
  const head = raw.indexOf('\u2019') < 0 && raw.indexOf('\u2018') < 0 ? raw : raw.replace(/[\u2018\u2019]/g, "'");
  const cue = learntCue(head);
  if (!cue || !learntTarget(head) || learntVeto(head) !== null) return;
  out.push({ type: 'operational_use', start: cue.start, end: cue.end, confidence: 0.7, rule: 'operational_use.learnt' });
}

/** The learnt reader as a detector module: it proposes operational_use, owned by operational-use.ts (registry.ts runs it after). */
export const operationalUseLearntDetector = defineDetector({
  id: 'operational_use_learnt',
  types: {},
  also: ['operational_use'],
  // The target's regexes (learntTarget) each have a cue family holding a word of every way they match (the rules' prefilter
  // families, sampled by prefilter-equivalence.test.ts), so a post with none of those words cannot be flagged.
  needs: (c) => mayNameNamedIncident(c) || mayNameGeneralIncident(c) || c.has('opResource') || c.has('opOnCall') || c.has('opDuty'),
  run: detectLearntOperationalUse,
});
