/**
 * What each flag card shows, as data: the use cases and the delivery-time loaders
 * (flag-view-facts.ts) produce these; src/cards turns them into Adaptive Cards. Types and
 * constants only, so cards/ can import them without importing any use case.
 */
import type { Citation } from '../policy';
import type { Flag } from './flag';
import type { FlagAction } from './flag-action';

/** The dismiss reason that needs typed details; the use case checks for it, the card offers it. */
export const OTHER_DISMISS_REASON = 'Other (say why below)';

/** The poster's flags in the last 90 days that moderators upheld, and those still waiting (dismissed ones are not counted against them). */
export interface PosterHistory {
  confirmed: number;
  open: number;
}

export interface FlagCardView {
  flag: Flag;
  /** Post text with every finding masked; undefined once retention has purged it. */
  maskedSnippet?: string;
  clauses: Citation[];
  posterHistory: PosterHistory;
  notes: FlagAction[];
  /** Bot Framework ids of moderators whose view of the card auto-refreshes. */
  refreshUserIds: string[];
  /** Shown above the card when someone pressed a button on a stale card, or an action needs more from them. */
  banner?: string;
  /** What the moderator typed, put back in the form when an action could not be done (nothing typed is lost). */
  draft?: { escalationReason?: string; dismissReason?: string; dismissReasonText?: string };
}

/** Every card about one flag, by who sees it. */
export type FlagView =
  | { kind: 'flag_card'; card: FlagCardView }
  /** The poster's private notice; `reply` once they answered it from the card. */
  | { kind: 'poster_notice'; flag: Flag; clauses: Citation[]; reply?: 'fixed' | 'appealed' }
  /** PSD's copy: the one card that carries the post text unmasked (while retention holds it). */
  | { kind: 'psd_escalation'; flag: Flag; postText?: string; clauses: Citation[]; history: FlagAction[]; posterHistory: PosterHistory }
  | { kind: 'appeal'; flag: Flag; moderatorsChannelId: string };

/** The moderators' queue (the `queue` command). */
export interface QueueView {
  /** Open and appealed flags, oldest first. */
  flags: Flag[];
  /** How many are waiting in all (the card lists at most `flags.length`). */
  total: number;
  /** The moderators' channel, so each row can link to its card there. */
  moderatorsChannelId?: string;
  now: Date;
}
