import { moderatorQueueCard } from '../../cards/moderator-queue-card';
import { moderatorQueue } from '../../moderation/moderator-queue';
import { replyWithCard } from '../card-response';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';
import type { Clock } from '../../ports/clock';
import type { Store } from '../../ports/store';
import type { RoleLookup } from '../route-deps';

/** What "queue" uses. */
export interface QueueCommandDeps extends RoleLookup {
  readonly store: Store;
  readonly clock: Clock;
}

/** `queue`: the moderators' list of open and appealed flags, oldest first. */
export const handleQueue: CommandHandler<'queue', QueueCommandDeps> = async (ctx) => {
  const result = await moderatorQueue(ctx.deps.store, ctx.deps.clock, await moderationActorOf(ctx));
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  await replyWithCard(ctx.context, moderatorQueueCard(result));
};
