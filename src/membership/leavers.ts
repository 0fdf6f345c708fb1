import { MODERATORS_CHANNEL_KEY, type ChannelSetting } from '../moderation/channel-settings';
import type { ModerationDeps } from '../moderation/moderation-deps';
import type { Role, RoleAssignment } from '../moderation/role';

/** The clause leaver checks cite (mapped in the policy's clauses file). */
export const LEAVER_FINDING = 'leaver';

export interface Leaver {
  userId: string;
  name: string | null;
  roles: Role[];
}

/**
 * Role holders missing from every roster that was read. Grants only: roles set in configuration
 * cannot be taken away here (they come back at the next start), so they are reported instead.
 */
export function findLeavers(granted: readonly RoleAssignment[], present: ReadonlySet<string>): Leaver[] {
  const byUser = new Map<string, Leaver>();
  for (const assignment of granted) {
    const id = assignment.userId.toLowerCase();
    if (present.has(id)) continue;
    const leaver = byUser.get(id) ?? { userId: assignment.userId, name: assignment.name, roles: [] };
    leaver.roles.push(assignment.role);
    byUser.set(id, leaver);
  }
  return [...byUser.values()];
}

/**
 * Too many leavers at once looks like a roster that came back short, not like people leaving:
 * removing them all would lock the moderators out. Then nothing is removed and admins are told.
 */
export function tooManyAtOnce(leavers: number, holders: number): boolean {
  return leavers > Math.max(2, Math.floor(holders / 2));
}

/** Removes one leaver's roles, audits each, and tells the admins in the moderators' channel; one transaction. */
export async function removeLeaverRoles(deps: ModerationDeps, leaver: Leaver): Promise<Role[]> {
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    const removed: Role[] = [];
    for (const role of leaver.roles) {
      if (!(await tx.roles.revoke(leaver.userId, role))) continue;
      removed.push(role);
      await tx.audit.append({ actorId: 'system', actorName: 'Policy bot (leaver check)', action: 'role.leaver_removed', target: leaver.userId, reason: 'not in any team roster the bot can read', details: { role }, at: now });
    }
    const moderators = await tx.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
    if (removed.length && moderators) {
      await tx.outbox.enqueue({ conversationRef: moderators.conversationRef, message: { kind: 'leaver_roles_removed', name: leaver.name, roles: removed }, purpose: 'membership_card', dedupeKey: `leaver:${leaver.userId}:${now.toISOString()}` });
    }
    return removed;
  });
}
