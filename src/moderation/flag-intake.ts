import type { Finding as DetectedFinding } from '../detection';
import { conversationKeyOf, type ConversationRef } from '../ports/messenger';
import { userRefKey } from '../ports/conversation-refs-repo';
import type { Repositories } from '../ports/store';
import type { Finding, Flag, NewFlag } from './flag';
import { MODERATORS_CHANNEL_KEY, type ChannelSetting } from './channel-settings';
import type { ModerationDeps } from './moderation-deps';

/** A post as the workflow sees it: where it is, what it says and what the scan found. */
export interface ScannedPost {
  /** Dedupe key: the same delivery (Teams' 15-second resend) is processed once. */
  deliveryKey: string;
  conversationId: string;
  messageId: string;
  channelId: string;
  channelName?: string;
  teamName?: string | null;
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

export interface IntakeResult {
  outcome: IntakeOutcome;
  flag?: Flag;
  /** The conversation a new card was queued for, so the dispatcher is woken only when it can take it. */
  cardConversation?: string;
}

export function toStoredFindings(findings: DetectedFinding[]): Finding[] {
  return findings.map((f) => ({ type: f.type, maskedValue: f.masked, severity: f.severity, confidence: f.confidence, rule: f.rule, policyTopic: f.policyTopic, fileName: f.fileName, fileType: f.fileType }));
}

const uniqueTypes = (findings: DetectedFinding[]) => [...new Set(findings.map((f) => f.type))];

/**
 * Queues the moderators' card for a new flag, if a moderators' channel is set (else it waits for
 * "set moderators"). The outbox holds the message, not the card: it is rendered at delivery.
 */
export async function enqueueFlagCard(tx: Repositories, flag: Flag, options: { notBefore?: Date } = {}): Promise<boolean> {
  const moderatorsChannel = await tx.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
  if (!moderatorsChannel) return false;
  const { item } = await tx.outbox.enqueue({ conversationRef: moderatorsChannel.conversationRef, message: { kind: 'flag_card', flagId: flag.id }, purpose: 'flag_card', flagId: flag.id, dedupeKey: `flag-card:${flag.id}`, notBefore: options.notBefore });
  await tx.flags.setCardOutboxId(flag.id, item.id);
  return true;
}

/** Queues a refresh of the moderators' card so every moderator sees the current state (rendered when it goes out). */
export async function enqueueCardUpdate(tx: Repositories, flag: Pick<Flag, 'id'>): Promise<void> {
  const current = await tx.flags.get(flag.id);
  if (!current?.cardOutboxId) return;
  const send = await tx.outbox.get(current.cardOutboxId);
  if (!send) return;
  await tx.outbox.enqueue({ conversationRef: send.conversationRef, kind: 'update', updateOf: send.id, message: { kind: 'flag_card', flagId: flag.id }, purpose: 'card_update', flagId: flag.id });
}

/** A new scan flag as the single intake statement stores it, so the caller gets it back without reading it again. */
function draftFlag(input: NewFlag & { source: 'scan' }, id: string, at: Date): Flag {
  return {
    id, source: input.source, conversationId: input.conversationId, messageId: input.messageId, channelId: input.channelId,
    channelName: input.channelName ?? null, teamId: input.teamId, teamName: input.teamName ?? null, deepLink: input.deepLink ?? null, posterId: input.posterId,
    posterName: input.posterName ?? null, findings: input.findings, detectionTypes: input.detectionTypes ?? [], state: 'open',
    reporterId: null, reporterName: null, reportReason: null, escalationReason: null, appealReason: null, dismissReason: null,
    lastActorId: null, lastActorName: null, createdAt: at, updatedAt: at, firstActionAt: null, resolvedAt: null, resolvedBy: null,
    version: 1, cardOutboxId: null, cardActivityId: null,
  };
}

/**
 * A new post in a watched channel (or an edit that made a clean post a problem). A clean post
 * costs one statement, the scan record, whose primary key also turns away redeliveries. A
 * flagged one costs one too (store.flagIntake): it records the scan, creates the flag, keeps the
 * raw text apart from it and queues the moderators' card, atomically. Settings come from the
 * store's cache. See docs/moderation.md, "What a post costs".
 */
export async function intakePost(deps: ModerationDeps, post: IncomingPost, options: { edited?: boolean } = {}): Promise<IntakeResult> {
  const now = deps.clock.now();
  const scan = { conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, teamId: post.teamId, posterId: post.poster.aadObjectId, flagged: post.findings.length > 0, edited: options.edited ?? false, at: now };
  if (!scan.flagged) {
    const recorded = options.edited ? await deps.store.posts.recordScanOnce(post.deliveryKey, scan) : await deps.store.posts.recordNewPost(scan);
    return { outcome: recorded ? 'clean' : 'duplicate' };
  }

  const moderatorsChannel = await deps.store.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
  const flag: NewFlag & { source: 'scan' } = {
    source: 'scan', conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, channelName: post.channelName ?? null, teamId: post.teamId, teamName: post.teamName ?? null,
    deepLink: post.deepLink, posterId: scan.posterId, posterName: post.poster.name, findings: toStoredFindings(post.findings), detectionTypes: uniqueTypes(post.findings), createdAt: now,
  };
  const result = await deps.store.flagIntake.recordFlaggedPost({
    // A new post is deduped by its posts row; an edit (whose post is already recorded) by its delivery.
    deliveryKey: options.edited ? post.deliveryKey : undefined,
    scan,
    flag,
    actionReason: uniqueTypes(post.findings).join(', '),
    content: { text: post.text, fileNames: post.fileNames },
    // How to reach the poster privately; a real 1:1 chat already stored is kept.
    posterRef: post.poster.personalRef ? { key: userRefKey(scan.posterId), ref: post.poster.personalRef } : undefined,
    card: moderatorsChannel && { conversationRef: moderatorsChannel.conversationRef },
  });
  if (!result.claimed) return { outcome: 'duplicate' };
  if (!result.created) return { outcome: 'already_flagged', flag: await deps.store.flags.getByPostKey(post.conversationId, post.messageId, 'scan') };
  return {
    outcome: 'flagged',
    flag: { ...draftFlag(flag, result.created.flagId, now), cardOutboxId: result.created.cardOutboxId },
    cardConversation: moderatorsChannel ? conversationKeyOf(moderatorsChannel.conversationRef) : undefined,
  };
}

const LIVE_STATES = new Set(['open', 'confirmed', 'appealed']);

/**
 * An edited post is rescanned. A flag whose problem the edit removed is resolved as "edited by
 * author"; one that still has findings is updated; a clean post that became a problem is flagged.
 */
export async function intakeEdit(deps: ModerationDeps, post: IncomingPost): Promise<IntakeResult> {
  const existing = await deps.store.flags.getByPostKey(post.conversationId, post.messageId, 'scan');
  if (!existing) {
    if (post.findings.length === 0) {
      await deps.store.posts.recordScanOnce(post.deliveryKey, { conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, teamId: post.teamId, posterId: post.poster.aadObjectId, flagged: false, edited: true, at: deps.clock.now() });
      return { outcome: 'clean' };
    }
    return intakePost(deps, post, { edited: true });
  }
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const scan = { conversationId: post.conversationId, messageId: post.messageId, channelId: post.channelId, teamId: post.teamId, posterId: post.poster.aadObjectId, flagged: post.findings.length > 0, edited: true, at: now };
    if (!(await tx.posts.recordScanOnce(post.deliveryKey, scan))) return { outcome: 'duplicate' as const };
    await tx.postContent.put(existing.id, { text: post.text, fileNames: post.fileNames }, now);
    if (!LIVE_STATES.has(existing.state)) return { outcome: 'updated' as const, flag: existing };
    const cleared = post.findings.length === 0;
    const result = await tx.flags.transition(existing.id, existing.version, cleared
      ? { state: 'resolved_edited', resolvedAt: now, resolvedBy: post.poster.aadObjectId, lastActorId: post.poster.aadObjectId, lastActorName: post.poster.name }
      : { findings: toStoredFindings(post.findings), detectionTypes: uniqueTypes(post.findings) });
    if (!result.ok || !result.flag) throw new Error('flag changed during edit; the delivery will be retried');
    await tx.flagActions.append({ flagId: existing.id, action: 'edited', actorId: post.poster.aadObjectId, actorName: post.poster.name, reason: cleared ? 'edit removed the problem' : 'edited; still flagged', at: now });
    await enqueueCardUpdate(tx, result.flag);
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
    await enqueueCardUpdate(tx, result.flag);
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
      if (current && !current.cardOutboxId && (await enqueueFlagCard(tx, current))) queued += 1;
    });
  }
  return queued;
}
