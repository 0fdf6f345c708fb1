import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application } from '@microsoft/teams-ai';
import type { Response } from 'restify';
import type { BotServices } from './bot-services';
import { handleChannelPost, handleChannelPostDeleted } from './channel-posts/channel-post-intake';
import { createTeamsAdapter, type TurnOutcome } from './create-adapter';
import type { InboundActivity } from './activity-schema';
import { AppError } from '../errors/app-error';
import { writeHttpError } from '../errors/http-error';
import { createTurnErrorHandler } from './error-handler';
import { handleCardAction } from './routes/card-action-route';
import { handleMembersAdded, handlePlaceChanged } from './routes/conversation-update-route';
import { handleMessage } from './routes/message-route';
import { handleReportSubmit, REPORT_COMMAND_ID, reportTaskInfo } from './routes/message-extension-route';
import { setTurnLogger } from './turn-info';
import type { FileConsentHandlers } from './routes/file-consent-route';

export interface Bot {
  /** Authenticates and runs one HTTP request's activity; writes the HTTP response. */
  processActivity(activity: InboundActivity, authHeader: string, res: Response): Promise<void>;
  /** Turns currently running, for graceful shutdown. */
  inFlight(): number;
}

/**
 * The thin Teams layer: botbuilder authenticates, teams-ai routes by activity kind, and each
 * route hands over to one handler in this folder. Nothing here decides policy or moderation.
 */
export function createBot(services: BotServices, fileConsent?: FileConsentHandlers): Bot {
  const adapter = createTeamsAdapter(services.config);
  const app = new Application({ adapter, removeRecipientMention: true, startTypingTimer: false, longRunningMessages: false });
  let running = 0;

  adapter.use(async (context: TurnContext, next: () => Promise<void>) => {
    const activity = context.activity;
    setTurnLogger(context, services.logger.child({ activityId: activity.id, activityType: activity.type, conversationType: activity.conversation?.conversationType }));
    await next();
  });
  app.error(createTurnErrorHandler({ logger: services.logger }));

  app.activity(ActivityTypes.Message, (context) => handleMessage(context, services));
  app.messageEventUpdate('editMessage', (context) => handleChannelPost(context, services, { edited: true }));
  app.messageEventUpdate('softDeleteMessage', (context) => handleChannelPostDeleted(context, services));
  app.conversationUpdate('membersAdded', (context) => handleMembersAdded(context, services));
  for (const kind of ['channelRenamed', 'channelDeleted', 'teamRenamed'] as const) app.conversationUpdate(kind, (context) => handlePlaceChanged(context, services, kind));
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    (context) => handleCardAction(context, services),
    true,
  );
  app.messageExtensions.fetchTask(REPORT_COMMAND_ID, async () => reportTaskInfo());
  app.messageExtensions.submitAction(REPORT_COMMAND_ID, async (context) => (await handleReportSubmit(context, services)).task.value);
  if (fileConsent) {
    app.fileConsentAccept((context, _state, response) => fileConsent.accept(context, response));
    app.fileConsentDecline((context, _state, response) => fileConsent.decline(context, response));
  }

  return {
    inFlight: () => running,
    async processActivity(activity, authHeader, res) {
      running += 1;
      try {
        const outcome = await adapter.run(authHeader, activity, async (context) => {
          await app.run(context);
        });
        writeOutcome(res, outcome, services);
      } finally {
        running -= 1;
      }
    },
  };
}

/** Writes the HTTP answer: an invoke's own body, or the error catalogue's code and sentence (never an error's text). */
function writeOutcome(res: Response, outcome: TurnOutcome, services: BotServices): void {
  if (outcome.code) {
    const level = outcome.status >= 500 ? 'error' : 'warn';
    services.logger[level]({ status: outcome.status, code: outcome.code, why: outcome.reason, err: outcome.error }, 'activity not processed');
  }
  if (outcome.code) {
    writeHttpError(res, new AppError(outcome.code, outcome.reason));
    return;
  }
  if (res.headersSent) return;
  res.status(outcome.status);
  if (outcome.body !== undefined) res.json(outcome.body);
  else res.end();
}
