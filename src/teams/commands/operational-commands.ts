import { operationalHandling } from '../../moderation/operational-nudge';
import { changeOperationalHandling, describeOperationalHandling, parseOperationalChange } from '../../moderation/operational-settings';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';

/** "operational nudge" | "operational card" | "operational guidance <line>"; "operational" alone shows the setting. Admins only. */
export const handleOperational: CommandHandler<'operational'> = async (ctx) => {
  const actor = await moderationActorOf(ctx);
  const change = parseOperationalChange(ctx.command.text);
  if (!change) {
    if (!actor.roles.has('admin')) return void (await ctx.context.sendActivity('Sorry, only network admins can see or change how live-incident posts are handled.'));
    const current = await operationalHandling(ctx.services.moderationDeps);
    return void (await ctx.context.sendActivity(`${describeOperationalHandling(current)} The nudge says: "${current.guidance}"`));
  }
  if ('problem' in change) return void (await ctx.context.sendActivity(change.problem));
  const result = await changeOperationalHandling(ctx.services.store, ctx.services.clock, actor, change);
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  ctx.logger.info({ mode: result.handling.mode }, 'operational handling changed');
  await ctx.context.sendActivity(`${describeOperationalHandling(result.handling)} The nudge says: "${result.handling.guidance}"`);
};
