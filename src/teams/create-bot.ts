import { ActivityTypes, type TurnContext } from 'botbuilder';
import { Application } from '@microsoft/teams-ai';
import type { Response } from 'restify';
import type { Config } from '../config/load-config';
import type { Logger } from '../ports/logger';
import { handleChannelPost, handleChannelPostDeleted, type ChannelPostDeps } from './channel-posts/channel-post-intake';
import { createTeamsAdapter, type TurnOutcome } from './create-adapter';
import type { InboundActivity } from './activity-schema';
import { AppError } from '../errors/app-error';
import { writeHttpError } from '../errors/http-error';
import { createTurnErrorHandler } from './error-handler';
import { handleCardAction, type CardActionDeps } from './routes/card-action-route';
import { handleMembersAdded, handlePlaceChanged, type ConversationUpdateDeps } from './routes/conversation-update-route';
import { handleMessage, type MessageRouteDeps } from './routes/message-route';
import { handleReportSubmit, REPORT_COMMAND_ID, reportTaskInfo, type ReportSubmitDeps } from './routes/message-extension-route';
import { setParsedActivity, setTurnLogger, turnOf } from './turn-info';
import type { FileConsentHandlers } from './routes/file-consent-route';

/**
 * What each route uses, one entry per route, each typed by the route itself. src/app builds
 * this object; a route that starts using something new fails to compile there until it is wired.
 */
export interface BotDeps {
  /** Bot Framework credentials, or anonymous local mode (create-adapter.ts). */
  readonly adapter: Pick<Config, 'anonymous' | 'bot'>;
  readonly logger: Logger;
  readonly message: MessageRouteDeps;
  /** Edits and deletions of channel posts (new posts come through `message`). */
  readonly channelPostEvents: ChannelPostDeps;
  readonly conversationUpdate: ConversationUpdateDeps;
  readonly cardAction: CardActionDeps;
  readonly messageExtension: ReportSubmitDeps;
  /** The export's file consent card; without it, consent invokes are not routed. */
  readonly fileConsent?: FileConsentHandlers;
}

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
export function createBot(deps: BotDeps): Bot {
  const { logger, fileConsent } = deps;
  const adapter = createTeamsAdapter(deps.adapter);
  const app = new Application({ adapter, removeRecipientMention: true, startTypingTimer: false, longRunningMessages: false });
  let running = 0;

  adapter.use(async (context: TurnContext, next: () => Promise<void>) => {
    const activity = context.activity;
    setTurnLogger(context, logger.child({ activityId: activity.id, activityType: activity.type, conversationType: activity.conversation?.conversationType }));
    await next();
  });
  app.error(createTurnErrorHandler({ logger }));

  // teams-ai picks the route by activity kind; each handler gets the parsed activity (turnOf) and only its own deps.
  const turn = (context: TurnContext) => turnOf(context, logger);
  app.activity(ActivityTypes.Message, (context) => handleMessage(turn(context), deps.message));
  app.messageEventUpdate('editMessage', (context) => handleChannelPost(turn(context), deps.channelPostEvents, { edited: true }));
  app.messageEventUpdate('softDeleteMessage', (context) => handleChannelPostDeleted(turn(context), deps.channelPostEvents));
  app.conversationUpdate('membersAdded', (context) => handleMembersAdded(turn(context), deps.conversationUpdate));
  for (const kind of ['channelRenamed', 'channelDeleted', 'teamRenamed'] as const) app.conversationUpdate(kind, (context) => handlePlaceChanged(turn(context), deps.conversationUpdate, kind));
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    (context) => handleCardAction(turn(context), deps.cardAction),
    true,
  );
  app.messageExtensions.fetchTask(REPORT_COMMAND_ID, async () => reportTaskInfo());
  app.messageExtensions.submitAction(REPORT_COMMAND_ID, async (context) => (await handleReportSubmit(turn(context), deps.messageExtension)).task.value);
  if (fileConsent) {
    app.fileConsentAccept((context) => fileConsent.accept(turn(context)));
    app.fileConsentDecline((context) => fileConsent.decline(turn(context)));
  }

  return {
    inFlight: () => running,
    async processActivity(activity, authHeader, res) {
      running += 1;
      try {
        const outcome = await adapter.run(authHeader, activity, async (context) => {
          setParsedActivity(context, activity);
          await app.run(context);
        });
        writeOutcome(res, outcome, logger);
      } finally {
        running -= 1;
      }
    },
  };
}

/** Writes the HTTP answer: an invoke's own body, or the error catalogue's code and sentence (never an error's text). */
function writeOutcome(res: Response, outcome: TurnOutcome, logger: Logger): void {
  if (outcome.code) {
    const level = outcome.status >= 500 ? 'error' : 'warn';
    logger[level]({ status: outcome.status, code: outcome.code, why: outcome.reason, err: outcome.error }, 'activity not processed');
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
