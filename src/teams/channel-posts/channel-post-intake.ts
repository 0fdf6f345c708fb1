import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import { offerForDipSample } from '../../moderation/dip-sample-intake';
import { nudgeOperationalPost, operationalHandling } from '../../moderation/operational-nudge';
import { intakeDelete, intakeEdit, intakePost, type IncomingPost } from '../../moderation/flag-intake';
import { readChannelData } from '../activity-schema';
import { placeOf, turnLogger, type TurnPlace } from '../turn-info';
import { resolvePlaceNames } from '../place-names';
import type { WatchedChannel } from '../../ports/watched-channels-repo';
import { deepLinkOf, fileNamesOf, postInputOf } from './post-content';

/** What channel post intake uses. */
export type ChannelPostDeps = Pick<BotServices, 'store' | 'logger' | 'scanners' | 'moderationDeps' | 'sampleSelector' | 'kickDispatcher'>;

function messageIdOf(context: TurnContext): string | undefined {
  return context.activity.id ?? undefined;
}

/** A reply's conversation id names its thread ("19:...@thread.tacv2;messageid=<root>"); a root post is its own thread. */
function threadRootOf(context: TurnContext, messageId: string): string {
  return /;messageid=(\d+)/.exec(context.activity.conversation.id)?.[1] ?? messageId;
}

/**
 * A post (or an edit of one) in a channel. Unwatched channels are ignored and nothing is stored.
 * Returns once the scan, any flag and its card are committed; a storage failure propagates so
 * the HTTP answer is 5xx and Teams redelivers.
 */
export async function handleChannelPost(context: TurnContext, services: ChannelPostDeps, options: { edited: boolean }): Promise<void> {
  const place = placeOf(context);
  const activity = context.activity;
  const messageId = messageIdOf(context);
  if (!place.channelId || !messageId) return;
  let watched = await services.store.watchedChannels.get(place.channelId);
  if (!watched) return;
  const logger = turnLogger(context, services.logger);
  watched = await withResolvedNames(context, services, place, watched);
  const postInput = postInputOf(activity);
  const scanner = await services.scanners.current();
  const allFindings = scanner.scan(postInput);
  // Live-incident / on-call traffic gets a private nudge; it joins the flag (and its card) only when admins chose "nudge and card".
  const operational = allFindings.some((f) => f.type === 'operational_use');
  const handling = operational ? await operationalHandling(services.moderationDeps) : undefined;
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
    deepLink: deepLinkOf({ channelId: place.channelId, messageId, parentMessageId: threadRootOf(context, messageId), tenantId: place.tenantId, groupId: channelData.team?.aadGroupId, channelName: watched.name, teamName: watched.teamName ?? channelData.team?.name }),
    text: postInput.text,
    fileNames: fileNamesOf(postInput),
    findings,
  };
  const moderation = services.moderationDeps;
  const result = options.edited ? await intakeEdit(moderation, post) : await intakePost(moderation, post);
  logger.info({ outcome: result.outcome, flagId: result.flag?.id, findingTypes: [...new Set(findings.map((f) => f.type))], edited: options.edited }, 'channel post scanned');
  if (result.outcome === 'flagged' || result.outcome === 'resolved' || result.outcome === 'updated') services.kickDispatcher(result.cardConversation);
  // Unflagged new posts may be dip-sampled; a redelivery is offered again and gets the same answer (see offerForDipSample).
  if (handling && !options.edited) {
    const nudge = await nudgeOperationalPost(moderation, { ...post, poster: { aadObjectId, personalRef: post.poster.personalRef } }, handling);
    logger.info({ outcome: nudge.outcome, mode: handling.mode }, 'operational nudge');
    if (nudge.conversation) services.kickDispatcher(nudge.conversation);
  }
  if (!options.edited && allFindings.length === 0 && (result.outcome === 'clean' || result.outcome === 'duplicate')) {
    const sampled = await offerForDipSample(moderation, services.sampleSelector, post);
    if (sampled.outcome === 'sampled') {
      logger.info({ sampleId: sampled.sample?.id }, 'post dip-sampled');
      services.kickDispatcher(sampled.cardConversation);
    }
  }
}

/** Channels whose names this process already tried to resolve, so a failing Teams API is asked once, not per post. */
const namesTried = new Set<string>();

/** A watched channel stored without its team's name (watched before names were resolved) gets them once. */
async function withResolvedNames(context: TurnContext, services: ChannelPostDeps, place: TurnPlace, watched: WatchedChannel): Promise<WatchedChannel> {
  if (watched.teamName || namesTried.has(watched.channelId)) return watched;
  namesTried.add(watched.channelId);
  const names = await resolvePlaceNames(context, place, turnLogger(context, services.logger));
  if (!names) return watched;
  const updated = { ...watched, name: names.channelName, teamName: names.teamName };
  await services.store.watchedChannels.watch(updated);
  return updated;
}

export async function handleChannelPostDeleted(context: TurnContext, services: ChannelPostDeps): Promise<void> {
  const place = placeOf(context);
  const messageId = messageIdOf(context);
  if (!place.channelId || !messageId) return;
  const known = await services.store.posts.get(place.channelId, messageId);
  if (!known) return;
  const result = await intakeDelete(services.moderationDeps, {
    deliveryKey: `delete:${messageId}`,
    conversationId: place.channelId,
    messageId,
    actor: context.activity.from.aadObjectId ? { aadObjectId: context.activity.from.aadObjectId.toLowerCase(), name: context.activity.from.name ?? 'Unknown' } : undefined,
  });
  turnLogger(context, services.logger).info({ outcome: result.outcome }, 'channel post deletion handled');
  if (result.outcome === 'resolved') services.kickDispatcher();
}
