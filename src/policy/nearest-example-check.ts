/**
 * The near-miss check (docs/policy-answers.md, "Tenth session: near misses"). A near miss is a question on the policy's
 * own ground (an app, a phone, a messaging group, a feature of the network) that the policy never addresses: its words
 * meet some clause, so the lexical engine answers it, hedged. The none class (clause-classifier.ts) often leans
 * against such a question without being sure enough to refuse it (`leanRefuseAt`, 0.9), and in that band covered
 * questions lean the same way about as often.
 *
 * The sentence encoder tells them apart better by comparing the question with the example questions the policy ships:
 * when the question is nearer in meaning to some question the policy does not answer (`<name>.not-covered.jsonl`) than
 * to every question it does answer (`<name>.examples.jsonl`), and the none class already leans to "not covered", the
 * hedged answer becomes a refusal that still quotes the closest clause ("in case you meant...").
 *
 * Settings chosen by leave-one-dev-set-out cross-validation (12 of 13 folds picked these): `leanAt` 0.7, `margin` 0.
 * The encoder then runs for the ~3% of questions answered with p(none) >= 0.7, reading all the example questions.
 */
export interface NearestExampleOptions {
  /** p(none) from which a hedged answer is checked. `Infinity`: never. */
  leanAt: number;
  /** How much nearer (cosine) the nearest not-covered example must be than the nearest covered one. */
  margin: number;
}

export const DEFAULT_NEAREST_EXAMPLE: NearestExampleOptions = { leanAt: 0.7, margin: 0 };

/** Where each kind of example question sits in the encoder's texts: covered ones from `coveredFrom`, uncovered ones from `uncoveredFrom` to `end`. */
export interface ExampleRanges {
  coveredFrom: number;
  uncoveredFrom: number;
  end: number;
}

export interface NearestExampleCheck {
  /** Whether an answer with this judgement needs every example question's cosine (the check may refuse it). */
  wanted(pNone: number | undefined, answers: boolean): boolean;
  /** Whether the cosines (all encoder texts, in order) put the question nearer to an uncovered example. */
  refuses(pNone: number | undefined, sims: ArrayLike<number> | undefined): boolean;
}

export function createNearestExampleCheck(ranges: ExampleRanges, options: NearestExampleOptions = DEFAULT_NEAREST_EXAMPLE): NearestExampleCheck {
  const usable = ranges.coveredFrom < ranges.uncoveredFrom && ranges.uncoveredFrom < ranges.end;
  const leans = (pNone: number | undefined) => usable && pNone !== undefined && pNone >= options.leanAt;
  return {
    wanted: (pNone, answers) => answers && leans(pNone),
    refuses(pNone, sims) {
      if (!leans(pNone) || !sims || sims.length < ranges.end) return false;
      return nearerToUncovered(sims, ranges) > options.margin;
    },
  };
}

/** Best cosine among the uncovered examples minus best among the covered ones. */
export function nearerToUncovered(sims: ArrayLike<number>, ranges: ExampleRanges): number {
  return maxOf(sims, ranges.uncoveredFrom, ranges.end) - maxOf(sims, ranges.coveredFrom, ranges.uncoveredFrom);
}

function maxOf(sims: ArrayLike<number>, from: number, to: number): number {
  let best = -Infinity;
  for (let i = from; i < to; i++) if (sims[i] > best) best = sims[i];
  return best;
}
