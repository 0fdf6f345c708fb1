import type { Clock } from '../../ports/clock';
import type { ActivitiesRepo } from '../../ports/activities-repo';
import { isBotMentioned, isFromBot } from '../bot-identity';
import type { CommandContext } from '../commands/command-context';
import { commandHandlers, type CommandDeps } from '../commands';
import { isBotCommand, parseCommand, phrasedAsQuestion } from '../parse-command';
import { actorOf, placeOf, type Turn } from '../turn-info';
import { handleChannelPost, type ChannelPostDeps } from '../channel-posts/channel-post-intake';

/** What the message route uses: channel post intake, the chat commands, and a claim so a redelivered message is answered once. */
export interface MessageRouteDeps {
  readonly store: { readonly activities: ActivitiesRepo };
  readonly clock: Clock;
  readonly channelPosts: ChannelPostDeps;
  readonly commands: CommandDeps;
}

/**
 * Every message activity comes through here. Channel posts are offered to the watcher first
 * (it ignores unwatched channels; a command to the bot is scanned but never dip-sampled); then,
 * where the bot was addressed (1:1, group chat, or an @mention in a channel), the text is parsed
 * into one command and handled.
 */
export async function handleMessage(turn: Turn, deps: MessageRouteDeps): Promise<void> {
  const { activity, context, logger } = turn;
  if (isFromBot(activity)) return;
  const place = placeOf(activity);

  if (place.conversationType === 'channel') {
    const mentioned = isBotMentioned(activity);
    // A command to the bot ("sample 10%", "settings") is scanned like any post but is not a staff post to dip-sample.
    const botCommand = mentioned && isBotCommand(stripMentionTags(activity.text ?? ''));
    await handleChannelPost(turn, deps.channelPosts, { edited: false, botCommand });
    if (!mentioned) return;
  }
  // Card submits from other apps arrive as messages with a value and no text: nothing to answer.
  if (!activity.text && activity.value) return;

  if (activity.id && !(await deps.store.activities.claimActivity(`message:${activity.id}`, deps.clock.now()))) {
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
  const ctx: CommandContext<typeof command, CommandDeps> = { activity, context, deps: deps.commands, command, actor: actorOf(activity), place, logger };
  logger.info({ command: command.kind, conversationType: place.conversationType }, 'command received');
  const handler = commandHandlers[command.kind] as (ctx: CommandContext<typeof command, CommandDeps>) => Promise<void>;
  await handler(ctx);
}

/** teams-ai removes the bot's own mention; mentions of other people stay as <at> tags. */
export function stripMentionTags(text: string): string {
  return text.replace(/<at[^>]*>([^<]*)<\/at>/gi, '$1').replace(/&nbsp;/g, ' ').trim();
}
