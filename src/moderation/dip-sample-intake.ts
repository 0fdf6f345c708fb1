import { conversationKeyOf } from '../ports/messenger';
import type { Repositories } from '../ports/store';
import type { DipSample } from './dip-sample';
import type { SampleSelector } from '../ports/sample-selector';
import { MODERATORS_CHANNEL_KEY, type ChannelSetting } from './channel-settings';
import { CAP_WINDOW_MS, DIP_SAMPLING_KEY, type DipSamplingSettings } from './dip-sample-settings';
import type { IncomingPost } from './flag-intake';
import type { ModerationDeps } from './moderation-deps';

export type DipSampleOutcome = 'off' | 'not_selected' | 'no_moderators_channel' | 'skipped' | 'sampled';

/** True when the post's keyed-hash position falls under the rate: uniform, and the same answer every time for one id. */
export function isSelected(position: number, ratePercent: number): boolean {
  return ratePercent > 0 && position < ratePercent / 100;
}

/**
 * Offered every unflagged post in a watched channel (first delivery and redeliveries alike). The
 * decision is a keyed hash of the post id, so a redelivery gets the same answer, and the
 * dip_samples row is unique per post, so it is never sampled twice. Edits are not offered: a
 * post is sampled as first posted.
 */
export async function offerForDipSample(
  deps: ModerationDeps,
  selector: SampleSelector,
  post: IncomingPost,
): Promise<{ outcome: DipSampleOutcome; sample?: DipSample; cardConversation?: string }> {
  const settings = await deps.store.settings.get<DipSamplingSettings>(DIP_SAMPLING_KEY);
  if (!settings || settings.ratePercent <= 0) return { outcome: 'off' };
  if (!isSelected(await selector.position(post.messageId), settings.ratePercent)) return { outcome: 'not_selected' };
  const moderators = await deps.store.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
  // Nobody could review it yet; sampling it would only count posts nobody looked at.
  if (!moderators) return { outcome: 'no_moderators_channel' };
  const now = deps.clock.now();
  const sample = await deps.store.transaction(async (tx) => {
    const recorded = await tx.dipSamples.record(
      { conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, channelName: post.channelName ?? null, teamId: post.teamId, posterId: post.poster.aadObjectId, posterName: post.poster.name, deepLink: post.deepLink, text: post.text, sampledAt: now },
      { max: settings.weeklyCap, since: new Date(now.getTime() - CAP_WINDOW_MS) },
    );
    if (!recorded) return undefined;
    const { item } = await tx.outbox.enqueue({ conversationRef: moderators.conversationRef, message: { kind: 'dip_sample', sampleId: recorded.id }, purpose: 'dip_sample_card', dedupeKey: `dip-sample-card:${recorded.id}` });
    await tx.dipSamples.setCardOutboxId(recorded.id, item.id);
    return { ...recorded, cardOutboxId: item.id };
  });
  if (!sample) return { outcome: 'skipped' };
  return { outcome: 'sampled', sample, cardConversation: conversationKeyOf(moderators.conversationRef) };
}

/** Queues the current card (rendered when it goes out) over the one the moderators already have, so everyone sees the outcome. */
export async function enqueueDipSampleCardUpdate(tx: Repositories, sample: DipSample): Promise<void> {
  if (!sample.cardOutboxId) return;
  const send = await tx.outbox.get(sample.cardOutboxId);
  if (!send) return;
  await tx.outbox.enqueue({ conversationRef: send.conversationRef, kind: 'update', updateOf: send.id, message: { kind: 'dip_sample', sampleId: sample.id }, purpose: 'card_update' });
}
