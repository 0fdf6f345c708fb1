import type { ModerationDeps } from '../../moderation/moderation-deps';
import type { ScannerProvider } from '../../moderation/scanner-provider';
import type { SampleSelector } from '../../ports/sample-selector';
import type { PostsRepo } from '../../ports/posts-repo';
import type { KickDispatcher } from '../route-deps';
import { offerForDipSample } from '../../moderation/dip-sample-intake';
import { nudgeOperationalPost, operationalHandling } from '../../moderation/operational-nudge';
import { intakeDelete, intakeEdit, intakePost, type IncomingPost } from '../../moderation/flag-intake';
import { readChannelData } from '../activity-schema';
import { placeOf, type Turn, type TurnPlace } from '../turn-info';
import { resolvePlaceNames } from '../place-names';
import type { WatchedChannel, WatchedChannelsRepo } from '../../ports/watched-channels-repo';
import { deepLinkOf, fileNamesOf, postInputOf } from './post-content';
import type { InboundActivity } from '../activity-schema';

/** What channel post intake (new, edited and deleted posts) uses. */
export interface ChannelPostDeps {
  /** Whether the channel is watched (and its names, filled in once); the post as scanned, for deletions. */
  readonly store: { readonly watchedChannels: WatchedChannelsRepo; readonly posts: PostsRepo };
  /** The scanner with the admins' detector toggles applied. */
  readonly scanners: Pick<ScannerProvider, 'current'>;
  /** Intake, the operational nudge and dip-sampling use cases. */
  readonly moderationDeps: ModerationDeps;
  /** Keyed-hash dip-sampling decisions (the same on every instance). */
  readonly sampleSelector: SampleSelector;
  readonly kickDispatcher: KickDispatcher;
}

/** A reply's conversation id names its thread ("19:...@thread.tacv2;messageid=<root>"); a root post is its own thread. */
function threadRootOf(activity: InboundActivity, messageId: string): string {
  return /;messageid=(\d+)/.exec(activity.conversation.id)?.[1] ?? messageId;
}

/**
 * A post (or an edit of one) in a channel. Unwatched channels are ignored and nothing is stored.
 * Returns once the scan, any flag and its card are committed; a storage failure propagates so
 * the HTTP answer is 5xx and Teams redelivers.
 */
export async function handleChannelPost(turn: Turn, deps: ChannelPostDeps, options: { edited: boolean; botCommand?: boolean }): Promise<void> {
  const { activity, logger } = turn;
  const place = placeOf(activity);
  const messageId = activity.id;
  if (!place.channelId || !messageId) return;
  let watched = await deps.store.watchedChannels.get(place.channelId);
  if (!watched) return;
  watched = await withResolvedNames(turn, deps, place, watched);
  const postInput = postInputOf(activity);
  const scanner = await deps.scanners.current();
  const allFindings = scanner.scan(postInput);
  // Live-incident / on-call traffic gets a private nudge; it joins the flag (and its card) only when admins chose "nudge and card".
  const operational = allFindings.some((f) => f.type === 'operational_use');
  const handling = operational ? await operationalHandling(deps.moderationDeps) : undefined;
  const findings = handling?.mode === 'nudge' ? allFindings.filter((f) => f.type !== 'operational_use') : allFindings;
  const channelData = readChannelData(activity.channelData);
  const aadObjectId = (activity.from.aadObjectId ?? activity.from.id).toLowerCase();
  const post: IncomingPost = {
    deliveryKey: options.edited ? `edit:${messageId}:${activity.timestamp ? new Date(activity.timestamp).getTime() : (activity.text ?? '').length}` : `post:${messageId}`,
    conversationId: place.channelId,
    messageId,
    channelId: place.channelId,
    channelName: watched.name,
    teamName: watched.teamName ?? channelData.team?.name ?? null,
    teamId: place.teamId ?? watched.teamId,
    poster: {
      aadObjectId,
      name: activity.from.name ?? 'Unknown',
      personalRef: { serviceUrl: activity.serviceUrl, conversationId: '', channelId: activity.channelId, tenantId: place.tenantId, botId: activity.recipient?.id, userId: activity.from.id, userAadObjectId: aadObjectId, conversationType: 'personal' },
    },
    deepLink: deepLinkOf({ channelId: place.channelId, messageId, parentMessageId: threadRootOf(activity, messageId), tenantId: place.tenantId, groupId: channelData.team?.aadGroupId, channelName: watched.name, teamName: watched.teamName ?? channelData.team?.name }),
    text: postInput.text,
    fileNames: fileNamesOf(postInput),
    findings,
  };
  const moderation = deps.moderationDeps;
  const result = options.edited ? await intakeEdit(moderation, post) : await intakePost(moderation, post);
  logger.info({ outcome: result.outcome, flagId: result.flag?.id, findingTypes: [...new Set(findings.map((f) => f.type))], edited: options.edited }, 'channel post scanned');
  if (result.outcome === 'flagged' || result.outcome === 'resolved' || result.outcome === 'updated') deps.kickDispatcher(result.cardConversation);
  if (handling && !options.edited) {
    const nudge = await nudgeOperationalPost(moderation, { ...post, poster: { aadObjectId, personalRef: post.poster.personalRef } }, handling);
    logger.info({ outcome: nudge.outcome, mode: handling.mode }, 'operational nudge');
    if (nudge.conversation) deps.kickDispatcher(nudge.conversation);
  }
  // Unflagged new staff posts may be dip-sampled; a redelivery is offered again and gets the same answer (see
  // offerForDipSample). A command to the bot is not a staff post: sampling it would put admin traffic in front of
  // moderators and into the estimate of what the detectors miss.
  if (!options.edited && !options.botCommand && allFindings.length === 0 && (result.outcome === 'clean' || result.outcome === 'duplicate')) {
    const sampled = await offerForDipSample(moderation, deps.sampleSelector, post);
    if (sampled.outcome === 'sampled') {
      logger.info({ sampleId: sampled.sample?.id }, 'post dip-sampled');
      deps.kickDispatcher(sampled.cardConversation);
    }
  }
}

/** Channels whose names this process already tried to resolve, so a failing Teams API is asked once, not per post. */
const namesTried = new Set<string>();

/** A watched channel stored without its team's name (watched before names were resolved) gets them once. */
async function withResolvedNames(turn: Turn, deps: ChannelPostDeps, place: TurnPlace, watched: WatchedChannel): Promise<WatchedChannel> {
  if (watched.teamName || namesTried.has(watched.channelId)) return watched;
  namesTried.add(watched.channelId);
  const names = await resolvePlaceNames(turn.context, place, turn.logger);
  if (!names) return watched;
  const updated = { ...watched, name: names.channelName, teamName: names.teamName };
  await deps.store.watchedChannels.watch(updated);
  return updated;
}

export async function handleChannelPostDeleted(turn: Turn, deps: ChannelPostDeps): Promise<void> {
  const { activity } = turn;
  const place = placeOf(activity);
  const messageId = activity.id;
  if (!place.channelId || !messageId) return;
  const known = await deps.store.posts.get(place.channelId, messageId);
  if (!known) return;
  const result = await intakeDelete(deps.moderationDeps, {
    deliveryKey: `delete:${messageId}`,
    conversationId: place.channelId,
    messageId,
    actor: activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId.toLowerCase(), name: activity.from.name ?? 'Unknown' } : undefined,
  });
  turn.logger.info({ outcome: result.outcome }, 'channel post deletion handled');
  if (result.outcome === 'resolved') deps.kickDispatcher();
}
