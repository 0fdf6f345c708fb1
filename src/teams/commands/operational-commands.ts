import { operationalHandling } from '../../moderation/operational-nudge';
import { describeOperationalHandling, parseOperationalChange, type changeOperationalHandling } from '../../moderation/operational-settings';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';
import type { ModerationDeps } from '../../moderation/moderation-deps';
import type { BoundUseCase, RoleLookup } from '../route-deps';

/** What "operational" uses. */
export interface OperationalCommandDeps extends RoleLookup {
  /** Changes the live-incident handling (admins only, audited). */
  readonly changeOperationalHandling: BoundUseCase<typeof changeOperationalHandling>;
  /** The current live-incident handling is read through the moderation use case. */
  readonly moderationDeps: ModerationDeps;
}

/** "operational nudge" | "operational card" | "operational guidance <line>"; "operational" alone shows the setting. Admins only. */
export const handleOperational: CommandHandler<'operational', OperationalCommandDeps> = async (ctx) => {
  const actor = await moderationActorOf(ctx);
  const change = parseOperationalChange(ctx.command.text);
  if (!change) {
    if (!actor.roles.has('admin')) return void (await ctx.context.sendActivity('Sorry, only network admins can see or change how live-incident posts are handled.'));
    const current = await operationalHandling(ctx.deps.moderationDeps);
    return void (await ctx.context.sendActivity(`${describeOperationalHandling(current)} The nudge says: "${current.guidance}"`));
  }
  if ('problem' in change) return void (await ctx.context.sendActivity(change.problem));
  const result = await ctx.deps.changeOperationalHandling(actor, change);
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  ctx.logger.info({ mode: result.handling.mode }, 'operational handling changed');
  await ctx.context.sendActivity(`${describeOperationalHandling(result.handling)} The nudge says: "${result.handling.guidance}"`);
};
