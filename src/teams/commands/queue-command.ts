import { moderatorQueueCard } from '../../cards/moderator-queue-card';
import type { moderatorQueue } from '../../moderation/moderator-queue';
import { replyWithCard } from '../card-response';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';
import type { BoundUseCase, RoleLookup } from '../route-deps';

/** What "queue" uses. */
export interface QueueCommandDeps extends RoleLookup {
  /** Open and appealed flags for a moderator (refused and audited for anyone else). */
  readonly moderatorQueue: BoundUseCase<typeof moderatorQueue>;
}

/** `queue`: the moderators' list of open and appealed flags, oldest first. */
export const handleQueue: CommandHandler<'queue', QueueCommandDeps> = async (ctx) => {
  const result = await ctx.deps.moderatorQueue(await moderationActorOf(ctx));
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  await replyWithCard(ctx.context, moderatorQueueCard(result));
};
