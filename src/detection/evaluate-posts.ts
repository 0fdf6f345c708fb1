/**
 * Post-level scoring for a type that judges a whole post (operational_use): a labelled post
 * counts as found when the scanner reports any finding of the type; a clean post (no labels at
 * all) counts as wrongly flagged when it does. Aggregates only: nothing here returns post text.
 */
import type { LabelledPost } from './evaluation';

export interface PostLevelScore {
  positives: number;
  found: number;
  recall: number;
  cleanPosts: number;
  cleanFlagged: number;
  cleanFlaggedRate: number;
  /** Posts labelled with other types only, flagged as this type. */
  otherPosts: number;
  otherFlagged: number;
}

export function scorePosts(posts: readonly LabelledPost[], type: string, flags: (text: string) => boolean): PostLevelScore {
  let positives = 0;
  let found = 0;
  let cleanPosts = 0;
  let cleanFlagged = 0;
  let otherPosts = 0;
  let otherFlagged = 0;
  for (const post of posts) {
    const hit = flags(post.text);
    if (post.expect.some((e) => e.type === type)) {
      positives++;
      if (hit) found++;
    } else if (post.expect.length === 0) {
      cleanPosts++;
      if (hit) cleanFlagged++;
    } else {
      otherPosts++;
      if (hit) otherFlagged++;
    }
  }
  return {
    positives, found, recall: positives ? found / positives : 1,
    cleanPosts, cleanFlagged, cleanFlaggedRate: cleanPosts ? cleanFlagged / cleanPosts : 0,
    otherPosts, otherFlagged,
  };
}
