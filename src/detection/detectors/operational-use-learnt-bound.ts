// The feature walk's constants and helpers are learntKeys' own, so the bound hashes exactly what the score reads.
import { FNV_OFFSET, FNV_PRIME, isDigit, isLower, LEARNT_MAX_CHARS, MASK, mix, NUMBER, type LearntWeights } from './operational-use-learnt-features';

/**
 * Twentieth session: a cheap, exact gate in front of the learnt operational_use scorer (operational-use-learnt.ts).
 *
 * The scorer flags almost no post (99% of the posts it reads score under its threshold), yet reading a post's keys
 * (learntKeys: a sorted, de-duplicated list) and looking each up in a Map was ~7% of a typical post's scan. This reads
 * the same keys in the same walk (the same hashes as learntKeys, kept in step by test/detection/speed-twentieth-session.test.ts),
 * de-duplicates them in a small open-addressed table stamped per post, and sums their weights as integers (the table's
 * weights are whole thousandths), which is exact. The float sum of learntScore differs from it by far less than
 * MARGIN, so a post whose integer score is below the threshold by more than MARGIN is certainly below it there too;
 * every other post is scored by learntScore as before. Findings cannot change.
 */

/** How far under the threshold (in logit units) the integer score must be to skip the exact score. */
const MARGIN = 1e-4;

/** A weight table as open-addressed typed arrays: key (or -1) and weight in thousandths. */
export interface IntWeights {
  bias: number;
  keys: Int32Array;
  weights: Int32Array;
  mask: number;
}

/** The model's weights in typed arrays (each weight is n / 1000 for a whole n: the committed table's form). */
export function intWeights(model: LearntWeights): IntWeights {
  let size = 16;
  while (size < model.weights.size * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const weights = new Int32Array(size);
  const mask = size - 1;
  for (const [k, w] of model.weights) {
    const n = Math.round(w * 1000);
    if (n / 1000 !== w) throw new Error('learnt weight not in whole thousandths');
    let s = mix(k) & mask;
    while (keys[s] !== -1 && keys[s] !== k) s = (s + 1) & mask;
    keys[s] = k;
    weights[s] = n;
  }
  return { bias: model.bias, keys, weights, mask };
}

/** The post's distinct keys this post (stamped), sized for the most keys a 4,000-character post can have. */
const SEEN_SIZE = 1 << 13;
const seenKeys = new Int32Array(SEEN_SIZE);
const seenStamp = new Int32Array(SEEN_SIZE);
let stamp = 0;

/** This post's count of distinct keys and the sum of their weights (module state: no closure per post). */
let count = 0;
let sum = 0;

/** Counts a key once per post and adds its weight. */
function add(key: number, table: IntWeights): void {
  let s = key & (SEEN_SIZE - 1);
  while (seenStamp[s] === stamp) {
    if (seenKeys[s] === key) return;
    s = (s + 1) & (SEEN_SIZE - 1);
  }
  seenStamp[s] = stamp;
  seenKeys[s] = key;
  count++;
  let t = mix(key) & table.mask;
  for (let k = table.keys[t]; k !== -1; k = table.keys[t]) {
    if (k === key) {
      sum += table.weights[t];
      return;
    }
    t = (t + 1) & table.mask;
  }
}

/**
 * True when the post's learnt score is certainly under `zLine` (the threshold as a logit): the post's distinct keys
 * (learntKeys' walk) and the exact integer sum of their weights.
 */
export function learntCertainlyBelow(lower: string, table: IntWeights, zLine: number): boolean {
  if (++stamp === 0x7fffffff) (stamp = 1), seenStamp.fill(0);
  const end = Math.min(lower.length, LEARNT_MAX_CHARS);
  count = 0;
  sum = 0;
  let prev = -1;
  for (let i = 0; i < end; ) {
    let c = lower.charCodeAt(i);
    if (!isLower(c) && !isDigit(c)) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    let digits = true;
    for (; i < end && (isLower((c = lower.charCodeAt(i))) || isDigit(c)); i++) {
      if (!isDigit(c)) digits = false;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (i + 1 < end && (c === 39 || c === 0x2019) && isLower(lower.charCodeAt(i + 1))) {
      digits = false;
      h = Math.imul(h ^ 39, FNV_PRIME);
      for (i++; i < end && isLower((c = lower.charCodeAt(i))); i++) h = Math.imul(h ^ c, FNV_PRIME);
    }
    const word = digits ? NUMBER : h >>> 0;
    add(mix(word ^ 0x5bd1e995) & MASK, table);
    if (prev >= 0) add(mix(Math.imul(prev, 31) ^ word) & MASK, table);
    prev = word;
  }
  return table.bias + sum / 1000 / Math.sqrt(count || 1) < zLine - MARGIN;
}
