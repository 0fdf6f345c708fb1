import type { Finding as DetectedFinding } from '../detection';
import type { ConversationRef } from '../ports/messenger';
import { userRefKey, type Finding, type Flag, type Repositories } from '../ports/store';
import { cardActivity } from './card-activity';
import { MODERATORS_CHANNEL_KEY, type ChannelSetting } from './channel-settings';
import { renderFlagCard } from './flag-card-render';
import type { ModerationDeps } from './moderation-deps';

/** A post as the workflow sees it: where it is, what it says and what the scan found. */
export interface ScannedPost {
  /** Dedupe key: the same delivery (Teams' 15-second resend) is processed once. */
  deliveryKey: string;
  conversationId: string;
  messageId: string;
  channelId: string;
  channelName?: string;
  teamId: string;
  deepLink: string | null;
  text: string;
  fileNames: string[];
  findings: DetectedFinding[];
}

export interface IncomingPost extends ScannedPost {
  poster: { aadObjectId: string; name: string; personalRef?: ConversationRef };
}

export type IntakeOutcome = 'duplicate' | 'clean' | 'flagged' | 'updated' | 'resolved' | 'already_flagged' | 'not_found';

export function toStoredFindings(findings: DetectedFinding[]): Finding[] {
  return findings.map((f) => ({ type: f.type, maskedValue: f.masked, severity: f.severity, confidence: f.confidence, rule: f.rule, policyTopic: f.policyTopic, fileName: f.fileName, fileType: f.fileType }));
}

const uniqueTypes = (findings: DetectedFinding[]) => [...new Set(findings.map((f) => f.type))];

/** Queues the moderators' card for a new flag, if a moderators' channel is set (else it waits for "set moderators"). */
export async function enqueueFlagCard(tx: Repositories, deps: ModerationDeps, flag: Flag): Promise<boolean> {
  const channel = await tx.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
  if (!channel) return false;
  const card = await renderFlagCard(tx, deps, flag);
  const { item } = await tx.outbox.enqueue({ conversationRef: channel.conversationRef, activity: cardActivity(card), purpose: 'flag_card', flagId: flag.id, dedupeKey: `flag-card:${flag.id}` });
  await tx.flags.setCardOutboxId(flag.id, item.id);
  return true;
}

/** Queues a refresh of the moderators' card so every moderator sees the current state. */
export async function enqueueCardUpdate(tx: Repositories, deps: ModerationDeps, flag: Flag, banner?: string): Promise<void> {
  const current = await tx.flags.get(flag.id);
  if (!current?.cardOutboxId) return;
  const send = await tx.outbox.get(current.cardOutboxId);
  if (!send) return;
  const card = await renderFlagCard(tx, deps, current, banner);
  await tx.outbox.enqueue({ conversationRef: send.conversationRef, kind: 'update', updateOf: send.id, activity: cardActivity(card), purpose: 'card_update', flagId: flag.id });
}

/** Remembers how to reach the poster privately, without overwriting a real 1:1 chat with a pending one. */
async function rememberPoster(tx: Repositories, post: IncomingPost): Promise<void> {
  if (!post.poster.personalRef) return;
  const key = userRefKey(post.poster.aadObjectId);
  const existing = await tx.conversationRefs.get(key);
  if (!existing || !existing.conversationId) await tx.conversationRefs.upsert(key, post.poster.personalRef);
}

/**
 * A new post in a watched channel: record the scan, and if anything was found create the flag,
 * keep the raw text apart from it, and queue the moderators' card, all in one transaction.
 */
export async function intakePost(deps: ModerationDeps, post: IncomingPost): Promise<{ outcome: IntakeOutcome; flag?: Flag }> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await tx.activities.claimActivity(post.deliveryKey, now))) return { outcome: 'duplicate' as const };
    const flagged = post.findings.length > 0;
    await tx.posts.recordScan({ conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, teamId: post.teamId, posterId: post.poster.aadObjectId, flagged, at: now });
    if (!flagged) return { outcome: 'clean' as const };
    const { flag, created } = await tx.flags.create({
      source: 'scan', conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, channelName: post.channelName ?? null, teamId: post.teamId,
      deepLink: post.deepLink, posterId: post.poster.aadObjectId, posterName: post.poster.name, findings: toStoredFindings(post.findings), detectionTypes: uniqueTypes(post.findings), createdAt: now,
    });
    if (!created) return { outcome: 'already_flagged' as const, flag };
    await tx.flagActions.append({ flagId: flag.id, action: 'flagged', at: now, reason: uniqueTypes(post.findings).join(', ') });
    await tx.postContent.put(flag.id, { text: post.text, fileNames: post.fileNames }, now);
    await rememberPoster(tx, post);
    await enqueueFlagCard(tx, deps, flag);
    return { outcome: 'flagged' as const, flag };
  });
}

