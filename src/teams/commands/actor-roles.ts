import type { ModerationActor } from '../../moderation/actor';
import type { RoleLookup } from '../route-deps';
import type { Actor } from '../turn-info';

/** Resolves the caller's roles on the server, from the activity's aadObjectId. */
export async function moderationActorOf(ctx: { deps: RoleLookup; actor: Actor }): Promise<ModerationActor> {
  const id = ctx.actor.aadObjectId ?? ctx.actor.id;
  return { id, name: ctx.actor.name, roles: await ctx.deps.roles.rolesOf(ctx.actor.aadObjectId) };
}
