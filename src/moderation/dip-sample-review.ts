import type { DipSample } from './dip-sample';
import type { Finding } from './flag';
import type { ModerationActor, Refusal } from './actor';
import { forbidden } from './actor';
import { enqueueDipSampleCardUpdate } from './dip-sample-intake';
import { enqueueFlagCard } from './flag-intake';
import type { ModerationDeps } from './moderation-deps';
import type { RaiseType } from './raise-types';


export type SampleReviewResult =
  | { ok: true; sample: DipSample; flagId?: string }
  | Refusal
  | { ok: false; reason: 'already_reviewed'; message: string; sample: DipSample };

const MODERATORS_ONLY = 'Sorry, only moderators can review dip samples. I have noted the attempt.';

/**
 * A moderator's verdict on a dip sample: "Fine", or "Raise a flag", which opens an ordinary flag
 * (source 'report', the moderator as reporter) that then follows the normal flag workflow.
 * One review per sample: the second moderator to press is shown who got there first.
 */
export class DipSampleReview {
  constructor(private readonly deps: ModerationDeps) {}

  async fine(actor: ModerationActor, sampleId: string): Promise<SampleReviewResult> {
    return this.review(actor, sampleId, 'sample.fine', async () => ({ state: 'fine' as const }));
  }

  async raise(actor: ModerationActor, sampleId: string, type: RaiseType, reason: string): Promise<SampleReviewResult> {
    if (!reason.trim()) return { ok: false, reason: 'invalid', message: 'Please give a reason for the flag.' };
    return this.review(actor, sampleId, 'sample.raise', async (tx, sample, now) => {
      const finding: Finding = {
        type, maskedValue: 'raised by a moderator from a dip sample', severity: 'medium', confidence: 1, rule: 'dip_sample',
        ...(type === 'personal_information' || type === 'file_upload' || type === 'operational_use' ? { policyTopic: type } : {}),
      };
      const { flag } = await tx.flags.create({
        source: 'report', conversationId: sample.conversationId, messageId: sample.messageId, channelId: sample.channelId, channelName: sample.channelName,
        teamId: sample.teamId, deepLink: sample.deepLink, posterId: sample.posterId, posterName: sample.posterName, findings: [finding],
        detectionTypes: ['dip_sample', type], reporterId: actor.id, reporterName: actor.name, reportReason: `Dip sample ${sample.id}: ${reason.trim()}`, createdAt: now,
      });
      await tx.flagActions.append({ flagId: flag.id, action: 'flagged', actorId: actor.id, actorName: actor.name, reason: `dip sample ${sample.id}: ${type}`, at: now });
      if (sample.text !== null) await tx.postContent.put(flag.id, { text: sample.text, fileNames: [] }, now);
      await enqueueFlagCard(tx, flag);
      return { state: 'flagged' as const, flagId: flag.id };
    });
  }

  private async review(
    actor: ModerationActor,
    sampleId: string,
    action: 'sample.fine' | 'sample.raise',
    decide: (tx: Parameters<Parameters<ModerationDeps['store']['transaction']>[0]>[0], sample: DipSample, now: Date) => Promise<{ state: 'fine' | 'flagged'; flagId?: string }>,
  ): Promise<SampleReviewResult> {
    const { store, clock } = this.deps;
    if (!actor.roles.has('moderator')) {
      await store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'sample.refused', target: sampleId, reason: 'not a moderator', details: { attempted: action }, at: clock.now() });
      return forbidden(MODERATORS_ONLY);
    }
    return store.transaction(async (tx) => {
      const now = clock.now();
      const sample = await tx.dipSamples.get(sampleId);
      if (!sample) return { ok: false as const, reason: 'not_found' as const, message: "I couldn't find that dip sample." };
      if (sample.state !== 'pending') {
        return { ok: false as const, reason: 'already_reviewed' as const, message: `${sample.reviewedByName ?? 'Another moderator'} already reviewed this sample.`, sample };
      }
      const outcome = await decide(tx, sample, now);
      // The conditional update is the lock: a concurrent review makes this transaction roll back.
      if (!(await tx.dipSamples.review(sampleId, { state: outcome.state, by: actor.id, byName: actor.name, flagId: outcome.flagId, at: now }))) {
        throw new Error('dip sample reviewed concurrently; the action will be retried');
      }
      await tx.audit.append({ actorId: actor.id, actorName: actor.name, action, target: sampleId, details: outcome.flagId ? { flagId: outcome.flagId } : {}, at: now });
      const reviewed: DipSample = { ...sample, state: outcome.state, reviewedAt: now, reviewedBy: actor.id, reviewedByName: actor.name, flagId: outcome.flagId ?? null };
      await enqueueDipSampleCardUpdate(tx, reviewed);
      return { ok: true as const, sample: reviewed, flagId: outcome.flagId };
    });
  }
}
