import { ActivityTypes, type TurnContext } from 'botbuilder';
import { AppError, toAppError } from '../errors/app-error';
import { isStorageError } from '../errors/storage-fault';
import type { Logger } from '../ports/logger';
import { isBotMentioned } from './bot-identity';
import { respondWithMessage } from './card-response';
import { turnLogger } from './turn-info';

/**
 * The one place turn errors end up. It logs by code (never the activity's text), then either:
 * - rethrows STORAGE_UNAVAILABLE, so the HTTP answer is 5xx and Teams redelivers the activity
 *   (nothing is acknowledged that was not stored), or
 * - rethrows any error in a post to a channel that does not @mention the bot (a post the bot only
 *   watches): the answer is 5xx, so Teams redelivers it and intake (idempotent per post) gets another
 *   chance, and nobody in the channel sees an error message about a post they never sent to the bot;
 * - otherwise tells the user a plain sentence and acknowledges the activity, since redelivering a
 *   question that hit a bug won't help.
 */
export function createTurnErrorHandler(deps: { logger: Logger }) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const logger = turnLogger(context, deps.logger);
    let appError = toAppError(error);
    // Any store error means the activity was not (fully) recorded: Teams must redeliver it. The
    // store throws STORAGE_UNAVAILABLE itself; one wrapped in another error (a library that
    // caught and rethrew it) is still found through `cause`.
    if (appError.code === 'INTERNAL' && isStorageError(error)) {
      appError = new AppError('STORAGE_UNAVAILABLE', 'Storage unavailable during the turn', { cause: error });
    }
    logger.error({ code: appError.code, err: appError.cause ?? appError, activityType: context.activity.type }, 'turn failed');
    if (appError.code === 'STORAGE_UNAVAILABLE') throw new AppError('STORAGE_UNAVAILABLE', 'Storage unavailable; please retry');
    if (isWatchedPost(context)) throw new AppError('INTERNAL', 'A watched channel post failed; Teams will redeliver it', { cause: appError });
    try {
      if (context.activity.type === ActivityTypes.Invoke) {
        await respondWithMessage(context, appError.userMessage, appError.status >= 500 ? 500 : appError.status);
      } else if (context.activity.type === ActivityTypes.Message) {
        await context.sendActivity(appError.userMessage);
      }
    } catch (replyError) {
      logger.warn({ err: replyError }, 'could not tell the user about the failure');
    }
  };
}

/** A message in a channel that does not address the bot: the bot only scans it, and nobody expects a reply. */
function isWatchedPost(context: TurnContext): boolean {
  const activity = context.activity;
  return activity.type === ActivityTypes.Message && activity.conversation?.conversationType === 'channel' && !isBotMentioned(activity);
}
