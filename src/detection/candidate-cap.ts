import type { Candidate } from './types';

/**
 * Work per post is bounded by how many candidates a detector may propose, not only by length.
 * A post that is nothing but values (a 1 MB paste of "a@b.co a@b.co ...", "Mr Smith Mr Smith ...")
 * otherwise costs a regex match, a candidate and a finding per value: 100,000+ of them, over 100 ms.
 * A moderator needs the flag and the first values, not the hundred-thousandth, so a detector stops
 * at MAX_CANDIDATES_PER_DETECTOR on long posts and the rest of that detector's values go unlisted.
 * Short posts (everything Teams can send: it caps messages at about 28 KB) are never capped.
 */
export const MAX_CANDIDATES_PER_DETECTOR = 1_000;
/** Posts at least this long (after normalising) get the capped list; below it no detector can reach the cap in practice. */
export const CAP_FROM_LENGTH = 30_000;

/** Thrown by CappedCandidates.push when the running detector has proposed its share; the scanner moves on to the next. */
export class CandidateCapReached extends Error {
  constructor() {
    super('candidate cap reached');
  }
}

/**
 * The scanner's candidate list for long posts: an ordinary array (detectors read it, e.g. names look for
 * linked details found earlier) whose push counts what the current detector added since `startDetector`.
 */
export class CappedCandidates extends Array<Candidate> {
  // filter/map/slice of this list give plain arrays: only the scanner's own list is capped.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  private detectorStart = 0;
  private readonly cap: number;

  constructor(cap: number) {
    super();
    this.cap = cap;
  }

  startDetector(): void {
    this.detectorStart = this.length;
  }

  override push(...items: Candidate[]): number {
    if (this.length - this.detectorStart + items.length > this.cap) throw new CandidateCapReached();
    return super.push(...items);
  }
}

/** Runs one detector into the list; on a capped list a detector that reaches the cap keeps what it proposed so far. */
export function runCapped(run: () => void, out: Candidate[]): void {
  if (!(out instanceof CappedCandidates)) return run();
  out.startDetector();
  try {
    run();
  } catch (error) {
    if (!(error instanceof CandidateCapReached)) throw error;
  }
}
