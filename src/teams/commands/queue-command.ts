import { moderatorQueueCard } from '../../cards/moderator-queue-card';
import { moderatorQueue } from '../../moderation/moderator-queue';
import { replyWithCard } from '../card-response';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';

/** `queue`: the moderators' list of open and appealed flags, oldest first. */
export const handleQueue: CommandHandler<'queue'> = async (ctx) => {
  const result = await moderatorQueue(ctx.services.store, ctx.services.clock, await moderationActorOf(ctx));
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  await replyWithCard(ctx.context, moderatorQueueCard(result));
};
