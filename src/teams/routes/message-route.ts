import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';
import { isBotMentioned, isFromBot } from '../bot-identity';
import type { CommandContext } from '../commands/command-context';
import { commandHandlers } from '../commands';
import { parseCommand, phrasedAsQuestion } from '../parse-command';
import { actorOf, placeOf, turnLogger } from '../turn-info';
import { handleChannelPost } from '../channel-posts/channel-post-intake';

/**
 * Every message activity comes through here. Channel posts are offered to the watcher first
 * (it ignores unwatched channels); then, where the bot was addressed (1:1, group chat, or an
 * @mention in a channel), the text is parsed into one command and handled.
 */
export async function handleMessage(context: TurnContext, services: BotServices): Promise<void> {
  const activity = context.activity;
  if (isFromBot(activity)) return;
  const place = placeOf(context);
  const logger = turnLogger(context, services.logger);

  if (place.conversationType === 'channel') {
    await handleChannelPost(context, services, { edited: false });
    if (!isBotMentioned(activity)) return;
  }
  // Card submits from other apps arrive as messages with a value and no text: nothing to answer.
  if (!activity.text && activity.value) return;

  if (activity.id && !(await services.store.activities.claimActivity(`message:${activity.id}`, services.clock.now()))) {
    logger.info({ duplicate: true }, 'duplicate message ignored');
    return;
  }
  const text = stripMentionTags(activity.text ?? '');
  const command = parseCommand(text);
  if (place.conversationType === 'channel' && command.kind === 'question' && !phrasedAsQuestion(text)) {
    // A public "not covered" reply to a remark would be noise in a staff channel; asking works as before.
    logger.info({ command: 'none', conversationType: place.conversationType }, 'channel mention is not a question; no reply');
    return;
  }
  const ctx: CommandContext = { context, services, command, actor: actorOf(context), place, logger };
  logger.info({ command: command.kind, conversationType: place.conversationType }, 'command received');
  const handler = commandHandlers[command.kind] as (ctx: CommandContext) => Promise<void>;
  await handler(ctx);
}

/** teams-ai removes the bot's own mention; mentions of other people stay as <at> tags. */
export function stripMentionTags(text: string): string {
  return text.replace(/<at[^>]*>([^<]*)<\/at>/gi, '$1').replace(/&nbsp;/g, ' ').trim();
}
