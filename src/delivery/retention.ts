/**
 * Retention: raw post text and delivered card content are kept RETENTION_DAYS (default 90)
 * and then purged. Counts (posts, flags), the flag history and the audit trail stay; every
 * run appends one 'retention.purge' audit entry with what it removed (counts only).
 */
import { type Clock, systemClock } from '../ports/clock';
import { type Logger, silentLogger } from '../ports/logger';
import type { Store } from '../ports/store';

export const DEFAULT_RETENTION_DAYS = 90;
/** Incoming-activity ids are only needed to spot Teams redeliveries (minutes); keep a week. */
export const PROCESSED_ACTIVITY_DAYS = 7;

export interface RetentionOptions {
  retentionDays?: number;
  clock?: Clock;
  logger?: Logger;
  /** Who the audit entry names. Default 'system:retention'. */
  actorId?: string;
}

export interface RetentionResult {
  cutoff: Date;
  postContentPurged: number;
  reasonsPurged: number;
  outboxPurged: number;
  activitiesPruned: number;
  /** Dip samples whose post text was removed (the sample and its outcome stay, for the report). */
  dipSampleTextPurged: number;
}

const DAY = 86_400_000;


export async function runRetention(store: Store, opts: RetentionOptions = {}): Promise<RetentionResult> {
  const clock = opts.clock ?? systemClock;
  const days = opts.retentionDays ?? DEFAULT_RETENTION_DAYS;
  if (!Number.isInteger(days) || days < 1) throw new Error('retentionDays must be a whole number >= 1');
  const now = clock.now();
  const cutoff = new Date(now.getTime() - days * DAY);
  const activityCutoff = new Date(now.getTime() - Math.min(days, PROCESSED_ACTIVITY_DAYS) * DAY);

  // One transaction: the purge and its audit entry land together or not at all.
  const result = await store.transaction(async (tx) => {
    const postContentPurged = await tx.postContent.purgeOlderThan(cutoff);
    // Reasons and notes are free text typed by people: they go with the post text.
    const reasonsPurged = (await tx.flags.purgeReasonsOlderThan(cutoff)) + (await tx.flagActions.purgeReasonsOlderThan(cutoff));
    const outboxPurged = await tx.outbox.purgeContentOlderThan(cutoff);
    const activitiesPruned = await tx.activities.pruneOlderThan(activityCutoff);
    const dipSampleTextPurged = await tx.dipSamples.purgeTextOlderThan(cutoff);
    await tx.audit.append({
      actorId: opts.actorId ?? 'system:retention',
      actorName: 'Retention job',
      action: 'retention.purge',
      target: null,
      details: { retentionDays: days, cutoff: cutoff.toISOString(), postContentPurged, reasonsPurged, outboxPurged, activitiesPruned, dipSampleTextPurged },
    });
    return { cutoff, postContentPurged, reasonsPurged, outboxPurged, activitiesPruned, dipSampleTextPurged };
  });
  (opts.logger ?? silentLogger).info({ ...result, retentionDays: days }, 'retention run complete');
  return result;
}