const LIVE_STATES = new Set(['open', 'confirmed', 'appealed']);

/**
 * An edited post is rescanned. A flag whose problem the edit removed is resolved as "edited by
 * author"; one that still has findings is updated; a clean post that became a problem is flagged.
 */
export async function intakeEdit(deps: ModerationDeps, post: IncomingPost): Promise<{ outcome: IntakeOutcome; flag?: Flag }> {
  const existing = await deps.store.flags.getByPostKey(post.conversationId, post.messageId, 'scan');
  if (!existing) {
    if (post.findings.length === 0) {
      await deps.store.transaction(async (tx) => {
        if (!(await tx.activities.claimActivity(post.deliveryKey, deps.clock.now()))) return;
        await tx.posts.recordScan({ conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, teamId: post.teamId, posterId: post.poster.aadObjectId, flagged: false, edited: true, at: deps.clock.now() });
      });
      return { outcome: 'clean' };
    }
    return intakePost(deps, post);
  }
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await tx.activities.claimActivity(post.deliveryKey, now))) return { outcome: 'duplicate' as const };
    await tx.posts.recordScan({ conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, teamId: post.teamId, posterId: post.poster.aadObjectId, flagged: post.findings.length > 0, edited: true, at: now });
    await tx.postContent.put(existing.id, { text: post.text, fileNames: post.fileNames }, now);
    if (!LIVE_STATES.has(existing.state)) return { outcome: 'updated' as const, flag: existing };
    const cleared = post.findings.length === 0;
    const result = await tx.flags.transition(existing.id, existing.version, cleared
      ? { state: 'resolved_edited', resolvedAt: now, resolvedBy: post.poster.aadObjectId, lastActorId: post.poster.aadObjectId, lastActorName: post.poster.name }
      : { findings: toStoredFindings(post.findings), detectionTypes: uniqueTypes(post.findings) });
    if (!result.ok || !result.flag) throw new Error('flag changed during edit; the delivery will be retried');
    await tx.flagActions.append({ flagId: existing.id, action: 'edited', actorId: post.poster.aadObjectId, actorName: post.poster.name, reason: cleared ? 'edit removed the problem' : 'edited; still flagged', at: now });
    await enqueueCardUpdate(tx, deps, result.flag);
    return { outcome: cleared ? ('resolved' as const) : ('updated' as const), flag: result.flag };
  });
}

/** A deleted post resolves its flag as "deleted by author". */
export async function intakeDelete(deps: ModerationDeps, input: { deliveryKey: string; conversationId: string; messageId: string; actor?: { aadObjectId: string; name: string } }): Promise<{ outcome: IntakeOutcome }> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await tx.activities.claimActivity(input.deliveryKey, now))) return { outcome: 'duplicate' as const };
    const known = await tx.posts.markDeleted(input.conversationId, input.messageId, now);
    const flag = await tx.flags.getByPostKey(input.conversationId, input.messageId, 'scan');
    if (!flag) return { outcome: known ? ('clean' as const) : ('not_found' as const) };
    if (!LIVE_STATES.has(flag.state)) return { outcome: 'updated' as const };
    const result = await tx.flags.transition(flag.id, flag.version, { state: 'resolved_deleted', resolvedAt: now, resolvedBy: input.actor?.aadObjectId ?? flag.posterId, lastActorId: input.actor?.aadObjectId ?? flag.posterId, lastActorName: input.actor?.name ?? flag.posterName });
    if (!result.ok || !result.flag) throw new Error('flag changed during delete; the delivery will be retried');
    await tx.flagActions.append({ flagId: flag.id, action: 'deleted', actorId: input.actor?.aadObjectId ?? null, actorName: input.actor?.name ?? null, at: now });
    await enqueueCardUpdate(tx, deps, result.flag);
    return { outcome: 'resolved' as const };
  });
}

/**
 * Flags raised before a moderators' channel was set have no card yet; once it is set, their
 * cards are queued so nothing flagged is left unseen.
 */
export async function enqueueMissingCards(deps: ModerationDeps): Promise<number> {
  const waiting = (await deps.store.flags.listByState(['open', 'appealed'], 500)).filter((flag) => !flag.cardOutboxId);
  let queued = 0;
  for (const flag of waiting) {
    await deps.store.transaction(async (tx) => {
      const current = await tx.flags.get(flag.id);
      if (current && !current.cardOutboxId && (await enqueueFlagCard(tx, deps, current))) queued += 1;
    });
  }
  return queued;
}
