/**
 * Decides dip-sampling uniformly and reproducibly: the same post id always maps to the same
 * number in [0, 1), on every instance, because it is a keyed hash (HMAC) of the id under one
 * shared key. A post is sampled when that number is below the rate. Implemented at the edge
 * (src/app/sample-selector.ts), as it needs crypto and the stored key.
 */
export interface SampleSelector {
  /** The post's position in [0, 1). */
  position(activityId: string): Promise<number>;
}
