import type { TurnContext } from 'botbuilder';
import type { Logger } from '../ports/logger';
import type { ConversationRef } from '../ports/messenger';
import { readChannelData } from './activity-schema';

/** Who is acting and where, read once per turn from the activity (never from card data). */
export interface Actor {
  /** Bot Framework user id ("29:..."). */
  id: string;
  /** Entra object id: what roles are keyed on. */
  aadObjectId?: string;
  name: string;
}

export interface TurnPlace {
  conversationType: 'personal' | 'channel' | 'groupChat' | 'unknown';
  conversationId: string;
  /** The channel's own id (channelData.channel.id), without ";messageid=". */
  channelId?: string;
  channelName?: string;
  teamId?: string;
  tenantId?: string;
}

export function actorOf(context: TurnContext): Actor {
  const from = context.activity.from;
  return { id: from.id, aadObjectId: from.aadObjectId?.toLowerCase(), name: from.name ?? 'Unknown user' };
}

export function placeOf(context: TurnContext): TurnPlace {
  const activity = context.activity;
  const channelData = readChannelData(activity.channelData);
  const type = activity.conversation?.conversationType;
  const conversationType = type === 'personal' || type === 'channel' || type === 'groupChat' ? type : 'unknown';
  const conversationId = activity.conversation.id;
  const channelId = channelData.channel?.id ?? channelData.teamsChannelId ?? (conversationType === 'channel' ? conversationId.split(';')[0] : undefined);
  return {
    conversationType,
    conversationId,
    channelId,
    channelName: channelData.channel?.name,
    teamId: channelData.team?.id ?? channelData.teamsTeamId,
    tenantId: channelData.tenant?.id ?? activity.conversation.tenantId,
  };
}

/** A conversation reference for proactive sends into this conversation (or the channel root). */
export function conversationRefOf(context: TurnContext, options: { channelRoot?: boolean } = {}): ConversationRef {
  const activity = context.activity;
  const place = placeOf(context);
  const conversationId = options.channelRoot && place.channelId ? place.channelId : activity.conversation.id;
  return {
    serviceUrl: activity.serviceUrl,
    conversationId,
    channelId: activity.channelId,
    tenantId: place.tenantId,
    botId: activity.recipient?.id,
    botName: activity.recipient?.name,
    conversationType: place.conversationType,
    ...(place.conversationType === 'personal' ? { userId: activity.from.id, userAadObjectId: activity.from.aadObjectId } : {}),
  };
}

const TURN_LOGGER_KEY = Symbol('turnLogger');

export function setTurnLogger(context: TurnContext, logger: Logger): void {
  context.turnState.set(TURN_LOGGER_KEY, logger);
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(TURN_LOGGER_KEY) as Logger | undefined) ?? fallback;
}
