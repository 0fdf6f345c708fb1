import { defineDetector, type Candidate } from '../../src/detection/detectors/detector';
import type { ScanContext } from '../../src/detection/scan-context';
import { candidateKeys, featureKey, learntCandidates, learntGate, learntWords, postFeatures, ruleSignals, SIGNAL_NAMES, VOCAB_KINDS, type LearntWeights } from './health-learnt-features';
import { HEALTH_LEARNT_BIAS, HEALTH_LEARNT_KEYS, HEALTH_LEARNT_THRESHOLD, HEALTH_LEARNT_WEIGHTS } from './health-learnt-weights.generated';

/**
 * Seventeenth session (branch health17), dev only, NOT in the registry: a learnt second reader for health, as it would
 * run after every rule. Kept to measure its CPU cost (bench/detector-alone.ts on a tree that registers it) and to wire it
 * if a later feature set clears the bar; its table is written by `GATE=1 BUILD=1 npx tsx scripts/health-learnt.ts`
 * (scripts/lib/health-learnt-weights.generated.ts, 300 KB, git-ignored).
 *
 * The health rules read a vocabulary term beside a person, and each round of rules fixed the wording it was read from;
 * a new writer's wording is missed. A logistic regression over runs of 1-4 words (health-learnt-features.ts: the
 * words, the vocabularies as features, the words around, a person nearby, the rules' own readings; weights built from
 * the dev sets by scripts/health-learnt.ts) reads the wording the rules do not. It adds a finding only where no finding
 * of any detector overlaps, where a person stands in the clause and no rule reading vetoes the run (learntGate), at or above a threshold calibrated leave one dev set out so that it
 * flagged no clean post of a held-out set; of runs that overlap, the highest-scoring one.
 */

/** The committed weight table, read once. */
const MODEL: LearntWeights = readTable(HEALTH_LEARNT_BIAS, HEALTH_LEARNT_KEYS, HEALTH_LEARNT_WEIGHTS);
const LOGIT_THRESHOLD = Math.log(HEALTH_LEARNT_THRESHOLD / (1 - HEALTH_LEARNT_THRESHOLD));

/**
 * The most the rules' readings (ruleSignals: a few regexes per run) can add to a run's score: a run whose score without
 * them, plus this, stays under the line is dropped unread, so the regexes run only for the few runs near the line.
 */
const SIGNALS_AT_MOST = SIGNAL_NAMES.reduce((sum, g) => {
  const own = Math.max(0, MODEL.weights.get(featureKey(g)) ?? 0);
  return sum + own + Math.max(...VOCAB_KINDS.map((k) => Math.max(0, MODEL.weights.get(featureKey(`${g}&k:${k}`)) ?? 0)));
}, 0);

/** A weight table from its committed form: keys in base 36 and weights x1000, comma-separated. */
function readTable(bias: number, keys: string, weights: string): LearntWeights {
  const w = weights.split(',');
  return { bias, weights: new Map(keys.split(',').map((k, i) => [parseInt(k, 36), Number(w[i]) / 1000] as [number, number])) };
}

function logit(keys: readonly number[]): number {
  let z = MODEL.bias;
  for (const k of keys) z += MODEL.weights.get(k) ?? 0;
  return z;
}

export function detectLearntHealth(ctx: ScanContext, out: Candidate[]): void {
  const words = learntWords(ctx.text, ctx.lower);
  if (words.length === 0) return;
  const post = postFeatures(words);
  const found = out.length;
  const chosen: Array<{ start: number; end: number; z: number }> = [];
  for (const c of learntCandidates(words)) {
    let taken = false;
    for (let i = 0; i < found && !taken; i++) if (out[i].start < c.end && c.start < out[i].end) taken = true;
    if (taken || logit(candidateKeys(words, c, post)) + SIGNALS_AT_MOST < LOGIT_THRESHOLD) continue;
    const signals = ruleSignals(ctx.text, ctx.lower, c.start, c.end);
    if (!learntGate(words, c, signals)) continue;
    const z = logit(candidateKeys(words, c, post, signals));
    if (z >= LOGIT_THRESHOLD) chosen.push({ start: c.start, end: c.end, z });
  }
  chosen.sort((a, b) => b.z - a.z);
  const kept: typeof chosen = [];
  for (const c of chosen) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  for (const c of kept) out.push({ type: 'health', start: c.start, end: c.end, confidence: 0.6, rule: 'health.learnt' });
}

/** The learnt reader as a detector module: it proposes health, owned by health.ts (registry.ts runs it after every rule). */
export const healthLearntDetector = defineDetector({
  id: 'health_learnt',
  types: {},
  also: ['health'],
  needs: (c) => c.hasLetter,
  run: detectLearntHealth,
});
