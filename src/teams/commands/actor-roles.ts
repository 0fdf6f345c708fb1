import type { ModerationActor } from '../../moderation/actor';
import type { CommandContext } from './command-context';
import type { CardActionContext } from '../card-actions/card-action-context';

/** Resolves the caller's roles on the server, from the activity's aadObjectId. */
export async function moderationActorOf(ctx: Pick<CommandContext | CardActionContext, 'services' | 'actor'>): Promise<ModerationActor> {
  const id = ctx.actor.aadObjectId ?? ctx.actor.id;
  return { id, name: ctx.actor.name, roles: await ctx.services.roles.rolesOf(ctx.actor.aadObjectId) };
}
