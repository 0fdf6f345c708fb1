import type { Citation, FindingContext } from '../policy';
import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';

export interface ModerationDeps {
  store: Store;
  clock: Clock;
  /**
   * The clauses a finding offends, by its type ('phone', 'file_upload', ...) and where it was
   * posted ('channel_post', 'file', 'status'). The mapping is data shipped beside the policy.
   */
  clausesFor(findingType: string, context: FindingContext): Citation[];
  /** The post text with every finding replaced by its masked value (re-scanned, so no offsets are stored). */
  maskText(text: string): string;
}

export const NINETY_DAYS_MS = 90 * 24 * 60 * 60 * 1000;
/** Bot Framework ids of moderators seen acting, so their view of cards auto-refreshes (Teams allows 60). */
export const MODERATOR_MRIS_KEY = 'moderators.refreshUserIds';
