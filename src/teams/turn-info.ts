import type { TurnContext } from 'botbuilder';
import { AppError } from '../errors/app-error';
import type { Logger } from '../ports/logger';
import type { ConversationRef } from '../ports/messenger';
import { readChannelData, type InboundActivity } from './activity-schema';

/**
 * One turn as a route handler sees it. `activity` is the value the HTTP edge parsed with zod
 * (activity-schema.ts), so a handler reads only fields that were checked; `context` is
 * botbuilder's, used only to answer (sendActivity) and to call the Teams API (TeamsInfo).
 * botbuilder runs the turn on that same object (create-adapter.ts hands it over uncopied), so
 * teams-ai's removal of the bot's own @mention from `text` is seen here too.
 */
export interface Turn {
  readonly activity: InboundActivity;
  readonly context: TurnContext;
  readonly logger: Logger;
}

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

export function actorOf(activity: InboundActivity): Actor {
  const from = activity.from;
  return { id: from.id, aadObjectId: from.aadObjectId?.toLowerCase(), name: from.name ?? 'Unknown user' };
}

export function placeOf(activity: InboundActivity): TurnPlace {
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
export function conversationRefOf(activity: InboundActivity, options: { channelRoot?: boolean } = {}): ConversationRef {
  const place = placeOf(activity);
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
const PARSED_ACTIVITY_KEY = Symbol('parsedActivity');

/** Called once per turn by create-bot.ts, before any route runs. */
export function setParsedActivity(context: TurnContext, activity: InboundActivity): void {
  context.turnState.set(PARSED_ACTIVITY_KEY, activity);
}

/** The turn a route hands to its handler: the parsed activity, the context to answer on, the turn's logger. */
export function turnOf(context: TurnContext, fallback: Logger): Turn {
  const activity = context.turnState.get(PARSED_ACTIVITY_KEY) as InboundActivity | undefined;
  // Every activity enters through Bot.processActivity, which sets it; a turn without one is a wiring bug.
  if (!activity) throw new AppError('INTERNAL', 'turn started without a parsed activity');
  return { activity, context, logger: turnLogger(context, fallback) };
}

export function setTurnLogger(context: TurnContext, logger: Logger): void {
  context.turnState.set(TURN_LOGGER_KEY, logger);
}

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(TURN_LOGGER_KEY) as Logger | undefined) ?? fallback;
}
